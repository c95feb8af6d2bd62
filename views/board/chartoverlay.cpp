#include "board/chartoverlay.h"

#include "board/chartgrid.h"
#include "family.h"
#include "widgets/numberformat.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QLocale>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace relulab {
namespace {

// Qt Charts stacks its own items on the chart by z value: plot-area background 0, shades 1,
// grid 2, axes 3, series 4. Zones sit just above the background, our grid where Qt's would be,
// titles and the probe line above the grid but below the curves and markers.
constexpr double kZoneZ = 0.5;
constexpr double kGridZ = 2.0;
constexpr double kTitleZ = 3.4;
constexpr double kProbeLineZ = 3.5;
constexpr double kProbeMarkerZ = 4.5;
constexpr double kMarkerRadius = 6.5;
// The arrow toward a probe outside the view: as tall as the probe marker is wide, inset a little.
constexpr double kArrowLength = 12.0;
constexpr double kArrowInset = 3.0;
constexpr double kWidestProbeLine = 5.0;
constexpr double kTitleInset = 6.0;
constexpr double kMinimumTitleWidth = 28.0;
// A zone title too long for its zone shrinks to this share of the chart's type, no further
// (presentation type is 2.9 % of the screen's height, so its titles stay above 2 %).
constexpr double kSmallestTitleScale = 0.75;

constexpr std::array<style::Zone, 3> kZones = {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive};

int indexOf(style::Zone zone)
{
    return static_cast<int>(zone);
}

} // namespace

ChartOverlay::ChartOverlay(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_xAxis(xAxis)
    , m_yAxis(yAxis)
{
    m_grid = new ChartGrid(chart);
    m_grid->setZValue(kGridZ);
    m_xLabels = new AxisLabels(AxisLabels::Edge::Bottom, chart);
    m_yLabels = new AxisLabels(AxisLabels::Edge::Left, chart);
    m_xLabels->setZValue(kTitleZ);
    m_yLabels->setZValue(kTitleZ);
    for (style::Zone zone : kZones) {
        auto *rect = new QGraphicsRectItem(chart);
        rect->setZValue(kZoneZ);
        rect->setPen(Qt::NoPen);
        m_zones[indexOf(zone)] = rect;
        auto *title = new QGraphicsSimpleTextItem(chart);
        title->setZValue(kTitleZ);
        title->setVisible(false);
        m_titles[indexOf(zone)] = title;
    }
    m_probeLine = new QGraphicsLineItem(chart);
    m_probeLine->setZValue(kProbeLineZ);
    m_probeMarker = new QGraphicsEllipseItem(-kMarkerRadius, -kMarkerRadius, 2.0 * kMarkerRadius, 2.0 * kMarkerRadius, chart);
    m_probeMarker->setZValue(kProbeMarkerZ);
    m_edgeArrow = new QGraphicsPolygonItem(chart);
    m_edgeArrow->setZValue(kProbeMarkerZ);
    m_edgeArrow->setPen(Qt::NoPen);
    m_edgeArrow->setVisible(false);
    m_edgeLabel = new QGraphicsSimpleTextItem(chart);
    m_edgeLabel->setZValue(kProbeMarkerZ);
    m_edgeLabel->setVisible(false);

    connect(chart, &QChart::plotAreaChanged, this, &ChartOverlay::relayout);
    connect(xAxis, &QValueAxis::rangeChanged, this, &ChartOverlay::relayout);
    connect(yAxis, &QValueAxis::rangeChanged, this, &ChartOverlay::relayout);
    relayout();
}

void ChartOverlay::setLineReach(LineReach reach)
{
    m_reach = reach;
    relayout();
}

void ChartOverlay::setZoneTitlesVisible(bool visible)
{
    m_titlesVisible = visible;
    relayout();
}

void ChartOverlay::setZoneTitle(style::Zone zone, const QString &title)
{
    m_titleTexts[indexOf(zone)] = title;
    relayout();
}

void ChartOverlay::setProbe(const QPointF &value)
{
    m_probe = value;
    const double x = value.x();
    const QRectF plot = m_chart->plotArea();
    const bool visible = plot.isValid() && x >= m_xAxis->min() && x <= m_xAxis->max();
    m_probeLine->setVisible(visible);
    m_probeMarker->setVisible(visible && value.y() >= m_yAxis->min() && value.y() <= m_yAxis->max());
    placeEdgeArrow(plot);
    if (!visible)
        return;
    m_probeMarker->setPos(positionOf(value));
    double top = plot.top();
    double bottom = plot.bottom();
    if (m_reach == LineReach::DownToEdge)
        bottom = m_chart->size().height();
    else if (m_reach == LineReach::UpToEdge)
        top = 0.0;
    const double position = positionOf(x);
    m_probeLine->setLine(position, top, position, bottom);
}

void ChartOverlay::placeEdgeArrow(const QRectF &plot)
{
    const double x = m_probe.x();
    const bool left = x < m_xAxis->min();
    const bool shown = plot.isValid() && (left || x > m_xAxis->max());
    m_edgeArrow->setVisible(shown);
    m_edgeLabel->setVisible(shown);
    if (!shown)
        return;
    // Mid-height: the probe's y may be off the chart too, and the arrow only says "this way".
    const double y = plot.center().y();
    const double length = kArrowLength * m_markerScale;
    const double inset = kArrowInset * m_markerScale;
    const double tip = left ? plot.left() + inset : plot.right() - inset;
    const double base = left ? tip + length : tip - length;
    const double half = length * 0.6;
    m_edgeArrow->setPolygon(QPolygonF({QPointF(tip, y), QPointF(base, y - half), QPointF(base, y + half)}));
    m_edgeLabel->setFont(m_chart->font());
    m_edgeLabel->setText(withMinusSign(QLocale().toString(x, 'g', 4), QLocale()));
    const QRectF text = m_edgeLabel->boundingRect();
    const double textX = left ? base + inset : base - inset - text.width();
    m_edgeLabel->setPos(textX, y - text.height() / 2.0);
}

void ChartOverlay::setTicks(const QList<AxisTick> &xTicks, const QList<AxisTick> &yTicks)
{
    m_xLabels->setTicks(xTicks);
    m_yLabels->setTicks(yTicks);
    relayout();
}

void ChartOverlay::setGridColors(const QColor &grid, const QColor &axis)
{
    m_grid->setColors(grid, axis);
}

void ChartOverlay::setMarkerColor(const QColor &color)
{
    m_probeMarker->setBrush(color);
    m_edgeArrow->setBrush(color);
}

void ChartOverlay::setMarkerScale(qreal scale)
{
    m_markerScale = scale;
    const double radius = kMarkerRadius * scale;
    m_probeMarker->setRect(-radius, -radius, 2.0 * radius, 2.0 * radius);
    applyPalette(m_palette);
    relayout();
}

void ChartOverlay::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    // A ring in the background colour lifts the marker off the curve it sits on.
    m_probeMarker->setPen(QPen(palette.color(QPalette::Base), 2.0 * m_markerScale));
    m_edgeLabel->setBrush(palette.color(QPalette::WindowText));
    for (style::Zone zone : kZones) {
        // The zones lie on the chart's plain background, so their opaque equivalent looks the same.
        m_zones[indexOf(zone)]->setBrush(style::flattened(style::zoneFill(zone, palette), palette.color(QPalette::Base)));
        QColor text = palette.color(QPalette::WindowText);
        text.setAlpha(190);
        m_titles[indexOf(zone)]->setBrush(text);
    }
    QColor line = palette.color(QPalette::WindowText);
    line.setAlpha(150);
    // Thicker with the curves, up to 5 px: the 7.8 px dashed line of a 4K presentation took Qt's
    // raster engine 2.5 ms more per probe step (measured; 5 px costs nothing measurable).
    QPen pen(line, std::min(1.5 * m_markerScale, kWidestProbeLine), Qt::DashLine);
    pen.setCosmetic(true);
    m_probeLine->setPen(pen);
}

QRectF ChartOverlay::zoneRect(style::Zone zone) const
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.isValid() || m_xAxis->max() <= m_xAxis->min())
        return QRectF();
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    if (zone == style::Zone::Negative) {
        high = -kHingeHalfWidth;
    } else if (zone == style::Zone::Hinge) {
        low = -kHingeHalfWidth;
        high = kHingeHalfWidth;
    } else {
        low = kHingeHalfWidth;
    }
    low = std::max(low, m_xAxis->min());
    high = std::min(high, m_xAxis->max());
    if (high <= low)
        return QRectF();
    return QRectF(QPointF(positionOf(low), plot.top()), QPointF(positionOf(high), plot.bottom()));
}

QGraphicsSimpleTextItem *ChartOverlay::zoneTitleItem(style::Zone zone) const
{
    return m_titles[indexOf(zone)];
}

void ChartOverlay::relayout()
{
    const QRectF plot = m_chart->plotArea();
    QList<double> columns;
    QList<double> rows;
    if (plot.isValid() && m_xAxis->max() > m_xAxis->min() && m_yAxis->max() > m_yAxis->min()) {
        // Ticks lie within the axis ranges (up to rounding; the grid keeps its lines inside the plot area).
        for (const AxisTick &tick : m_xLabels->ticks())
            columns.append(positionOf(tick.value));
        for (const AxisTick &tick : m_yLabels->ticks())
            rows.append(positionOf(QPointF(m_xAxis->min(), tick.value)).y());
    }
    m_grid->setLines(plot, columns, rows);
    const QRectF chartArea(QPointF(0.0, 0.0), m_chart->size());
    m_xLabels->place(plot, chartArea, columns);
    m_yLabels->place(plot, chartArea, rows);

    for (style::Zone zone : kZones) {
        const QRectF rect = zoneRect(zone);
        QGraphicsRectItem *item = m_zones[indexOf(zone)];
        item->setVisible(!rect.isEmpty());
        // On whole pixels: a pixel-aligned fill is a plain memory fill, a fractional one is
        // rasterised anti-aliased, edge by edge. Neighbouring zones round their shared edge alike.
        item->setRect(QRectF(QPointF(std::round(rect.left()), std::round(rect.top())),
                             QPointF(std::round(rect.right()), std::round(rect.bottom()))));

        QGraphicsSimpleTextItem *title = m_titles[indexOf(zone)];
        const double room = rect.width() - 2.0 * kTitleInset;
        if (!m_titlesVisible || rect.isEmpty() || room < kMinimumTitleWidth) {
            title->setVisible(false);
            continue;
        }
        QFont font = m_chart->font();
        font.setBold(true);
        // A title a little too long for its zone (the hinge's, on a board narrowed by the notes
        // beside it) is set a little smaller rather than cut; only what still does not fit is elided.
        const QString &text = m_titleTexts[indexOf(zone)];
        const double wanted = QFontMetricsF(font).horizontalAdvance(text);
        if (wanted > room)
            font.setPointSizeF(font.pointSizeF() * std::max(kSmallestTitleScale, room / wanted));
        title->setFont(font);
        const QFontMetricsF metrics(font);
        title->setText(metrics.elidedText(text, Qt::ElideRight, room));
        title->setPos(rect.left() + kTitleInset, rect.top() + kTitleInset / 2.0);
        title->setVisible(!title->text().isEmpty());
    }
    setProbe(m_probe);
}

double ChartOverlay::positionOf(double x) const
{
    const QRectF plot = m_chart->plotArea();
    return plot.left() + (x - m_xAxis->min()) / (m_xAxis->max() - m_xAxis->min()) * plot.width();
}

QPointF ChartOverlay::positionOf(const QPointF &value) const
{
    const QRectF plot = m_chart->plotArea();
    const double y = plot.bottom() - (value.y() - m_yAxis->min()) / (m_yAxis->max() - m_yAxis->min()) * plot.height();
    return QPointF(positionOf(value.x()), y);
}

} // namespace relulab
