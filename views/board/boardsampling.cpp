#include "board/boardsampling.h"


#include <algorithm>
#include <utility>
#include <vector>

namespace relulab {

QList<QPointF> simplifyCurve(const QList<QPointF> &points, PixelScale scale, double tolerance)
{
    const qsizetype count = points.size();
    if (count <= 2)
        return points;
    std::vector<bool> keep(static_cast<size_t>(count), false);
    keep.front() = true;
    keep.back() = true;
    const double limit = tolerance * tolerance;
    // An explicit stack of (first, last) ranges: no recursion depth to worry about.
    std::vector<std::pair<qsizetype, qsizetype>> ranges{{0, count - 1}};
    while (!ranges.empty()) {
        const auto [first, last] = ranges.back();
        ranges.pop_back();
        if (last - first < 2)
            continue;
        // In pixels, relative to the first point (small numbers, no cancellation).
        const QPointF origin = points[first];
        const double dx = (points[last].x() - origin.x()) * scale.x;
        const double dy = (points[last].y() - origin.y()) * scale.y;
        const double length2 = dx * dx + dy * dy;
        double worst = -1.0;
        qsizetype worstAt = first;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double px = (points[i].x() - origin.x()) * scale.x;
            const double py = (points[i].y() - origin.y()) * scale.y;
            const double t = length2 > 0.0 ? std::clamp((px * dx + py * dy) / length2, 0.0, 1.0) : 0.0;
            const double ex = px - t * dx;
            const double ey = py - t * dy;
            const double distance2 = ex * ex + ey * ey;
            if (distance2 > worst) {
                worst = distance2;
                worstAt = i;
            }
        }
        if (worst > limit) {
            keep[static_cast<size_t>(worstAt)] = true;
            ranges.emplace_back(first, worstAt);
            ranges.emplace_back(worstAt, last);
        }
    }
    QList<QPointF> kept;
    for (qsizetype i = 0; i < count; ++i) {
        if (keep[static_cast<size_t>(i)])
            kept.append(points[i]);
    }
    return kept;
}

QList<QPointF> curveUpTo(const QList<QPointF> &points, double limit)
{
    QList<QPointF> kept;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        if (p.x() <= limit) {
            kept.append(p);
            continue;
        }
        if (i > 0) { // the crossing segment, cut where the limit is
            const QPointF &q = points[i - 1];
            const double t = (limit - q.x()) / (p.x() - q.x());
            kept.append(QPointF(limit, q.y() + t * (p.y() - q.y())));
        }
        break;
    }
    return kept;
}

} // namespace relulab
