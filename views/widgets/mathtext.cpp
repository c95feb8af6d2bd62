#include "widgets/mathtext.h"

#include "widgets/largetext.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace relulab {
namespace {

using Node = MathText::Node;
using Nodes = QList<Node>;

// Proportions of the current size, the usual ones of printed math.
constexpr qreal kScriptScale = 0.72;    // superscripts
constexpr qreal kFractionScale = 0.82;  // numerator and denominator of an inline fraction
constexpr qreal kSuperscriptRise = 0.42;
constexpr qreal kAxisHeight = 0.30;     // where the fraction rule and the minus sign sit
constexpr qreal kRuleGap = 0.12;
constexpr qreal kRowGap = 0.18;
constexpr qreal kBraceWidth = 0.5;
constexpr qreal kColumnGap = 1.1;

bool isLatinLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isLowerGreek(QChar c)
{
    return c.unicode() >= 0x03B1 && c.unicode() <= 0x03C9;
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Nodes parseUntil(QChar end)
    {
        Nodes nodes;
        QString run;
        const auto flush = [&] {
            appendRun(run, &nodes);
            run.clear();
        };
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (!end.isNull() && c == end) {
                ++m_pos;
                break;
            }
            if (c == QLatin1Char('^') && peek(1) == QLatin1Char('{')) {
                flush();
                m_pos += 2;
                Node node;
                node.kind = Node::Kind::Superscript;
                node.parts.append(parseUntil(QLatin1Char('}')));
                nodes.append(node);
            } else if (c == QLatin1Char('\\') && (peek(1) == QLatin1Char('f') || peek(1) == QLatin1Char('c'))
                       && peek(2) == QLatin1Char('{')) {
                flush();
                Node node;
                node.kind = peek(1) == QLatin1Char('f') ? Node::Kind::Fraction : Node::Kind::Cases;
                m_pos += 2;
                while (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('{')) {
                    ++m_pos;
                    node.parts.append(parseUntil(QLatin1Char('}')));
                }
                nodes.append(node);
            } else {
                run.append(c);
                ++m_pos;
            }
        }
        flush();
        return nodes;
    }

private:
    QChar peek(int ahead) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }

    // Splits plain text into upright and italic runs.
    static void appendRun(const QString &text, Nodes *nodes)
    {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const bool loneLetter = isLatinLetter(c) && (i == 0 || !isLatinLetter(text.at(i - 1)))
                && (i + 1 == text.size() || !isLatinLetter(text.at(i + 1)));
            const bool italic = loneLetter || isLowerGreek(c);
            if (!nodes->isEmpty() && nodes->last().kind == Node::Kind::Run && nodes->last().italic == italic)
                nodes->last().text.append(c);
            else
                nodes->append(Node{Node::Kind::Run, QString(c), italic, {}});
        }
    }

    const QString &m_text;
    int m_pos = 0;
};

struct Box
{
    qreal width = 0.0;
    qreal ascent = 0.0;
    qreal descent = 0.0;
};

class Typesetter
{
public:
    Typesetter(const QFont &font, QPaintDevice *device) : m_font(font), m_device(device) {}

    QFont fontFor(qreal size, bool italic) const
    {
        QFont font = fontAtPoints(m_font, size, m_device);
        font.setItalic(italic);
        return font;
    }

    Box measure(const Nodes &nodes, qreal size) const
    {
        Box box;
        const PointMetrics metrics(fontFor(size, false), m_device);
        box.ascent = metrics.ascent();
        box.descent = metrics.descent();
        for (const Node &node : nodes) {
            const Box b = measure(node, size);
            box.width += b.width;
            box.ascent = std::max(box.ascent, b.ascent);
            box.descent = std::max(box.descent, b.descent);
        }
        return box;
    }

    Box measure(const Node &node, qreal size) const
    {
        switch (node.kind) {
        case Node::Kind::Run: {
            const PointMetrics metrics(fontFor(size, node.italic), m_device);
            // An italic letter leans into what follows: a little room keeps them apart.
            const qreal lean = node.italic ? 0.06 * size : 0.0;
            return {metrics.horizontalAdvance(node.text) + lean, metrics.ascent(), metrics.descent()};
        }
        case Node::Kind::Superscript: {
            const Box inner = measure(node.parts.value(0), size * kScriptScale);
            return {inner.width + 0.05 * size, inner.ascent + kSuperscriptRise * size, 0.0};
        }
        case Node::Kind::Fraction: {
            const qreal inner = size * kFractionScale;
            const Box top = measure(node.parts.value(0), inner);
            const Box bottom = measure(node.parts.value(1), inner);
            const qreal axis = kAxisHeight * size;
            const qreal gap = kRuleGap * size;
            return {std::max(top.width, bottom.width) + 0.3 * size,
                    axis + gap + top.descent + top.ascent,
                    std::max<qreal>(0.0, bottom.ascent + bottom.descent + gap - axis)};
        }
        case Node::Kind::Cases: {
            const CasesGeometry g = casesGeometry(node, size);
            return {g.width, g.top, g.bottom};
        }
        }
        return {};
    }

    qreal draw(QPainter *painter, const Nodes &nodes, qreal size, qreal x, qreal baseline) const
    {
        for (const Node &node : nodes)
            x += draw(painter, node, size, x, baseline);
        return x;
    }

    // Draws one node with its left edge at x; returns its width.
    qreal draw(QPainter *painter, const Node &node, qreal size, qreal x, qreal baseline) const
    {
        switch (node.kind) {
        case Node::Kind::Run:
            painter->setFont(fontFor(size, node.italic));
            drawPointText(painter, QPointF(x, baseline), node.text);
            return measure(node, size).width;
        case Node::Kind::Superscript:
            draw(painter, node.parts.value(0), size * kScriptScale, x + 0.03 * size, baseline - kSuperscriptRise * size);
            return measure(node, size).width;
        case Node::Kind::Fraction: {
            const qreal inner = size * kFractionScale;
            const Box top = measure(node.parts.value(0), inner);
            const Box bottom = measure(node.parts.value(1), inner);
            const Box whole = measure(node, size);
            const qreal axisY = baseline - kAxisHeight * size;
            const qreal gap = kRuleGap * size;
            draw(painter, node.parts.value(0), inner, x + (whole.width - top.width) / 2, axisY - gap - top.descent);
            draw(painter, node.parts.value(1), inner, x + (whole.width - bottom.width) / 2, axisY + gap + bottom.ascent);
            const qreal rule = 0.05 * size;
            painter->fillRect(QRectF(x + 0.1 * size, axisY - rule / 2, whole.width - 0.2 * size, rule), painter->pen().color());
            return whole.width;
        }
        case Node::Kind::Cases: {
            const CasesGeometry g = casesGeometry(node, size);
            const qreal top = baseline - g.top;
            const qreal bottom = baseline + g.bottom;
            drawBrace(painter, QRectF(x + 0.1 * size, top, kBraceWidth * size, bottom - top), size);
            qreal y = top;
            for (int row = 0; row + 1 < node.parts.size(); row += 2) {
                const Box expression = measure(node.parts[row], size);
                const Box condition = measure(node.parts[row + 1], size);
                const qreal rowAscent = std::max(expression.ascent, condition.ascent);
                const qreal rowDescent = std::max(expression.descent, condition.descent);
                const qreal rowBaseline = y + rowAscent;
                draw(painter, node.parts[row], size, x + g.expressionLeft, rowBaseline);
                draw(painter, node.parts[row + 1], size, x + g.conditionLeft, rowBaseline);
                y = rowBaseline + rowDescent + kRowGap * size;
            }
            return g.width;
        }
        }
        return 0.0;
    }

private:
    struct CasesGeometry
    {
        qreal width = 0.0;
        qreal top = 0.0;    // above the baseline
        qreal bottom = 0.0; // below the baseline
        qreal expressionLeft = 0.0;
        qreal conditionLeft = 0.0;
    };

    CasesGeometry casesGeometry(const Node &node, qreal size) const
    {
        CasesGeometry g;
        qreal expressionWidth = 0.0;
        qreal conditionWidth = 0.0;
        qreal height = 0.0;
        int rows = 0;
        for (int row = 0; row + 1 < node.parts.size(); row += 2) {
            const Box expression = measure(node.parts[row], size);
            const Box condition = measure(node.parts[row + 1], size);
            expressionWidth = std::max(expressionWidth, expression.width);
            conditionWidth = std::max(conditionWidth, condition.width);
            height += std::max(expression.ascent, condition.ascent) + std::max(expression.descent, condition.descent);
            ++rows;
        }
        height += std::max(0, rows - 1) * kRowGap * size;
        g.expressionLeft = (kBraceWidth + 0.35) * size;
        g.conditionLeft = g.expressionLeft + expressionWidth + kColumnGap * size;
        g.width = g.conditionLeft + conditionWidth + 0.1 * size;
        // Centred on the math axis, like a fraction.
        g.top = kAxisHeight * size + height / 2;
        g.bottom = height / 2 - kAxisHeight * size;
        return g;
    }

    static void drawBrace(QPainter *painter, const QRectF &r, qreal size)
    {
        const qreal mid = r.center().y();
        const qreal w = r.width();
        const qreal c = std::min(w, r.height() / 4);
        QPainterPath path(QPointF(r.right(), r.top()));
        path.quadTo(QPointF(r.left() + w / 2, r.top()), QPointF(r.left() + w / 2, r.top() + c));
        path.lineTo(QPointF(r.left() + w / 2, mid - c));
        path.quadTo(QPointF(r.left() + w / 2, mid), QPointF(r.left(), mid));
        path.quadTo(QPointF(r.left() + w / 2, mid), QPointF(r.left() + w / 2, mid + c));
        path.lineTo(QPointF(r.left() + w / 2, r.bottom() - c));
        path.quadTo(QPointF(r.left() + w / 2, r.bottom()), QPointF(r.right(), r.bottom()));
        painter->save();
        painter->setBrush(Qt::NoBrush);
        QPen pen(painter->pen().color(), 0.07 * size);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->drawPath(path);
        painter->restore();
    }

    QFont m_font;
    QPaintDevice *m_device = nullptr;
};

} // namespace

QFont fontAtPoints(QFont font, qreal points, const QPaintDevice *device)
{
    const int dpi = device ? device->logicalDpiY() : 72;
    font.setPointSizeF(points * kTextScale * 72.0 / (dpi > 0 ? dpi : 72));
    return font;
}

PointMetrics::PointMetrics(const QFont &font, QPaintDevice *device)
    : m_metrics(font, device)
{
}

qreal PointMetrics::ascent() const
{
    return m_metrics.ascent() / kTextScale;
}

qreal PointMetrics::descent() const
{
    return m_metrics.descent() / kTextScale;
}

qreal PointMetrics::height() const
{
    return m_metrics.height() / kTextScale;
}

qreal PointMetrics::horizontalAdvance(const QString &text) const
{
    return m_metrics.horizontalAdvance(text) / kTextScale;
}

void drawPointText(QPainter *painter, const QPointF &baseline, const QString &text)
{
    painter->save();
    painter->translate(baseline);
    painter->scale(1 / kTextScale, 1 / kTextScale);
    drawLargeText(painter, QPointF(0, 0), text);
    painter->restore();
}

void drawPointText(QPainter *painter, const QRectF &rect, int flags, const QString &text)
{
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(1 / kTextScale, 1 / kTextScale);
    painter->drawText(QRectF(QPointF(0, 0), rect.size() * kTextScale), flags, text);
    painter->restore();
}

MathText::MathText(const QString &markup, const QFont &baseFont, qreal pointSize)
    : m_font(baseFont)
    , m_size(pointSize)
{
    Parser parser(markup);
    m_nodes = parser.parseUntil(QChar());
}

qreal MathText::width(QPaintDevice *device) const
{
    return Typesetter(m_font, device).measure(m_nodes, m_size).width;
}

qreal MathText::ascent(QPaintDevice *device) const
{
    return Typesetter(m_font, device).measure(m_nodes, m_size).ascent;
}

qreal MathText::descent(QPaintDevice *device) const
{
    return Typesetter(m_font, device).measure(m_nodes, m_size).descent;
}

void MathText::draw(QPainter *painter, const QPointF &baseline) const
{
    painter->save();
    Typesetter(m_font, painter->device()).draw(painter, m_nodes, m_size, baseline.x(), baseline.y());
    painter->restore();
}

} // namespace relulab
