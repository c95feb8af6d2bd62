#include "chartgrid.h"

#include <QPainter>

#include <cmath>

namespace relulab {

ChartGrid::ChartGrid(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    m_pen.setCosmetic(true);
    m_pen.setWidth(1);
}

void ChartGrid::setColor(const QColor &color)
{
    m_pen.setColor(color);
    update();
}

void ChartGrid::setLines(const QRectF &plotArea, const QList<double> &xPositions, const QList<double> &yPositions)
{
    // Whole pixels inside the plot area; an aliased one-pixel line at x covers pixel column x.
    const double left = std::ceil(plotArea.left());
    const double right = std::floor(plotArea.right()) - 1.0;
    const double top = std::ceil(plotArea.top());
    const double bottom = std::floor(plotArea.bottom()) - 1.0;
    QList<QLineF> lines;
    for (double x : xPositions) {
        const double column = std::clamp(std::floor(x), left, right);
        lines.append(QLineF(column, top, column, bottom));
    }
    for (double y : yPositions) {
        const double row = std::clamp(std::floor(y), top, bottom);
        lines.append(QLineF(left, row, right, row));
    }
    if (lines == m_lines && plotArea == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = plotArea;
    m_lines = lines;
}

QRectF ChartGrid::boundingRect() const
{
    return m_bounds;
}

void ChartGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(m_pen);
    painter->drawLines(m_lines);
}

} // namespace relulab
