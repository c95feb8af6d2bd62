#include "boardsampling.h"

#include "curvesampling.h"
#include "labmodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relulab {

FamilyCurves sampleFamilyCurves(const LabModel &model, const QString &family, double minimum, double maximum, int count)
{
    QList<double> xs = evenlySpaced(minimum, maximum, std::max(2, count));
    if (minimum < 0.0 && maximum > 0.0) {
        const auto at = std::lower_bound(xs.begin(), xs.end(), 0.0);
        if (at == xs.end() || *at != 0.0)
            xs.insert(at, 0.0);
    }

    FamilyCurves curves;
    curves.output.reserve(xs.size());
    curves.slope.reserve(xs.size());
    double outputMinimum = std::numeric_limits<double>::infinity();
    double outputMaximum = -outputMinimum;
    double slopeMinimum = outputMinimum;
    double slopeMaximum = -outputMinimum;
    for (double x : xs) {
        const Reading reading = model.readingAt(family, x);
        if (!std::isfinite(reading.output) || !std::isfinite(reading.slope))
            continue;
        curves.output.append(QPointF(x, reading.output));
        curves.slope.append(QPointF(x, reading.slope));
        outputMinimum = std::min(outputMinimum, reading.output);
        outputMaximum = std::max(outputMaximum, reading.output);
        slopeMinimum = std::min(slopeMinimum, reading.slope);
        slopeMaximum = std::max(slopeMaximum, reading.slope);
    }
    if (!curves.output.isEmpty()) {
        curves.outputMinimum = outputMinimum;
        curves.outputMaximum = outputMaximum;
        curves.slopeMinimum = slopeMinimum;
        curves.slopeMaximum = slopeMaximum;
    }
    return curves;
}

} // namespace relulab
