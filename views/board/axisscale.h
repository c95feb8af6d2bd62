#pragma once

namespace relulab {

// A readable axis: bounds rounded outward to a fine grid and a tick interval of 1, 2 or 5 times a
// power of ten, so that small changes of the data rarely move the axis (a projected chart should
// not jump) and the tick labels stay round numbers.
struct AxisScale
{
    double minimum = 0.0;
    double maximum = 1.0;
    double tickInterval = 0.2;
    int decimals = 1; // enough to tell the tick labels apart

    friend bool operator==(const AxisScale &a, const AxisScale &b)
    {
        return a.minimum == b.minimum && a.maximum == b.maximum && a.tickInterval == b.tickInterval
            && a.decimals == b.decimals;
    }
};

// A scale covering [low, high] plus `padding` (a fraction of the span) on both sides, with about
// `targetTicks` tick intervals (at least 1). A flat or non-finite span gets a unit-wide band.
AxisScale niceScale(double low, double high, double padding = 0.04, int targetTicks = 6);

} // namespace relulab
