#pragma once

namespace relulab {

// Round steps for chart ticks: 1, 2 or 5 times a power of ten, the one helper of every chart.
enum class StepRounding {
    Nearest, // the closest round step (geometric midpoints): tick counts stay near the target
    Up,      // the smallest round step at least `rough`: never more ticks than asked for
};

// A round step for a rough one (positive and finite).
double niceStep(double rough, StepRounding rounding);

} // namespace relulab
