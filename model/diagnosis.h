#pragma once

#include "family.h"

#include <QString>

namespace relulab {

// How much learning signal survives a unit at the probe, judged from its local slope.
enum class GradientHealth {
    Healthy,    // slope between kHealthyMinimum and kAmplifyingAbove: gradient passes nearly intact
    Amplifying, // slope above kAmplifyingAbove: the unit scales the gradient up
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
    // A negative slope this close to 0 (GELU's far tail, the bottom of its dip) sends back almost
    // nothing: what a student should see there is the fading, not the sign.
    static constexpr double kNegligibleReversal = 0.01;
};

GradientHealth classifyHealth(double slope, Regime regime);
QString healthId(GradientHealth health); // "healthy", "amplifying", ...
QList<GradientHealth> allHealthVerdicts();

} // namespace relulab
