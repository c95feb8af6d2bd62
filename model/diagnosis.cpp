#include "diagnosis.h"

namespace relulab {

GradientHealth classifyHealth(double slope, Regime regime)
{
    const bool straightPiece = regime == Regime::Leaking || regime == Regime::Active
        || regime == Regime::Hinge;
    return classifyHealth(slope, straightPiece);
}

bool isStraightAt(const FamilySpec &spec, double x, const ParameterValues &values)
{
    // A step well above rounding, small enough to stay on the piece left of any kink.
    constexpr double kStep = 1e-3;
    return spec.evaluate(x - kStep, values).slope == spec.evaluate(x, values).slope;
}

GradientHealth classifyHealth(double slope, bool straightPiece)
{
    if (slope == 0.0)
        return GradientHealth::Dead;
    if (slope <= -HealthThresholds::kNegligibleReversal)
        return GradientHealth::Reversed;
    if (slope < 0.0)
        return GradientHealth::Fading;
    if (slope > HealthThresholds::kAmplifyingAbove || (straightPiece && slope > HealthThresholds::kStraightGainAbove))
        return GradientHealth::Amplifying;
    if (slope >= HealthThresholds::kHealthyMinimum)
        return GradientHealth::Healthy;
    // A weak slope: constant on a straight piece, shrinking on a curved one.
    return straightPiece ? GradientHealth::Leaking : GradientHealth::Fading;
}

QString healthId(GradientHealth health)
{
    switch (health) {
    case GradientHealth::Healthy: return QStringLiteral("healthy");
    case GradientHealth::Amplifying: return QStringLiteral("amplifying");
    case GradientHealth::Leaking: return QStringLiteral("leaking");
    case GradientHealth::Fading: return QStringLiteral("fading");
    case GradientHealth::Reversed: return QStringLiteral("reversed");
    case GradientHealth::Dead: return QStringLiteral("dead");
    }
    return QString();
}

QList<GradientHealth> allHealthVerdicts()
{
    return {GradientHealth::Healthy, GradientHealth::Amplifying, GradientHealth::Leaking,
            GradientHealth::Fading, GradientHealth::Reversed, GradientHealth::Dead};
}

} // namespace relulab
