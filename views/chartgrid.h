#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPen>

namespace relulab {

// A chart's grid: one-pixel lines on whole pixels, drawn without anti-aliasing. Crisp rather than
// smeared over two pixel rows, and cheap: Qt Charts' own grid items are stroked anti-aliased,
// which cost more than all the curves together.
class ChartGrid : public QGraphicsItem
{
public:
    explicit ChartGrid(QGraphicsItem *parent = nullptr);

    void setColor(const QColor &color);
    // Vertical lines at the x positions and horizontal ones at the y positions (chart
    // coordinates), each spanning the plot area.
    void setLines(const QRectF &plotArea, const QList<double> &xPositions, const QList<double> &yPositions);
    const QList<QLineF> &lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPen m_pen;
    QRectF m_bounds;
    QList<QLineF> m_lines;
};

} // namespace relulab
