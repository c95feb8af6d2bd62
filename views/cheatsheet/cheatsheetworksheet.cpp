#include "cheatsheet/cheatsheetworksheet.h"

#include "cheatsheet/cheatsheetfacts.h"
#include "cheatsheet/cheatsheettype.h"
#include "widgets/mathtext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace relulab {

using namespace sheet;

namespace {
constexpr qreal kCellGap = 4.0;
constexpr qreal kTableGap = 14.0;
constexpr qreal kMarkerWidth = 4.0;
constexpr qreal kWideTables = 600.0; // two tables side by side from this width on (landscape)
constexpr qreal kMinimumCellWidth = 28.0; // about 1 cm: room for a handwritten "−0.13"

// The row labels' column: at least an eighth of the table, and as wide as the widest label (bold,
// with the marker) where that takes at most a fifth of it: a label on two lines is taller than the
// least row height. Else as wide as the widest word, so a label wraps between words only
// ("Leaky / ReLU").
qreal labelWidth(QPaintDevice *device, const QStringList &labels, const QList<QColor> &colors, qreal tableWidth)
{
    QFont font = fontAtPoints(baseFont(false), kSmallSize, device);
    font.setBold(true);
    const PointMetrics metrics(font, device);
    qreal widestWord = 0.0;
    qreal widestLabel = 0.0;
    for (int r = 0; r < labels.size(); ++r) {
        const qreal marker = colors[r].isValid() ? kMarkerWidth + 3 : 0.0;
        for (const QString &word : labels[r].split(QLatin1Char(' ')))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word) + marker);
        widestLabel = std::max(widestLabel, metrics.horizontalAdvance(labels[r]) + marker);
    }
    const qreal oneLine = widestLabel + kCellGap + 1;
    return std::max({tableWidth / 8, widestWord + kCellGap + 1, oneLine <= tableWidth / 5 ? oneLine : 0.0});
}

// A label with its family's colour as a small bar in front, as in the at-a-glance table.
qreal labelWithMarker(QPainter *painter, QPaintDevice *device, const QString &text, const QColor &color,
                      const TextStyle &style, const QPointF &topLeft, qreal width)
{
    qreal indent = 0.0;
    if (color.isValid()) {
        indent = kMarkerWidth + 3;
        if (painter)
            painter->fillRect(QRectF(topLeft.x(), topLeft.y() + 1.5, kMarkerWidth, style.size), color);
    }
    return wrappedText(painter, device, text, style, topLeft + QPointF(indent, 0), width - indent);
}
} // namespace

CheatSheetWorksheet::CheatSheetWorksheet(const QList<Family> &families, const QLocale &locale)
    : m_families(families)
    , m_locale(locale)
{
    // Inputs on both sides of every zone; with few families there is room for the points
    // close to 0, where the smooth families differ most.
    m_inputs = inputsAreRows() ? QList<double>{-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 3.0}
                               : QList<double>{-3.0, -1.0, 0.0, 1.0, 3.0};
}

CheatSheetWorksheet::Grid CheatSheetWorksheet::grid(bool nearZeroOnly) const
{
    Grid grid;
    for (double x : m_inputs) {
        if (nearZeroOnly && std::abs(x) > 1.0)
            continue;
        (inputsAreRows() ? grid.rowLabels : grid.groups).append(QStringLiteral("x = %1").arg(CheatSheetFacts::number(x, m_locale)));
        (inputsAreRows() ? grid.rowColors : grid.groupColors).append(QColor());
    }
    for (const Family &family : m_families) {
        (inputsAreRows() ? grid.groups : grid.rowLabels).append(family.name);
        (inputsAreRows() ? grid.groupColors : grid.rowColors).append(family.color);
    }
    return grid;
}

qreal CheatSheetWorksheet::cellWidth(QPaintDevice *device, qreal width, const Shape &shape) const
{
    const Grid cells = grid(shape.nearZeroOnly);
    const qreal tableWidth = (width - 2 * kPadding - (shape.tables - 1) * kTableGap) / shape.tables;
    const qreal labels = labelWidth(device, cells.rowLabels, cells.rowColors, tableWidth);
    return (tableWidth - labels) / std::max<qsizetype>(1, cells.groups.size()) / 2;
}

CheatSheetWorksheet::Shape CheatSheetWorksheet::shapeFor(QPaintDevice *device, qreal width, qreal height) const
{
    QList<Shape> shapes = {Shape{0.0, 1, false}};
    if (width >= kWideTables)
        shapes.append(Shape{0.0, 2, false});
    if (!inputsAreRows())
        shapes.append(Shape{0.0, 1, true});
    if (width >= kWideTables) // the least: a wide page's last room, below a row of bands
        shapes.append(Shape{0.0, 2, true});
    for (Shape shape : shapes) {
        if (cellWidth(device, width, shape) < kMinimumCellWidth)
            continue;
        const qreal fixed = draw(nullptr, device, QRectF(0, 0, width, height), shape);
        const qsizetype rowCount = grid(shape.nearZeroOnly).rowLabels.size();
        const qsizetype rows = (rowCount + shape.tables - 1) / shape.tables;
        shape.rowHeight = std::min(kMaximumRowHeight, (height - fixed) / std::max<qsizetype>(1, rows));
        if (shape.rowHeight >= kMinimumRowHeight)
            return shape;
    }
    return Shape();
}

qreal CheatSheetWorksheet::smallestHeight(QPaintDevice *device, qreal width) const
{
    // On a wide page two tables of the inputs near 0; on a narrow one fewer inputs keep the rows
    // as they are.
    const bool wide = width >= kWideTables;
    return draw(nullptr, device, QRectF(0, 0, width, 0), Shape{kMinimumRowHeight, wide ? 2 : 1, wide});
}

qreal CheatSheetWorksheet::largestHeight(QPaintDevice *device, qreal width) const
{
    return draw(nullptr, device, QRectF(0, 0, width, 0), Shape{kMaximumRowHeight, 1});
}

qreal CheatSheetWorksheet::draw(QPainter *painter, QPaintDevice *device, const QRectF &rect, const Shape &shape) const
{
    const QRectF inner = rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    qreal y = inner.top();
    TextStyle title;
    title.size = kBodySize + 2;
    title.bold = true;
    y += wrappedText(painter, device, tr("Your turn: predict, then check"), title, inner.topLeft(), inner.width()) + 4;
    QString instruction = tr("Before you move the probe, write down what you expect: the output f(x) and the slope "
                             "f′(x) at each input. Then type each x into Probe x in the lab and compare.");
    if (std::any_of(m_families.cbegin(), m_families.cend(), [](const Family &family) { return family.kinkAtZero; }))
        instruction += QLatin1Char(' ') + tr("Where a slope jumps at x = 0, which side's slope does the lab report there?");
    y += wrappedText(painter, device, instruction, TextStyle(), QPointF(inner.left(), y), inner.width()) + 6;

    const Grid cells = grid(shape.nearZeroOnly);
    const int tables = std::max(1, shape.tables);
    const int rowCount = cells.rowLabels.size();
    const int perTable = (rowCount + tables - 1) / tables;
    const qreal tableWidth = (inner.width() - (tables - 1) * kTableGap) / tables;
    qreal tableHeight = 0.0;
    for (int t = 0; t < tables; ++t) {
        const QRectF table(inner.left() + t * (tableWidth + kTableGap), y, tableWidth, 0);
        tableHeight = std::max(tableHeight, drawTable(painter, device, cells, table, t * perTable,
                                                      std::min(rowCount, (t + 1) * perTable), shape.rowHeight));
    }
    const qreal height = y + tableHeight - rect.top() + kPadding;
    if (painter) {
        painter->save();
        painter->setPen(QPen(kRule, 0.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect.topLeft(), QSizeF(rect.width(), height)), 4, 4);
        painter->restore();
    }
    return height;
}

qreal CheatSheetWorksheet::drawTable(QPainter *painter, QPaintDevice *device, const Grid &grid, const QRectF &rect,
                                     int firstRow, int endRow, qreal rowHeight) const
{
    // Columns: the row labels, then a pair of blank cells (output, slope) per group.
    const qreal labels = labelWidth(device, grid.rowLabels, grid.rowColors, rect.width());
    const qreal groupWidth = (rect.width() - labels) / std::max<qreal>(1, grid.groups.size());
    TextStyle headerStyle;
    headerStyle.size = kSmallSize;
    headerStyle.bold = true;
    headerStyle.color = kHeading;
    TextStyle subStyle = headerStyle;
    subStyle.bold = false;
    subStyle.italic = true;

    qreal y = rect.top();
    qreal headerHeight = 0.0;
    qreal subHeight = 0.0;
    for (int g = 0; g < grid.groups.size(); ++g) {
        const qreal x = rect.left() + labels + g * groupWidth + kCellGap;
        headerHeight = std::max(headerHeight, labelWithMarker(painter, device, grid.groups[g], grid.groupColors[g], headerStyle,
                                                              QPointF(x, y), groupWidth - 2 * kCellGap));
    }
    for (int g = 0; g < grid.groups.size(); ++g) {
        const qreal x = rect.left() + labels + g * groupWidth + kCellGap;
        const qreal top = y + headerHeight + 2;
        subHeight = std::max(subHeight, wrappedText(painter, device, QStringLiteral("f(x)"), subStyle, QPointF(x, top),
                                                    groupWidth / 2 - kCellGap));
        wrappedText(painter, device, QStringLiteral("f′(x)"), subStyle, QPointF(x + groupWidth / 2, top),
                    groupWidth / 2 - kCellGap);
    }
    const qreal tableTop = y + headerHeight + 2 + subHeight + 3;
    y = tableTop;

    TextStyle rowStyle;
    rowStyle.size = kSmallSize;
    rowStyle.bold = true;
    for (int r = firstRow; r < endRow; ++r) {
        // The label sits in the upper part of its row, leaving the cells' lower part to write in.
        labelWithMarker(painter, device, grid.rowLabels[r], grid.rowColors[r], rowStyle, QPointF(rect.left(), y + 3),
                        labels - kCellGap);
        y += rowHeight;
        if (painter) {
            painter->setPen(QPen(kRule, 0.5));
            painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        }
    }
    if (painter) {
        painter->save();
        painter->setPen(QPen(kRule, 0.6));
        painter->drawLine(QPointF(rect.left(), tableTop), QPointF(rect.right(), tableTop));
        for (int g = 0; g < grid.groups.size(); ++g) {
            const qreal x = rect.left() + labels + g * groupWidth;
            painter->setPen(QPen(kRule, 0.6));
            painter->drawLine(QPointF(x, rect.top()), QPointF(x, y));
            painter->setPen(QPen(kRule.lighter(112), 0.4, Qt::DashLine));
            painter->drawLine(QPointF(x + groupWidth / 2, tableTop - subHeight - 3), QPointF(x + groupWidth / 2, y));
        }
        painter->restore();
    }
    return y - rect.top();
}

} // namespace relulab
