#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QColor>

namespace relulab {

// A chart's grid and its two axis lines with their tick marks: one-pixel lines on whole pixels,
// drawn without anti-aliasing. Crisp rather than smeared over two pixel rows, and cheap: Qt
// Charts' own grid and axis items are stroked anti-aliased, which cost more than all the curves
// together.
class ChartGrid : public QGraphicsItem
{
public:
    explicit ChartGrid(QGraphicsItem *parent = nullptr);

    void setColors(const QColor &grid, const QColor &axis);
    // Vertical lines at the x positions and horizontal ones at the y positions (chart
    // coordinates), each spanning the plot area; the x axis along the bottom and the y axis
    // along the left edge, each with an outward tick mark per line.
    void setLines(const QRectF &plotArea, const QList<double> &xPositions, const QList<double> &yPositions);
    const QList<QLineF> &lines() const { return m_lines; }
    const QList<QLineF> &axisLines() const { return m_axisLines; }

    static constexpr double kTickLength = 4.0;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor m_gridColor;
    QColor m_axisColor;
    QRectF m_bounds;
    QList<QLineF> m_lines;
    QList<QLineF> m_axisLines;
};

} // namespace relulab
