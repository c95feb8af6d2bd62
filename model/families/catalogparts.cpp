#include "catalogparts.h"

namespace relulab::catalog {

Regime piecewiseRegime(double x, double negativeSlope, bool kink)
{
    if (x > 0.0)
        return Regime::Active;
    if (x == 0.0 && kink)
        return Regime::Hinge;
    return negativeSlope == 0.0 ? Regime::Dead : Regime::Leaking;
}

Regime smoothRegime(double x, const activation::Sample &sample)
{
    if (x > kHingeHalfWidth)
        return Regime::Active;
    if (x >= -kHingeHalfWidth)
        return Regime::SoftGate;
    if (sample.value == 0.0 && sample.slope == 0.0)
        return Regime::Dead; // the tail has underflowed: nothing at all comes through
    return Regime::SoftFloor;
}

double slopeAt(const FamilySpec &family, const ParameterValues &values, double x)
{
    return family.evaluate(x, values).slope;
}

} // namespace relulab::catalog
