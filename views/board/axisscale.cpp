#include "board/axisscale.h"

#include "widgets/nicestep.h"

#include <algorithm>
#include <cmath>

namespace relulab {
AxisScale niceScale(double low, double high, double padding, int targetTicks)
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0.0;
        high = 1.0;
    }
    if (high < low)
        std::swap(low, high);
    // A flat curve (a dead unit over the whole view) still gets a readable band around it.
    const double smallest = 1e-9 * std::max(1.0, std::max(std::fabs(low), std::fabs(high)));
    if (high - low < smallest) {
        low -= 0.5;
        high += 0.5;
    }
    const double pad = (high - low) * padding;
    low -= pad;
    high += pad;

    // The bounds snap to about a tenth of the span whatever the tick count, so a resize that
    // changes the number of ticks does not change the range.
    constexpr int kBoundSteps = 10;
    AxisScale scale;
    const double grid = niceStep((high - low) / kBoundSteps, StepRounding::Nearest);
    scale.minimum = std::floor(low / grid) * grid;
    scale.maximum = std::ceil(high / grid) * grid;
    scale.tickInterval = niceStep((scale.maximum - scale.minimum) / std::max(1, targetTicks), StepRounding::Nearest);
    // At least two labelled ticks, so the axis shows a scale and not a lone 0 (SELU's −1.8 to 4.2
    // with room for two labels asked for 5, and only 0 lay inside): the next smaller round step.
    const auto ticksInside = [&scale] {
        return std::floor(scale.maximum / scale.tickInterval + 1e-9) - std::ceil(scale.minimum / scale.tickInterval - 1e-9) + 1;
    };
    while (ticksInside() < 2)
        scale.tickInterval = niceStep(scale.tickInterval / 2.2, StepRounding::Nearest);
    // Ticks are anchored at 0, so their labels are multiples of the interval.
    scale.decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(scale.tickInterval) - 1e-9)), 0, 12);
    return scale;
}

} // namespace relulab
