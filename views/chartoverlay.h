#pragma once

#include "familystyle.h"

#include <QObject>
#include <QPalette>
#include <QRectF>

#include <array>

class QChart;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace relulab {

// Decorations a QChart has no API for: the three shaded zones (with optional titles at their
// top) and the probe's vertical line. They are plain graphics items on the chart, re-placed
// whenever the plot area or the x range changes, so moving the probe touches no series.
class ChartOverlay : public QObject
{
    Q_OBJECT

public:
    // How far the probe line reaches beyond the plot area; stacked charts extend it towards each
    // other so that it reads as one line through both.
    enum class LineReach { PlotArea, DownToEdge, UpToEdge };

    ChartOverlay(QChart *chart, QValueAxis *xAxis, QObject *parent = nullptr);

    void setLineReach(LineReach reach);
    void setZoneTitlesVisible(bool visible);
    void setZoneTitle(style::Zone zone, const QString &title);
    void setProbe(double x);
    void applyPalette(const QPalette &palette);

    // The visible part of a zone in chart coordinates (empty when it is scrolled out of view).
    QRectF zoneRect(style::Zone zone) const;
    QGraphicsLineItem *probeLine() const { return m_probeLine; }
    QGraphicsSimpleTextItem *zoneTitleItem(style::Zone zone) const;

private:
    void relayout();
    double positionOf(double x) const;

    QChart *m_chart = nullptr;
    QValueAxis *m_xAxis = nullptr;
    std::array<QGraphicsRectItem *, 3> m_zones = {};
    std::array<QGraphicsSimpleTextItem *, 3> m_titles = {};
    std::array<QString, 3> m_titleTexts = {};
    QGraphicsLineItem *m_probeLine = nullptr;
    LineReach m_reach = LineReach::PlotArea;
    bool m_titlesVisible = false;
    double m_probe = 0.0;
};

} // namespace relulab
