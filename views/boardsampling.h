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

} // namespace relulab
