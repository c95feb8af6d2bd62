#include "diagnosis.h"

namespace relulab {

GradientHealth classifyHealth(double slope, Regime regime)
{
    if (slope == 0.0)
        return GradientHealth::Dead;
    if (slope <= -HealthThresholds::kNegligibleReversal)
        return GradientHealth::Reversed;
    if (slope < 0.0)
        return GradientHealth::Fading;
    if (slope > HealthThresholds::kAmplifyingAbove)
        return GradientHealth::Amplifying;
    if (slope >= HealthThresholds::kHealthyMinimum)
        return GradientHealth::Healthy;
    // A weak slope: constant on a straight piece, shrinking on a curved one.
    const bool straightPiece = regime == Regime::Leaking || regime == Regime::Active
        || regime == Regime::Hinge;
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
