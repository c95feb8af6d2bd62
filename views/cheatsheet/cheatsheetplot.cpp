#include "cheatsheet/cheatsheetplot.h"

#include "curvesampling.h"
#include "family.h"
#include "labmodel.h"
#include "widgets/mathtext.h"
#include "widgets/nicestep.h"
#include "widgets/numberformat.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

// Just beside the kink: close enough to read the one-sided limits of a piecewise slope.
constexpr double kBesideKink = 1e-9;

} // namespace

// An opaque tint: a translucent zone colour laid over the background, so that printers need no
// transparency support.
QColor CheatSheetPlot::zoneTint(style::Zone zone, const QColor &background)
{
    QColor fill = style::zoneFill(zone, QPalette(Qt::black, Qt::white));
    fill.setAlpha(std::min(255, fill.alpha() * 2));
    return style::flattened(fill, background);
}

CheatSheetPlot::CheatSheetPlot(const LabModel &model, const QString &family, int samples)
{
    const Reading atZero = model.readingAt(family, 0.0);
    m_slopeAtZero = atZero.slope;
    m_slopeLeftLimit = model.readingAt(family, -kBesideKink).slope;
    m_slopeRightLimit = model.readingAt(family, kBesideKink).slope;
    m_kink = atZero.onKink && m_slopeLeftLimit != m_slopeRightLimit;

    QPolygonF left;
    QPolygonF right;
    double low = 0.0;
    double high = 0.0;
    const FamilyCurves curves = sampleFamilyCurves(model, family, kMinimumX, kMaximumX, samples);
    for (qsizetype i = 0; i < curves.output.size(); ++i) {
        const double x = curves.output[i].x();
        const double output = curves.output[i].y();
        const double slope = curves.slope[i].y();
        m_output.append(curves.output[i]);
        if (m_kink && x == 0.0)
            continue; // drawn as a dot: the convention at the kink
        (x < 0.0 || !m_kink ? left : right).append(curves.slope[i]);
        low = std::min({low, output, slope});
        high = std::max({high, output, slope});
    }
    if (m_kink) {
        left.append(QPointF(0.0, m_slopeLeftLimit));
        right.prepend(QPointF(0.0, m_slopeRightLimit));
        m_slope = {left, right};
    } else {
        m_slope = {left};
    }
    const double pad = 0.08 * (high - low);
    m_yMinimum = low - pad;
    m_yMaximum = high + pad;
}

void CheatSheetPlot::paint(QPainter *painter, const QRectF &rect, const Style &style) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Room for the tick labels on the left and at the bottom.
    QRectF plot = rect;
    QFont labelFont;
    qreal labelHeight = 0.0;
    if (style.labelSize > 0) {
        labelFont = fontAtPoints(style.font, style.labelSize, painter->device());
        const PointMetrics metrics(labelFont, painter->device());
        labelHeight = metrics.height();
        plot.adjust(metrics.horizontalAdvance(QStringLiteral("−0.5")) + 2, 0, 0, -labelHeight - 1);
    }
    const auto mapX = [&](double x) { return plot.left() + (x - kMinimumX) / (kMaximumX - kMinimumX) * plot.width(); };
    const auto mapY = [&](double y) { return plot.bottom() - (y - m_yMinimum) / (m_yMaximum - m_yMinimum) * plot.height(); };
    const auto map = [&](const QPointF &p) { return QPointF(mapX(p.x()), mapY(p.y())); };

    painter->fillRect(plot, style.background);
    if (style.showZones) {
        const struct { style::Zone zone; double from; double to; } zones[] = {
            {style::Zone::Negative, kMinimumX, -kHingeHalfWidth},
            {style::Zone::Hinge, -kHingeHalfWidth, kHingeHalfWidth},
            {style::Zone::Positive, kHingeHalfWidth, kMaximumX},
        };
        for (const auto &z : zones) {
            painter->fillRect(QRectF(QPointF(mapX(z.from), plot.top()), QPointF(mapX(z.to), plot.bottom())),
                              zoneTint(z.zone, style.background));
        }
    }

    // Grid, axes and ticks.
    // At most five intervals, from 0.5 to 10.
    const double yStep = std::clamp(niceStep((m_yMaximum - m_yMinimum) / 5.0, StepRounding::Up), 0.5, 10.0);
    QPen gridPen(style.grid, style.lineWidth * 0.8);
    painter->setPen(gridPen);
    for (double y = std::ceil(m_yMinimum / yStep) * yStep; y <= m_yMaximum; y += yStep)
        painter->drawLine(QPointF(plot.left(), mapY(y)), QPointF(plot.right(), mapY(y)));
    for (int x = int(kMinimumX); x <= int(kMaximumX); ++x)
        painter->drawLine(QPointF(mapX(x), plot.top()), QPointF(mapX(x), plot.bottom()));
    painter->setPen(QPen(style.axis, style.lineWidth));
    painter->drawLine(QPointF(plot.left(), mapY(0)), QPointF(plot.right(), mapY(0)));
    painter->drawLine(QPointF(mapX(0), plot.top()), QPointF(mapX(0), plot.bottom()));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);

    if (style.labelSize > 0) {
        painter->setFont(labelFont);
        painter->setPen(style.text);
        const QLocale &locale = style.locale;
        const auto number = [&](double v) { return withMinusSign(locale.toString(v, 'g', 3), locale); };
        for (int x = int(kMinimumX); x <= int(kMaximumX); ++x) {
            const QRectF box(mapX(x) - 12, plot.bottom() + 1, 24, labelHeight);
            drawPointText(painter, box, Qt::AlignHCenter | Qt::AlignTop, number(x));
        }
        for (double y = std::ceil(m_yMinimum / yStep) * yStep; y <= m_yMaximum; y += yStep) {
            const double shown = std::fabs(y) < 1e-12 ? 0.0 : y;
            const QRectF box(rect.left(), mapY(shown) - labelHeight / 2, plot.left() - rect.left() - 2, labelHeight);
            drawPointText(painter, box, Qt::AlignRight | Qt::AlignVCenter, number(shown));
        }
    }

    painter->setClipRect(plot);
    if (style.showSlope) {
        QPen slopePen(style.curve.darker(135), style.curveWidth * 0.8, Qt::DashLine);
        slopePen.setCapStyle(Qt::FlatCap);
        painter->setPen(slopePen);
        for (const QPolygonF &piece : m_slope) {
            QPainterPath path;
            for (int i = 0; i < piece.size(); ++i)
                i == 0 ? path.moveTo(map(piece[i])) : path.lineTo(map(piece[i]));
            painter->drawPath(path);
        }
    }
    QPen outputPen(style.curve, style.curveWidth);
    outputPen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(outputPen);
    QPainterPath output;
    for (int i = 0; i < m_output.size(); ++i)
        i == 0 ? output.moveTo(map(m_output[i])) : output.lineTo(map(m_output[i]));
    painter->drawPath(output);

    if (style.showSlope && m_kink) {
        // The slope at the kink follows PyTorch: a filled dot where it is, an open one where it is not.
        const qreal radius = style.curveWidth * 1.3;
        const QColor slopeColor = style.curve.darker(135);
        painter->setPen(QPen(slopeColor, style.curveWidth * 0.6));
        const double other = m_slopeAtZero == m_slopeLeftLimit ? m_slopeRightLimit : m_slopeLeftLimit;
        painter->setBrush(style.background);
        painter->drawEllipse(QPointF(mapX(0), mapY(other)), radius, radius);
        painter->setBrush(slopeColor);
        painter->drawEllipse(QPointF(mapX(0), mapY(m_slopeAtZero)), radius, radius);
    }
    painter->restore();
}

} // namespace relulab
