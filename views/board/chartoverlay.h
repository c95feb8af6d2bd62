#pragma once

#include "board/axislabels.h"
#include "widgets/labstyle.h"

#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QRectF>

#include <array>

class QChart;
class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace relulab {

class ChartGrid;

// Decorations a QChart has no API for: a crisp grid with its tick labels and axis titles, the
// three shaded zones (with optional titles at their top), the probe's vertical line and its
// marker on the curve. They are plain graphics items on the chart, re-placed whenever the plot
// area or an axis range changes. Moving the probe touches no series and repaints only the strips
// under the line and the marker (a series marker would repaint the whole plot area).
class ChartOverlay : public QObject
{
    Q_OBJECT

public:
    // How far the probe line reaches beyond the plot area; stacked charts extend it towards each
    // other so that it reads as one line through both.
    enum class LineReach { PlotArea, DownToEdge, UpToEdge };

    ChartOverlay(QChart *chart, QValueAxis *xAxis, QValueAxis *yAxis, QObject *parent = nullptr);

    void setLineReach(LineReach reach);
    void setZoneTitlesVisible(bool visible);
    void setZoneTitle(style::Zone zone, const QString &title);
    // The probe at data point (x, y): the line at x, the marker on the curve at (x, y).
    void setProbe(const QPointF &value);
    // A grid line, a tick mark and a label at each tick.
    void setTicks(const QList<AxisTick> &xTicks, const QList<AxisTick> &yTicks);
    void setGridColors(const QColor &grid, const QColor &axis);
    void setMarkerColor(const QColor &color);
    // The probe marker, its ring, the probe line and the edge arrow grow with the curves
    // (presentation type makes the lines thicker).
    void setMarkerScale(qreal scale);
    void applyPalette(const QPalette &palette);

    // The visible part of a zone in chart coordinates (empty when it is scrolled out of view).
    QRectF zoneRect(style::Zone zone) const;
    QGraphicsLineItem *probeLine() const { return m_probeLine; }
    ChartGrid *grid() const { return m_grid; }
    AxisLabels *xLabels() const { return m_xLabels; }
    AxisLabels *yLabels() const { return m_yLabels; }
    QGraphicsEllipseItem *probeMarker() const { return m_probeMarker; }
    // While the probe is left or right of the visible x range: an arrow at that edge of the plot
    // pointing toward it, with its x value beside it.
    QGraphicsPolygonItem *edgeArrow() const { return m_edgeArrow; }
    QGraphicsSimpleTextItem *edgeLabel() const { return m_edgeLabel; }
    // Chart coordinates of a data point, the same linear mapping the chart draws its series with.
    QPointF positionOf(const QPointF &value) const;
    QGraphicsSimpleTextItem *zoneTitleItem(style::Zone zone) const;
    // Places zones, titles and the probe again (after the plot area or the chart font changed).
    void relayout();

private:
    double positionOf(double x) const;
    void placeEdgeArrow(const QRectF &plot);

    QChart *m_chart = nullptr;
    qreal m_markerScale = 1.0;
    QPalette m_palette;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    ChartGrid *m_grid = nullptr;
    AxisLabels *m_xLabels = nullptr;
    AxisLabels *m_yLabels = nullptr;
    std::array<QGraphicsRectItem *, 3> m_zones = {};
    std::array<QGraphicsSimpleTextItem *, 3> m_titles = {};
    std::array<QString, 3> m_titleTexts = {};
    QGraphicsLineItem *m_probeLine = nullptr;
    QGraphicsEllipseItem *m_probeMarker = nullptr;
    QGraphicsPolygonItem *m_edgeArrow = nullptr;
    QGraphicsSimpleTextItem *m_edgeLabel = nullptr;
    LineReach m_reach = LineReach::PlotArea;
    bool m_titlesVisible = false;
    QPointF m_probe;
};

} // namespace relulab
