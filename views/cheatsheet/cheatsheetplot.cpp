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

// Tick labels stay readable on a small plot: every unit up to this span, every second beyond.
constexpr double kUnitTicksUpTo = 6.0;

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
    double low = 0.0;
    double high = 0.0;
    if (const FamilySpec *spec = FamilyCatalog::find(family))
        m_kinks = kinksOf(*spec, model.parameters(family));
    for (const Kink &k : m_kinks) {
        m_xMinimum = std::min(m_xMinimum, k.x - kRoomBesideKink);
        m_xMaximum = std::max(m_xMaximum, k.x + kRoomBesideKink);
    }
    const FamilyCurves curves = sampleFamilyCurves(model, family, m_xMinimum, m_xMaximum, samples);
    m_output = curves.output;
    for (qsizetype i = 0; i < curves.output.size(); ++i) {
        low = std::min({low, curves.output[i].y(), curves.slope[i].y()});
        high = std::max({high, curves.output[i].y(), curves.slope[i].y()});
    }
    for (const Kink &k : m_kinks) {
        low = std::min({low, k.slopeLeft, k.slopeRight});
        high = std::max({high, k.slopeLeft, k.slopeRight});
    }
    // Cut where the slope jumps, as the board does; the kink's dots say which value it takes.
    m_slope = slopePieces(curves.slope, m_kinks);
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
    const auto mapX = [&](double x) { return plot.left() + (x - m_xMinimum) / (m_xMaximum - m_xMinimum) * plot.width(); };
    const auto mapY = [&](double y) { return plot.bottom() - (y - m_yMinimum) / (m_yMaximum - m_yMinimum) * plot.height(); };
    const auto map = [&](const QPointF &p) { return QPointF(mapX(p.x()), mapY(p.y())); };

    painter->fillRect(plot, style.background);
    if (style.showZones) {
        const struct { style::Zone zone; double from; double to; } zones[] = {
            {style::Zone::Negative, m_xMinimum, -kHingeHalfWidth},
            {style::Zone::Hinge, -kHingeHalfWidth, kHingeHalfWidth},
            {style::Zone::Positive, kHingeHalfWidth, m_xMaximum},
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
    const int xStep = m_xMaximum - m_xMinimum > kUnitTicksUpTo ? 2 : 1;
    const int firstX = int(std::ceil(m_xMinimum / xStep)) * xStep;
    for (int x = firstX; x <= m_xMaximum; x += xStep)
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
        for (int x = firstX; x <= m_xMaximum; x += xStep) {
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
        for (const QList<QPointF> &piece : m_slope) {
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

    // Each kink a hollow diamond on the output, as on the board.
    const qreal diamond = style.curveWidth * 2.2;
    painter->setPen(QPen(style.curve, style.curveWidth * 0.6));
    painter->setBrush(style.background);
    for (const Kink &k : m_kinks) {
        const QPointF at(mapX(k.x), mapY(k.output));
        painter->drawPolygon(QPolygonF({at + QPointF(0, -diamond), at + QPointF(diamond, 0), at + QPointF(0, diamond),
                                        at + QPointF(-diamond, 0)}));
    }

    if (style.showSlope) {
        // The slope at a kink follows PyTorch: a filled dot where it is, an open one where it is not.
        const qreal radius = style.curveWidth * 1.3;
        const QColor slopeColor = style.curve.darker(135);
        painter->setPen(QPen(slopeColor, style.curveWidth * 0.6));
        for (const Kink &k : m_kinks) {
            painter->setBrush(style.background);
            painter->drawEllipse(QPointF(mapX(k.x), mapY(k.slopeNotTaken())), radius, radius);
            painter->setBrush(slopeColor);
            painter->drawEllipse(QPointF(mapX(k.x), mapY(k.slope)), radius, radius);
        }
    }
    painter->restore();
}

} // namespace relulab
