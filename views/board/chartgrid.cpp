#include "board/chartgrid.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace relulab {

ChartGrid::ChartGrid(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
}

void ChartGrid::setColors(const QColor &grid, const QColor &axis)
{
    m_gridColor = grid;
    m_axisColor = axis;
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
    // The axes sit on the pixel row just below and the column just left of the plot area.
    const double axisRow = bottom + 1.0;
    const double axisColumn = left - 1.0;
    QList<QLineF> axisLines = {QLineF(axisColumn, axisRow, right, axisRow), QLineF(axisColumn, top, axisColumn, axisRow)};
    for (double x : xPositions) {
        const double column = std::clamp(std::floor(x), left, right);
        lines.append(QLineF(column, top, column, bottom));
        axisLines.append(QLineF(column, axisRow + 1.0, column, axisRow + kTickLength));
    }
    for (double y : yPositions) {
        const double row = std::clamp(std::floor(y), top, bottom);
        lines.append(QLineF(left, row, right, row));
        axisLines.append(QLineF(axisColumn - kTickLength, row, axisColumn - 1.0, row));
    }
    if (lines == m_lines && axisLines == m_axisLines)
        return;
    prepareGeometryChange();
    m_bounds = plotArea.adjusted(-kTickLength - 2.0, 0.0, 0.0, kTickLength + 2.0);
    m_lines = lines;
    m_axisLines = axisLines;
}

QRectF ChartGrid::boundingRect() const
{
    return m_bounds;
}

void ChartGrid::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Each line is a one-pixel-wide rectangle: filling whole-pixel rectangles is a plain memory
    // fill, several times cheaper than stroking the same lines even without anti-aliasing.
    const auto fill = [painter](const QList<QLineF> &lines, const QColor &color) {
        for (const QLineF &line : lines) {
            const QPointF from(std::min(line.x1(), line.x2()), std::min(line.y1(), line.y2()));
            const QPointF to(std::max(line.x1(), line.x2()), std::max(line.y1(), line.y2()));
            painter->fillRect(QRectF(from, to + QPointF(1.0, 1.0)), color);
        }
    };
    painter->setRenderHint(QPainter::Antialiasing, false);
    fill(m_lines, m_gridColor);
    fill(m_axisLines, m_axisColor);
}

} // namespace relulab
