#include "board/axislabels.h"

#include "board/chartgrid.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

// From the plot area's edge to the text: the axis line (a pixel), its tick marks, a gap.
constexpr double kToText = 1.0 + ChartGrid::kTickLength + AxisLabels::kTickGap;
// Between the title and the chart's outer edge.
constexpr double kOuterPadding = 2.0;

QStaticText preparedText(const QString &text, const QFont &font)
{
    QStaticText prepared(text);
    prepared.setTextFormat(Qt::PlainText);
    prepared.setPerformanceHint(QStaticText::AggressiveCaching);
    prepared.prepare(QTransform(), font);
    return prepared;
}

} // namespace

AxisLabels::AxisLabels(Edge edge, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_edge(edge)
{
    // Paint only the labels a repaint actually exposes (a probe marker near the edge, say).
    setFlag(QGraphicsItem::ItemUsesExtendedStyleOption);
}

void AxisLabels::setTicks(const QList<AxisTick> &ticks)
{
    if (ticks == m_ticks)
        return;
    m_ticks = ticks;
    prepareLabels();
}

void AxisLabels::setTitle(const QString &title, const QString &shortTitle)
{
    m_title = title;
    m_shortTitle = shortTitle;
    prepareTitle(title);
}

void AxisLabels::setFonts(const QFont &labelFont, const QFont &titleFont)
{
    m_labelFont = labelFont;
    m_titleFont = titleFont;
    prepareLabels();
    prepareTitle(m_title);
}

void AxisLabels::setTitleAtEnd(bool atEnd)
{
    m_titleAtEnd = atEnd && m_edge == Edge::Bottom;
}

void AxisLabels::setColor(const QColor &color)
{
    m_color = color;
    update();
}

void AxisLabels::prepareLabels()
{
    m_labels.clear();
    for (const AxisTick &tick : std::as_const(m_ticks))
        m_labels.append(preparedText(tick.text, m_labelFont));
}

void AxisLabels::prepareTitle(const QString &text)
{
    m_shownTitle = preparedText(text, m_titleFont);
}

double AxisLabels::labelExtent() const
{
    if (m_edge == Edge::Bottom)
        return QFontMetricsF(m_labelFont).height();
    double widest = 0.0;
    for (const QStaticText &label : m_labels)
        widest = std::max(widest, label.size().width());
    return widest;
}

double AxisLabels::thickness() const
{
    if (!isVisible())
        return 0.0;
    double room = kToText + labelExtent() + kOuterPadding;
    if (!m_title.isEmpty() && !m_titleAtEnd)
        room += kTitleGap + QFontMetricsF(m_titleFont).height();
    return room;
}

double AxisLabels::thicknessFor(const QString &label) const
{
    if (!isVisible())
        return 0.0;
    const double extra = QFontMetricsF(m_labelFont).horizontalAdvance(label) - labelExtent();
    return thickness() + std::max(0.0, extra);
}

double AxisLabels::overhangBefore() const
{
    if (!isVisible() || m_labels.isEmpty())
        return 0.0;
    // The first label belongs to the lowest value: the left end of an x axis, the bottom of a y axis.
    const QSizeF size = m_labels.first().size();
    return (m_edge == Edge::Bottom ? size.width() : size.height()) / 2.0;
}

double AxisLabels::overhangAfter() const
{
    if (!isVisible() || m_labels.isEmpty())
        return 0.0;
    const QSizeF size = m_labels.last().size();
    if (m_titleAtEnd && !m_title.isEmpty())
        return size.width() / 2.0 + titleAtEndGap() + QFontMetricsF(m_titleFont).horizontalAdvance(m_title);
    return (m_edge == Edge::Bottom ? size.width() : size.height()) / 2.0;
}

double AxisLabels::titleAtEndGap() const
{
    return QFontMetricsF(m_labelFont).averageCharWidth();
}

void AxisLabels::place(const QRectF &plotArea, const QRectF &chartArea, const QList<double> &positions)
{
    QList<QRectF> rects;
    QRectF bounds;
    const int count = static_cast<int>(std::min(positions.size(), m_labels.size()));
    for (int i = 0; i < count; ++i) {
        const QSizeF size = m_labels.at(i).size();
        // Whole pixels keep the digits as crisp as the grid beside them.
        QPointF topLeft;
        if (m_edge == Edge::Bottom)
            topLeft = QPointF(std::round(positions.at(i) - size.width() / 2.0), std::round(plotArea.bottom() + kToText));
        else
            topLeft = QPointF(std::round(plotArea.left() - kToText - size.width()), std::round(positions.at(i) - size.height() / 2.0));
        rects.append(QRectF(topLeft, size));
        bounds |= rects.last();
    }

    // The title is centred on the plot area; a long one may use the chart's margins along the
    // axis too, then gives way to its short form; only what still does not fit is elided.
    const bool bottom = m_edge == Edge::Bottom;
    const double room = std::max(0.0, (bottom ? chartArea.width() : chartArea.height()) - 2.0 * kOuterPadding);
    const QFontMetricsF titleMetrics(m_titleFont);
    const bool fits = titleMetrics.horizontalAdvance(m_title) <= room;
    const QString wanted = fits || m_shortTitle.isEmpty() ? m_title : m_shortTitle;
    const QString shown = m_titleAtEnd ? m_title : titleMetrics.elidedText(wanted, Qt::ElideRight, room);
    if (shown != m_shownTitle.text())
        prepareTitle(shown);
    const QSizeF titleSize = m_shownTitle.size();
    const double length = titleSize.width();
    const double low = (bottom ? chartArea.left() : chartArea.top()) + kOuterPadding;
    const double high = (bottom ? chartArea.right() : chartArea.bottom()) - kOuterPadding;
    const double centre = bottom ? plotArea.center().x() : plotArea.center().y();
    const double start = std::round(std::max(low, std::min(centre - length / 2.0, high - length)));
    const double labelRoom = kToText + labelExtent() + kTitleGap;
    QRectF title;
    if (m_titleAtEnd) {
        // Past the last label, on its row; its text's baseline is the labels'.
        const double lastHalf = m_labels.isEmpty() ? 0.0 : m_labels.last().size().width() / 2.0;
        const double lineShift = QFontMetricsF(m_labelFont).ascent() - QFontMetricsF(m_titleFont).ascent();
        title = QRectF(QPointF(std::round(plotArea.right() + lastHalf + titleAtEndGap()),
                               std::round(plotArea.bottom() + kToText + lineShift)),
                       titleSize);
    } else if (bottom) {
        title = QRectF(QPointF(start, std::round(plotArea.bottom() + labelRoom)), titleSize);
    } else {
        // Upright: the text runs bottom to top, so its box is the size turned on its side.
        const QSizeF upright(titleSize.height(), titleSize.width());
        title = QRectF(QPointF(std::round(plotArea.left() - labelRoom - upright.width()), start), upright);
    }
    if (!shown.isEmpty())
        bounds |= title;

    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    m_labelRects = rects;
    m_titleRect = title;
    update();
}

QRectF AxisLabels::boundingRect() const
{
    return m_bounds;
}

void AxisLabels::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setPen(m_color);
    painter->setFont(m_labelFont);
    for (int i = 0; i < m_labelRects.size(); ++i) {
        if (m_labelRects.at(i).intersects(option->exposedRect))
            painter->drawStaticText(m_labelRects.at(i).topLeft(), m_labels.at(i));
    }
    if (m_shownTitle.text().isEmpty() || !m_titleRect.intersects(option->exposedRect))
        return;
    painter->setFont(m_titleFont);
    if (m_edge == Edge::Bottom) {
        painter->drawStaticText(m_titleRect.topLeft(), m_shownTitle);
        return;
    }
    // Turned a quarter anticlockwise: the text's top faces the chart's left edge.
    painter->save();
    painter->translate(m_titleRect.bottomLeft());
    painter->rotate(-90.0);
    painter->drawStaticText(QPointF(0.0, 0.0), m_shownTitle);
    painter->restore();
}

} // namespace relulab
