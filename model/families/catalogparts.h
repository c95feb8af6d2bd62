#pragma once

// Internal to the catalog: the helpers every family entry shares, and the parts of the catalog
// that live in their own files (one file per group of families, so each stays short).

#include "family.h"

#include <QList>

namespace relulab::catalog {

// A smooth family's output counts as a visible dip while it is below this (GELU's minimum is about -0.17).
inline constexpr double kVisibleDip = -0.01;
// Far enough left that every family has reached its floor (ELU's -alpha, to the last bit).
inline constexpr double kFarEnough = 1000.0;

// Text that is the same in every language (ranges in interval notation): never translated.
inline constexpr char kFromZero[] = "[0, ∞)";
inline constexpr char kEverything[] = "(−∞, ∞)";

// Active right of 0, Hinge exactly on a kink at 0, Dead or Leaking left of it.
Regime piecewiseRegime(double x, double negativeSlope, bool kink);
// Active right of the hinge region, SoftGate inside it, SoftFloor (or Dead once underflowed) left.
Regime smoothRegime(double x, const activation::Sample &sample);
double slopeAt(const FamilySpec &family, const ParameterValues &values, double x);

// The five families the lab began with: ReLU, Leaky ReLU, ELU, GELU, Softplus.
void appendSeedFamilies(QList<FamilySpec> &families);
// ReLU's smooth descendants: SiLU/Swish, Mish, SELU.
void appendSmoothDescendants(QList<FamilySpec> &families);
// The capped ReLUs and the classics ReLU replaced: ReLU6, Hardswish, sigmoid, tanh.
void appendCappedAndClassicFamilies(QList<FamilySpec> &families);

} // namespace relulab::catalog
