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
    grid.cell = std::min(available / grid.perColumn, (grid.columnWidth - 8) / grid.subColumns);
    return grid;
}

QFont UnitGrid::diedAtFont() const
{
    QFont small = font();
    const double body = small.pointSizeF();
    if (body > 0) // (a font sized in pixels keeps its size)
        small.setPointSizeF(std::clamp(cells().cell * 0.28, 0.7 * body, body));
    return small;
}

bool UnitGrid::showsDiedAt() const
{
    return QFontMetrics(diedAtFont()).horizontalAdvance(m_diedLabel.arg(9999)) < cells().cell - 2;
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
    const int header = grid.header;
    const double columnWidth = grid.columnWidth;
    const int perColumn = grid.perColumn;
    const int subColumns = grid.subColumns;
    const double cell = grid.cell;
    const QColor bright = style::isDark(p) ? QColor(0xff, 0xd8, 0x4d) : QColor(0xf0, 0xb0, 0x00);
    const QColor empty = p.color(QPalette::Base);
    const QColor deadColor = style::isDark(p) ? QColor(0x20, 0x20, 0x20) : QColor(0x33, 0x33, 0x33);
    const QFont small = diedAtFont();
    const bool roomForText = showsDiedAt();

    for (int layer = 0; layer < m_depth; ++layer) {
        const double left = layer * columnWidth;
        painter.setPen(p.color(QPalette::WindowText));
        painter.setFont(font());
        painter.drawText(QRectF(left, 0, columnWidth, header), Qt::AlignCenter,
                         metrics.elidedText(m_layerLabel.arg(layer + 1), Qt::ElideRight, int(columnWidth)));
        const double blockWidth = subColumns * cell;
        for (int unit = 0; unit < m_width; ++unit) {
            const UnitState &state = m_units.at(layer * m_width + unit);
            const int sub = unit / perColumn;
            const int row = unit % perColumn;
            const QRectF box(left + (columnWidth - blockWidth) / 2 + sub * cell + 1, header + row * cell + 1,
                             cell - 2, cell - 2);
            if (state.dead) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(deadColor);
                painter.drawRoundedRect(box, 3, 3);
                painter.setPen(QPen(QColor(0xe0, 0x40, 0x40), std::max(1.0, cell / 14)));
                const QRectF inner = box.adjusted(cell * 0.2, cell * 0.2, -cell * 0.2, -cell * 0.2);
                if (roomForText) {
                    painter.setFont(small);
                    painter.setPen(QColor(0xff, 0x9a, 0x9a));
                    painter.drawText(box, Qt::AlignCenter, m_diedLabel.arg(state.diedAt));
                } else {
                    painter.drawLine(inner.topLeft(), inner.bottomRight());
                    painter.drawLine(inner.topRight(), inner.bottomLeft());
                }
            } else {
                painter.setPen(QPen(p.color(QPalette::Mid), 1));
                painter.setBrush(style::mixed(bright, empty, std::sqrt(state.activeShare)));
                painter.drawRoundedRect(box, 3, 3);
            }
        }
    }
}

} // namespace relulab
