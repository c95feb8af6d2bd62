#include "widgets/wrappinglabel.h"

#include "widgets/largetext.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace relulab {
namespace {

// Wide enough for any label: the text's paragraphs each lie on one line.
constexpr double kUnbounded = 16777216.0;

// A space a line may end with (a no-break space binds its neighbours instead).
bool isBlank(QChar c)
{
    return c == QChar::LineSeparator || (c.isSpace() && c.decompositionTag() != QChar::NoBreak);
}

} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

bool WrappingLabel::isPlainWrappedText() const
{
    return wordWrap() && isPlainText();
}

bool WrappingLabel::isPlainText() const
{
    const QString &content = text();
    const bool plain = textFormat() == Qt::PlainText || (textFormat() == Qt::AutoText && !Qt::mightBeRichText(content));
    return plain && !buddy() && indent() < 0 && frameWidth() == 0
        && (textInteractionFlags() & ~Qt::LinksAccessibleByMouse) == 0 && !content.isEmpty()
        && !content.isRightToLeft()
        // Tabs, carriage returns and strings of length variants each have rules of their own.
        && !content.contains(u'\t') && !content.contains(u'\r') && !content.contains(QChar(0x9c));
}

void WrappingLabel::validate() const
{
    // QLabel::setText is not virtual: notice a new text here instead.
    if (m_valid && text() == m_shapedText)
        return;
    m_valid = true;
    m_shapedText = text();
    m_textSizes.clear();
    m_breaks.clear();
    m_lineText = m_shapedText;
    m_lineText.replace(u'\n', QChar::LineSeparator); // as QPainter does: a line break starts a new line
    const QString &shaped = m_lineText;

    // Shape once, each paragraph on one line: the pen position at every break point gives the
    // width of any run of words without shaping again.
    QTextLayout layout(shaped, font());
    layout.setCacheEnabled(true); // keep the glyphs for the pen positions below
    QTextOption option;
    option.setTextDirection(Qt::LeftToRight);
    layout.setTextOption(option);
    QList<QTextLine> paragraphs;
    double ascent = 0.0;
    double descent = 0.0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(kUnbounded);
        ascent = std::max(ascent, line.ascent());
        descent = std::max(descent, line.descent());
        paragraphs.append(line);
    }
    layout.endLayout();
    m_ascent = ascent;
    m_lineHeight = ascent + descent;

    // Where a line may break (true: must), in text order: where the Unicode line-breaking rules
    // allow it, after any run of spaces (as QTextLayout adds), and at the end.
    std::map<int, bool> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, shaped);
    for (int end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        if (reasons & (QTextBoundaryFinder::BreakOpportunity | QTextBoundaryFinder::MandatoryBreak))
            breaks[end] = reasons.testFlag(QTextBoundaryFinder::MandatoryBreak);
    }
    for (int i = 1; i < shaped.size(); ++i) {
        if (isBlank(shaped.at(i - 1)) && !isBlank(shaped.at(i)))
            breaks.try_emplace(i, false);
    }
    breaks[static_cast<int>(shaped.size())] = true;

    const QFontMetricsF metrics(font());
    int paragraph = 0;
    for (const auto &[end, mandatory] : breaks) {
        while (paragraph + 1 < paragraphs.size() && end > paragraphs.at(paragraph).textStart() + paragraphs.at(paragraph).textLength())
            ++paragraph;
        const QTextLine &line = paragraphs.at(paragraph);
        BreakPoint point;
        point.end = end;
        point.visibleEnd = end;
        while (point.visibleEnd > line.textStart() && isBlank(shaped.at(point.visibleEnd - 1)))
            --point.visibleEnd;
        const double start = line.cursorToX(line.textStart());
        point.x = line.cursorToX(std::min(end, line.textStart() + line.textLength())) - start;
        point.visibleX = line.cursorToX(point.visibleEnd) - start;
        // QTextLayout counts a glyph that reaches past its advance (the hook of an "f") as part
        // of the line's width when deciding whether a word still fits.
        if (point.visibleEnd > line.textStart())
            point.overhang = std::max(0.0, -metrics.rightBearing(shaped.at(point.visibleEnd - 1)));
        point.mandatory = mandatory;
        m_breaks.append(point);
    }
}

QList<WrappingLabel::Line> WrappingLabel::wrappedLines(double width) const
{
    validate();
    QList<Line> lines;
    int start = 0;
    double startX = 0.0;
    for (int i = 0; i < m_breaks.size(); ++i) {
        // The first word always goes on the line, then as many more as fit.
        int chosen = i;
        while (!m_breaks.at(chosen).mandatory && chosen + 1 < m_breaks.size()
               && m_breaks.at(chosen + 1).visibleX + m_breaks.at(chosen + 1).overhang - startX <= width)
            ++chosen;
        const BreakPoint &point = m_breaks.at(chosen);
        // As QTextLayout measures it: a line that ends in a space does not count the overhang.
        const double overhang = point.visibleEnd == point.end ? point.overhang : 0.0;
        lines.append({start, point.visibleEnd - start, point.visibleX + overhang - startX});
        start = point.end;
        startX = point.mandatory ? 0.0 : point.x;
        i = chosen;
    }
    return lines;
}

QList<double> WrappingLabel::lineTops(int lineCount, double *height) const
{
    // As QPainter places lines: separated by the font's leading, each starting on a whole pixel.
    const double leading = QFontMetricsF(font()).leading();
    QList<double> tops;
    double y = -leading;
    for (int i = 0; i < lineCount; ++i) {
        y = std::ceil(y + leading);
        tops.append(y);
        y += m_lineHeight;
    }
    *height = lineCount > 0 ? y : 0.0;
    return tops;
}

QSize WrappingLabel::textSize(int width) const
{
    validate();
    if (const std::optional<QSize> known = recall(m_textSizes, width))
        return *known;
    const QList<Line> lines = wrappedLines(std::max(0, width));
    double widest = 0.0;
    for (const Line &line : lines)
        widest = std::max(widest, line.width);
    double height = 0.0;
    lineTops(static_cast<int>(lines.size()), &height);
    const QSize size(static_cast<int>(std::ceil(widest)), static_cast<int>(std::ceil(height)));
    remember(&m_textSizes, width, size);
    return size;
}

std::optional<QSize> WrappingLabel::recall(const QList<Measured> &memory, int width)
{
    for (const Measured &measured : memory) {
        if (measured.width == width)
            return measured.size;
    }
    return std::nullopt;
}

void WrappingLabel::remember(QList<Measured> *memory, int width, const QSize &size)
{
    if (memory->size() >= kRemembered)
        memory->removeFirst();
    memory->append({width, size});
}

int WrappingLabel::extraWidth() const
{
    const QMargins margins = contentsMargins();
    return 2 * margin() + margins.left() + margins.right();
}

int WrappingLabel::extraHeight() const
{
    const QMargins margins = contentsMargins();
    return 2 * margin() + margins.top() + margins.bottom();
}

QSize WrappingLabel::sizeForWidth(int width) const
{
    // QLabel's own rules: without a width, try a line of about 80 average characters, then half
    // and a quarter of that while the text stays short.
    if (minimumWidth() > 0)
        width = std::max(width, minimumWidth());
    const bool tryWidth = width < 0;
    if (tryWidth)
        width = std::min(QFontMetrics(font()).averageCharWidth() * 80, maximumWidth());
    width -= extraWidth();
    QSize text = textSize(width);
    const int lineSpacing = QFontMetrics(font()).lineSpacing();
    if (tryWidth && text.height() < 4 * lineSpacing && text.width() > width / 2)
        text = textSize(width / 2);
    if (tryWidth && text.height() < 2 * lineSpacing && text.width() > width / 4)
        text = textSize(width / 4);
    return QSize(text.width() + extraWidth(), text.height() + extraHeight()).expandedTo(minimumSize());
}

void WrappingLabel::setReservedTexts(const QStringList &texts)
{
    if (texts == m_reserved)
        return;
    m_reserved = texts;
    m_reservedHeights.clear();
    updateGeometry();
}

int WrappingLabel::reservedHeight(int width) const
{
    if (m_reserved.isEmpty())
        return 0;
    if (const std::optional<QSize> known = recall(m_reservedHeights, width))
        return known->height();
    // Measured by a label like this one, so each text gets exactly the height it will have here.
    WrappingLabel measure;
    measure.setFont(font());
    measure.setTextFormat(textFormat());
    measure.setWordWrap(wordWrap());
    measure.setContentsMargins(contentsMargins());
    measure.setMargin(margin());
    measure.setIndent(indent());
    int tallest = 0;
    for (const QString &text : m_reserved) {
        measure.setText(text);
        tallest = std::max(tallest, measure.heightForWidth(width));
    }
    remember(&m_reservedHeights, width, QSize(width, tallest));
    return tallest;
}

int WrappingLabel::heightForWidth(int width) const
{
    if (!m_reserved.isEmpty())
        return std::max(reservedHeight(width), ownHeightForWidth(width));
    return ownHeightForWidth(width);
}

int WrappingLabel::ownHeightForWidth(int width) const
{
    if (isPlainWrappedText())
        return sizeForWidth(width).height();
    if (text() != m_fallbackText) {
        m_fallbackText = text();
        m_fallbackHeights.clear();
    }
    if (const std::optional<QSize> known = recall(m_fallbackHeights, width))
        return known->height();
    const int height = QLabel::heightForWidth(width);
    remember(&m_fallbackHeights, width, QSize(width, height));
    return height;
}

QSize WrappingLabel::sizeHint() const
{
    if (!isPlainWrappedText())
        return QLabel::sizeHint();
    ensurePolished();
    return sizeForWidth(-1);
}

QSize WrappingLabel::minimumSizeHint() const
{
    if (!isPlainWrappedText())
        return QLabel::minimumSizeHint();
    ensurePolished();
    // As narrow as the longest word, as short as the text on the fewest lines.
    const QSize preferred = sizeForWidth(-1);
    const int fewestLines = sizeForWidth(QWIDGETSIZE_MAX).height();
    return QSize(sizeForWidth(0).width(), std::min(fewestLines, preferred.height()));
}

void WrappingLabel::paintEvent(QPaintEvent *event)
{
    // Plain text that does not wrap is painted here too when its type is large (a readout's
    // value in a 4K presentation), as one line per paragraph where QLabel places it, so that it
    // goes through drawLargeText; small type stays QLabel's, which shapes it more cheaply.
    if (!isPlainText() || (!wordWrap() && !largetext::mayBeLarge(font(), this))) {
        QLabel::paintEvent(event);
        return;
    }
    const QRectF box = QRectF(contentsRect()).adjusted(margin(), margin(), -margin(), -margin());
    QList<Line> lines = wrappedLines(wordWrap() ? std::max<qreal>(0.0, box.width()) : kUnbounded);
    double height = 0.0;
    QList<double> tops = lineTops(static_cast<int>(lines.size()), &height);
    // Like QPainter, stop after the first line that reaches the bottom, and align what is left:
    // text too tall for the label keeps its first lines in view.
    for (int i = 0; i < lines.size(); ++i) {
        if (tops.at(i) + m_lineHeight >= box.height()) {
            lines.resize(i + 1);
            tops.resize(i + 1);
            height = tops.at(i) + m_lineHeight;
            break;
        }
    }

    const Qt::Alignment align = alignment();
    double top = box.top();
    if (align & Qt::AlignBottom)
        top += box.height() - height;
    else if (align & Qt::AlignVCenter)
        top += (box.height() - height) / 2.0;

    QPainter painter(this);
    painter.setFont(font());
    painter.setPen(QPen(palette().brush(foregroundRole()), 1.0));
    painter.setClipRect(box, Qt::IntersectClip); // a word wider than the label stops at its edge
    for (int i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        double left = box.left();
        if (align & Qt::AlignRight)
            left += box.width() - line.width;
        else if (align & Qt::AlignHCenter)
            left += (box.width() - line.width) / 2.0;
        drawLargeText(&painter, QPointF(left, top + tops.at(i) + m_ascent), m_lineText.mid(line.start, line.length));
    }
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        m_valid = false; // shaped in the old font
        m_fallbackHeights.clear();
        m_reservedHeights.clear();
        break;
    case QEvent::ContentsRectChange:
        m_fallbackHeights.clear(); // (the shaped text's sizes do not include the margins)
        m_reservedHeights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace relulab
