#pragma once

#include <QList>
#include <QPointF>

namespace relulab {

// How many pixels one unit of x and of y covers on screen.
struct PixelScale
{
    double x = 1.0;
    double y = 1.0;
};

// The points of `points` (ordered by x) that a polyline needs to stay within `tolerance` pixels of
// every one of them at `scale`: a subset, first and last always kept (Douglas–Peucker). Straight
// stretches, such as ReLU's two halves or a saturated tail, shrink to their two ends; corners
// and curved stretches keep their samples. Fewer points make a curve much cheaper to stroke.
QList<QPointF> simplifyCurve(const QList<QPointF> &points, PixelScale scale, double tolerance);

// The part of `points` (ordered by x) at or left of `limit`, ending exactly at `limit` on the
// segment that crosses it: the curve drawn up to the probe while its right part is hidden.
QList<QPointF> curveUpTo(const QList<QPointF> &points, double limit);

} // namespace relulab
