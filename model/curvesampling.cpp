#include "curvesampling.h"

#include "valueparsing.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace relulab {

QList<double> evenlySpaced(double a, double b, int n)
{
    QList<double> xs;
    if (n < 2) {
        if (n == 1)
            xs.append(a);
        return xs;
    }
    xs.reserve(n);
    const double last = n - 1;
    for (int i = 0; i < n; ++i) {
        // Weights instead of a * (last - i) + b * i: no overflow for huge ends, both ends exact
        // (weights 1 and 0), and mirrored points of a symmetric range are exact negatives.
        const double towardA = (last - i) / last;
        const double towardB = i / last;
        xs.append(a * towardA + b * towardB);
    }
    return xs;
}

FamilyCurves sampleFamilyCurves(const FamilySpec &family, const ParameterValues &values, double minimum,
                                double maximum, int count)
{
    QList<double> xs = evenlySpaced(minimum, maximum, std::max(2, count));
    QList<double> exact = family.kinkCandidates;
    if (!exact.contains(0.0))
        exact.append(0.0);
    for (double k : exact) {
        if (!(minimum < k && k < maximum))
            continue;
        const auto at = std::lower_bound(xs.begin(), xs.end(), k);
        if (at == xs.end() || *at != k)
            xs.insert(at, k);
    }

    FamilyCurves curves;
    curves.output.reserve(xs.size());
    curves.slope.reserve(xs.size());
    double outputMinimum = std::numeric_limits<double>::infinity();
    double outputMaximum = -outputMinimum;
    double slopeMinimum = outputMinimum;
    double slopeMaximum = -outputMinimum;
    for (double x : xs) {
        const activation::Sample sample = family.evaluate(x, values);
        if (!std::isfinite(sample.value) || !std::isfinite(sample.slope))
            continue;
        curves.output.append(QPointF(x, sample.value));
        curves.slope.append(QPointF(x, sample.slope));
        outputMinimum = std::min(outputMinimum, sample.value);
        outputMaximum = std::max(outputMaximum, sample.value);
        slopeMinimum = std::min(slopeMinimum, sample.slope);
        slopeMaximum = std::max(slopeMaximum, sample.slope);
    }
    if (!curves.output.isEmpty()) {
        curves.outputMinimum = outputMinimum;
        curves.outputMaximum = outputMaximum;
        curves.slopeMinimum = slopeMinimum;
        curves.slopeMaximum = slopeMaximum;
    }
    return curves;
}

FamilyCurves sampleFamilyCurves(const LabModel &model, const QString &family, double minimum, double maximum, int count)
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    return spec ? sampleFamilyCurves(*spec, model.parameters(family), minimum, maximum, count) : FamilyCurves();
}

QList<QList<QPointF>> slopePieces(const QList<QPointF> &slope, const QList<Kink> &kinks)
{
    QList<QList<QPointF>> pieces(1);
    if (slope.isEmpty())
        return pieces;
    qsizetype next = 0; // the first kink not yet passed
    const auto passKink = [&] {
        const Kink &k = kinks[next++];
        if (k.x < slope.first().x())
            return; // left of every point: nothing to cut
        if (!pieces.last().isEmpty()) {
            pieces.last().append(QPointF(k.x, k.slopeLeft));
            pieces.append(QList<QPointF>());
        }
        pieces.last().append(QPointF(k.x, k.slopeRight));
    };
    for (const QPointF &p : slope) {
        while (next < kinks.size() && kinks[next].x < p.x())
            passKink();
        if (next < kinks.size() && kinks[next].x == p.x())
            continue; // the kink's own reading is a dot, not part of a line
        pieces.last().append(p);
    }
    // A kink at the last point: the left side ends at its limit.
    if (next < kinks.size() && kinks[next].x == slope.last().x() && !pieces.last().isEmpty())
        pieces.last().append(QPointF(kinks[next].x, kinks[next].slopeLeft));
    return pieces;
}

bool writeCurvesCsv(const LabModel &model, const QStringList &families, const QList<double> &xs, QIODevice *device)
{
    QByteArray chunk = QByteArrayLiteral("family,x,output,slope\n");
    constexpr qsizetype kFlushSize = 1 << 16;
    for (const QString &family : families) {
        const QByteArray id = family.toUtf8();
        for (double x : xs) {
            const Reading reading = model.readingAt(family, x);
            chunk += id + ',' + formatRoundTrip(x).toLatin1() + ',' + formatRoundTrip(reading.output).toLatin1() + ','
                + formatRoundTrip(reading.slope).toLatin1() + '\n';
            if (chunk.size() >= kFlushSize) {
                if (device->write(chunk) != chunk.size())
                    return false;
                chunk.clear();
            }
        }
    }
    return device->write(chunk) == chunk.size();
}

} // namespace relulab
