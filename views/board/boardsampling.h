#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace relulab {

class LabModel;

// One family's two curves over the visible range, as the model reads them, and their extents.
struct FamilyCurves
{
    QList<QPointF> output;
    QList<QPointF> slope;
    double outputMinimum = 0.0;
    double outputMaximum = 0.0;
    double slopeMinimum = 0.0;
    double slopeMaximum = 0.0;
};

// `count` evenly spaced points from `minimum` to `maximum`, plus x = 0 exactly when it is inside
// (every family's kink sits there, so hinges stay sharp). Non-finite readings are left out.
FamilyCurves sampleFamilyCurves(const LabModel &model, const QString &family, double minimum, double maximum, int count);

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

} // namespace relulab
