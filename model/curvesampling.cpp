#include "curvesampling.h"

#include "valueparsing.h"

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
