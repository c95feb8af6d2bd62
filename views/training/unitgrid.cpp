#include "training/unitgrid.h"

#include "widgets/labstyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace relulab {

UnitGrid::UnitGrid(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void UnitGrid::setUnits(const QList<UnitState> &units, int depth, int width)
{
    m_units = units;
    m_depth = depth;
    m_width = width;
    update();
}

void UnitGrid::setLayerLabel(const QString &label)
{
    m_layerLabel = label;
    update();
}

void UnitGrid::setDiedLabel(const QString &label)
{
    m_diedLabel = label;
    update();
}

UnitGrid::Cells UnitGrid::cells() const
{
    Cells grid;
    grid.header = fontMetrics().height() + 4;
    if (m_depth <= 0 || m_width <= 0)
        return grid;
    grid.columnWidth = double(width()) / m_depth;
    const double available = height() - grid.header;
    grid.perColumn = m_width;
    while (grid.subColumns < m_width && available / grid.perColumn < grid.columnWidth / grid.subColumns * 0.45) {
        ++grid.subColumns;
        grid.perColumn = (m_width + grid.subColumns - 1) / grid.subColumns;
    }
    const double room = (grid.columnWidth - 8) / grid.subColumns;
    grid.cell = std::min(available / grid.perColumn, room);
    // Wider than tall where the column has room (up to 1.75 : 1): a death step needs width.
    grid.cellWidth = std::min(room, 1.75 * grid.cell);
    return grid;
}

QRectF UnitGrid::cellBox(const Cells &grid, int index) const
{
    const int layer = index / m_width;
    const int unit = index % m_width;
    const double blockWidth = grid.subColumns * grid.cellWidth;
    const double left = layer * grid.columnWidth + (grid.columnWidth - blockWidth) / 2;
    return QRectF(left + (unit / grid.perColumn) * grid.cellWidth + 1, grid.header + (unit % grid.perColumn) * grid.cell + 1,
                  grid.cellWidth - 2, grid.cell - 2);
}

QFont UnitGrid::diedAtFont() const
{
    QFont small = font();
    const double body = small.pointSizeF();
    if (body <= 0) // (a font sized in pixels keeps its size)
        return small;
    const Cells grid = cells();
    const double floor = 0.7 * body;
    double size = std::clamp(grid.cell * 0.28, floor, body);
    small.setPointSizeF(size);
    // Width grows with the type: shrink in proportion to what the widest label lacks.
    const QFontMetrics metrics(small, this);
    int widest = 0;
    for (const UnitState &state : m_units) {
        if (state.dead)
            widest = std::max(widest, metrics.horizontalAdvance(m_diedLabel.arg(state.diedAt)));
    }
    const double room = grid.cellWidth - 6; // the cell's box less the labels' margin
    if (widest > room)
        small.setPointSizeF(std::max(floor, size * room / widest));
    return small;
}

QList<UnitGrid::DiedAtLabel> UnitGrid::diedAtLabels() const
{
    QList<DiedAtLabel> labels;
    if (m_depth <= 0 || m_width <= 0 || m_units.size() != m_depth * m_width)
        return labels;
    const Cells grid = cells();
    const QFontMetrics metrics(diedAtFont(), this);
    for (int i = 0; i < m_units.size(); ++i) {
        if (!m_units.at(i).dead)
            continue;
        // The text's measured box, centred in the unit's cell with a little margin kept.
        const QString text = m_diedLabel.arg(m_units.at(i).diedAt);
        const QRectF cell = cellBox(grid, i).adjusted(2, 1, -2, -1);
        const QSize size(std::max(metrics.horizontalAdvance(text), metrics.boundingRect(text).width()), metrics.height());
        if (size.width() > cell.width() || size.height() > cell.height())
            continue; // crossed
        const QPointF topLeft = cell.center() - QPointF(size.width(), size.height()) / 2;
        labels.append({i, QRect(QPoint(int(std::lround(topLeft.x())), int(std::lround(topLeft.y()))), size), text});
    }
    return labels;
}

void UnitGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    painter.fillRect(rect(), p.color(QPalette::Window));
    if (m_depth <= 0 || m_width <= 0 || m_units.size() != m_depth * m_width)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const Cells grid = cells();
    const QColor bright = style::isDark(p) ? QColor(0xff, 0xd8, 0x4d) : QColor(0xf0, 0xb0, 0x00);
    const QColor empty = p.color(QPalette::Base);
    const QColor deadColor = style::isDark(p) ? QColor(0x20, 0x20, 0x20) : QColor(0x33, 0x33, 0x33);
    const QList<DiedAtLabel> labels = diedAtLabels();
    QList<bool> labelled(m_units.size(), false);
    for (const DiedAtLabel &label : labels)
        labelled[label.unit] = true;

    painter.setPen(p.color(QPalette::WindowText));
    for (int layer = 0; layer < m_depth; ++layer) {
        painter.drawText(QRectF(layer * grid.columnWidth, 0, grid.columnWidth, grid.header), Qt::AlignCenter,
                         metrics.elidedText(m_layerLabel.arg(layer + 1), Qt::ElideRight, int(grid.columnWidth)));
    }
    for (int i = 0; i < m_units.size(); ++i) {
        const UnitState &state = m_units.at(i);
        const QRectF box = cellBox(grid, i);
        if (state.dead) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(deadColor);
            painter.drawRoundedRect(box, 3, 3);
            if (!labelled.at(i)) {
                painter.setPen(QPen(QColor(0xe0, 0x40, 0x40), std::max(1.0, grid.cell / 14)));
                // A square cross, also in a cell wider than tall.
                const double side = std::min(box.width(), box.height()) * 0.6;
                const QRectF inner(box.center() - QPointF(side, side) / 2, QSizeF(side, side));
                painter.drawLine(inner.topLeft(), inner.bottomRight());
                painter.drawLine(inner.topRight(), inner.bottomLeft());
            }
        } else {
            painter.setPen(QPen(p.color(QPalette::Mid), 1));
            painter.setBrush(style::mixed(bright, empty, std::sqrt(state.activeShare)));
            painter.drawRoundedRect(box, 3, 3);
        }
    }
    painter.setFont(diedAtFont());
    painter.setPen(QColor(0xff, 0x9a, 0x9a));
    for (const DiedAtLabel &label : labels)
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
}

} // namespace relulab
