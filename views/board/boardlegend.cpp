#include "board/boardlegend.h"

#include "widgets/labstyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace relulab {
namespace {

constexpr int kPadding = 8;
constexpr int kSwatchWidth = 22;
constexpr int kSwatchGap = 7;
constexpr int kSpacing = 6;
constexpr qreal kRadius = 5.0;

QString separator()
{
    return QStringLiteral(" — ");
}

} // namespace

BoardLegendEntry::BoardLegendEntry(const QString &familyId, QWidget *parent)
    : QAbstractButton(parent)
    , m_familyId(familyId)
{
    setCheckable(true);
    // Reached by Tab, not taken by a click: after clicking an entry, Space still steps the lesson.
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover); // repaint the hover tint on enter and leave
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void BoardLegendEntry::setLabel(const QString &name, const QString &tagline)
{
    m_name = name;
    m_tagline = tagline;
    m_widths = {};
    setText(tagline.isEmpty() ? name : name + separator() + tagline);
    setAccessibleName(text());
    setToolTip(text()); // the whole line, also where the legend has room for the name only
    m_sizeHint = QSize();
    updateGeometry();
    update();
}

QFont BoardLegendEntry::nameFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

void BoardLegendEntry::setTaglineShown(bool shown)
{
    if (shown == m_taglineShown)
        return;
    m_taglineShown = shown;
    m_sizeHint = QSize();
    updateGeometry();
    update();
}

int BoardLegendEntry::widthFor(bool withTagline) const
{
    if (!m_widths[withTagline]) {
        // The name is always bold and the tagline never, so selecting an entry keeps the layout.
        const int textWidth = QFontMetrics(nameFont()).horizontalAdvance(m_name)
            + (withTagline && !m_tagline.isEmpty() ? fontMetrics().horizontalAdvance(separator() + m_tagline) : 0);
        m_widths[withTagline] = 2 * kPadding + kSwatchWidth + kSwatchGap + textWidth;
    }
    return m_widths[withTagline];
}

QSize BoardLegendEntry::sizeHint() const
{
    if (m_sizeHint.isValid())
        return m_sizeHint;
    m_sizeHint = QSize(widthFor(m_taglineShown), QFontMetrics(nameFont()).height() + 2 * (kPadding - 2));
    return m_sizeHint;
}

QSize BoardLegendEntry::minimumSizeHint() const
{
    return sizeHint();
}

void BoardLegendEntry::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.0, 1.0, -1.0, -1.0);
    const QColor color = style::familyColor(m_familyId, palette());

    if (isChecked() || isDown() || underMouse()) {
        QColor fill = color;
        fill.setAlpha(isChecked() ? (style::isDark(palette()) ? 70 : 45) : 22);
        painter.setBrush(fill);
        painter.setPen(isChecked() ? QPen(color, 1.5) : Qt::NoPen);
        painter.drawRoundedRect(frame, kRadius, kRadius);
    }
    if (hasFocus()) {
        // Dashed and without fill, so focus never reads as a second selected family.
        QPen focusPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5));
    }

    const qreal middle = height() / 2.0;
    painter.setPen(QPen(color, isChecked() ? 5.0 : 3.0, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(kPadding + 2, middle), QPointF(kPadding + kSwatchWidth - 2, middle));

    const QColor textColor = palette().color(QPalette::WindowText);
    painter.setPen(textColor);
    int x = kPadding + kSwatchWidth + kSwatchGap;
    const QFont bold = nameFont();
    painter.setFont(bold);
    const QRect textRect(x, 0, width() - x, height());
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, m_name);
    if (m_tagline.isEmpty() || !m_taglineShown)
        return;
    x += QFontMetrics(bold).horizontalAdvance(m_name);
    painter.setFont(font());
    painter.drawText(QRect(x, 0, width() - x, height()), Qt::AlignLeft | Qt::AlignVCenter, separator() + m_tagline);
}

void BoardLegendEntry::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        event->accept();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void BoardLegendEntry::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_sizeHint = QSize();
        m_widths = {};
        updateGeometry();
    }
    QAbstractButton::changeEvent(event);
}

BoardLegend::BoardLegend(const QStringList &familyIds, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    m_group->setExclusive(true);
    for (const QString &id : familyIds) {
        auto *entry = new BoardLegendEntry(id, this);
        entry->setLabel(id, QString());
        m_group->addButton(entry);
        m_entries.insert(id, entry);
        m_order.append(entry);
        m_listed.append(id);
        connect(entry, &QAbstractButton::clicked, this, [this, id] { emit familyActivated(id); });
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void BoardLegend::setSelectedFamily(const QString &familyId)
{
    if (BoardLegendEntry *selected = m_entries.value(familyId))
        selected->setChecked(true);
    arrange(width(), true); // where only one tagline fits, it is the selected family's
}

void BoardLegend::setListedFamilies(const QStringList &familyIds)
{
    QStringList listed;
    for (const BoardLegendEntry *entry : std::as_const(m_order)) {
        if (familyIds.contains(entry->familyId()))
            listed.append(entry->familyId());
    }
    if (listed == m_listed)
        return;
    m_listed = listed;
    for (BoardLegendEntry *entry : std::as_const(m_order))
        entry->setHidden(!isListed(entry));
    updateGeometry();
    arrange(width(), true);
}

bool BoardLegend::isListed(const BoardLegendEntry *entry) const
{
    return m_listed.contains(entry->familyId());
}

QString BoardLegend::selectedFamily() const
{
    const auto *checked = qobject_cast<BoardLegendEntry *>(m_group->checkedButton());
    return checked ? checked->familyId() : QString();
}

int BoardLegend::heightForWidth(int width) const
{
    return arrange(width, false);
}

QSize BoardLegend::sizeHint() const
{
    int width = 0;
    for (const BoardLegendEntry *entry : m_order) {
        if (isListed(entry))
            width += entry->sizeHint().width() + kSpacing;
    }
    width = std::max(0, width - kSpacing);
    return QSize(width, arrange(width, false));
}

QSize BoardLegend::minimumSizeHint() const
{
    // As narrow as the widest entry; as short as one row. How many rows it really needs follows
    // its width (heightForWidth): counting every row here would make a lab page that fits a
    // 768-pixel screen ask for a scroll bar.
    int width = 0;
    for (const BoardLegendEntry *entry : m_order) {
        if (isListed(entry))
            width = std::max(width, entry->sizeHint().width());
    }
    return QSize(width, arrange(QWIDGETSIZE_MAX, false));
}

void BoardLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width(), true);
}

bool BoardLegend::event(QEvent *event)
{
    // An entry's text or font changed: its size hint did too.
    if (event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        arrange(width(), true);
    }
    return QWidget::event(event);
}

BoardLegend::Taglines BoardLegend::taglinesFor(int width) const
{
    // One row if at all possible: every tagline, else the selected family's, else names only.
    for (Taglines taglines : {Taglines::All, Taglines::SelectedOnly}) {
        int total = -kSpacing;
        for (const BoardLegendEntry *entry : m_order) {
            if (isListed(entry))
                total += kSpacing + entry->widthFor(showsTagline(entry, taglines));
        }
        if (total <= width)
            return taglines;
    }
    return Taglines::None;
}

bool BoardLegend::showsTagline(const BoardLegendEntry *entry, Taglines taglines)
{
    return taglines == Taglines::All || (taglines == Taglines::SelectedOnly && entry->isChecked());
}

int BoardLegend::arrange(int width, bool apply) const
{
    const Taglines taglines = taglinesFor(width);
    // Greedy rows, each centred: reads like a sentence and keeps short rows balanced.
    QList<QList<BoardLegendEntry *>> rows;
    int rowWidth = 0;
    for (BoardLegendEntry *entry : m_order) {
        if (!isListed(entry)) // a family outside the comparison set
            continue;
        if (apply)
            entry->setTaglineShown(showsTagline(entry, taglines));
        const int entryWidth = entry->widthFor(showsTagline(entry, taglines));
        if (rows.isEmpty() || (rowWidth + kSpacing + entryWidth > width && !rows.last().isEmpty())) {
            rows.append(QList<BoardLegendEntry *>());
            rowWidth = -kSpacing;
        }
        rows.last().append(entry);
        rowWidth += kSpacing + entryWidth;
    }
    int y = 0;
    for (const QList<BoardLegendEntry *> &row : rows) {
        int total = -kSpacing;
        int rowHeight = 0;
        for (const BoardLegendEntry *entry : row) {
            total += kSpacing + entry->widthFor(showsTagline(entry, taglines));
            rowHeight = std::max(rowHeight, entry->sizeHint().height());
        }
        int x = std::max(0, (width - total) / 2);
        for (BoardLegendEntry *entry : row) {
            const QSize hint(entry->widthFor(showsTagline(entry, taglines)), entry->sizeHint().height());
            if (apply)
                entry->setGeometry(x, y + (rowHeight - hint.height()) / 2, std::min(hint.width(), width), hint.height());
            x += hint.width() + kSpacing;
        }
        y += rowHeight + kSpacing;
    }
    return std::max(0, y - kSpacing);
}

} // namespace relulab
