#pragma once

#include "family.h"

#include <QString>

namespace relulab {

// How much learning signal survives a unit at the probe, judged from its local slope.
enum class GradientHealth {
    Healthy,    // slope between kHealthyMinimum and kAmplifyingAbove: gradient passes nearly intact
    Amplifying, // slope above kAmplifyingAbove, or above kStraightGainAbove on a straight piece
    Leaking,    // small constant slope on a straight piece: weak but it never vanishes
    Fading,     // small slope on a curved piece: it tends to 0 further left
    Reversed,   // slope below -kNegligibleReversal: the gradient changes sign on the way back
    Dead,       // slope exactly 0: no gradient at all
};

// The thresholds behind the verdicts, in one place.
struct HealthThresholds
{
    // A slope of at least one half keeps at least half the gradient: called healthy.
    static constexpr double kHealthyMinimum = 0.5;
    // Above 1.1 the unit noticeably amplifies (GELU peaks near 1.13, ELU with alpha > 1 goes higher).
    static constexpr double kAmplifyingAbove = 1.1;
    // On a straight piece the slope is the same gain for every input, so even a small one
    // compounds exactly from layer to layer (SELU's right side, λ ≈ 1.0507: λ³⁰ ≈ 4.4). A curved
    // piece only passes through such slopes (GELU's and SiLU's tails approach 1 from above).
    // Well above rounding, so a smooth tail that looks flat in double precision never counts.
    static constexpr double kStraightGainAbove = 1.001;
    // A negative slope this close to 0 (GELU's far tail, the bottom of its dip) sends back almost
    // nothing: what a student should see there is the fading, not the sign.
    static constexpr double kNegligibleReversal = 0.01;
};

// straightPiece: the slope is the same just left of the probe (a line, as Leaky ReLU's left side
// and its kink); on a curved piece (ELU's left side, every smooth family) a weak slope fades.
GradientHealth classifyHealth(double slope, bool straightPiece);
// The same, judging straightness from the regime alone (a hinge counts as straight); the lab uses
// the family's own math instead (isStraightAt), which also knows that ELU's hinge is curved.
GradientHealth classifyHealth(double slope, Regime regime);
// Whether the slope at x equals the slope a little to its left: x lies on (or at the right end of)
// a straight piece.
bool isStraightAt(const FamilySpec &spec, double x, const ParameterValues &values);
QString healthId(GradientHealth health); // "healthy", "amplifying", ...
QList<GradientHealth> allHealthVerdicts();

} // namespace relulab
