#include "board/boardlegend.h"

#include "widgets/labstyle.h"

#include <QButtonGroup>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
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
    emit measuresChanged();
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
        m_widths[withTagline] = 2 * kPadding + qRound(kSwatchWidth * style::typeScale(this)) + kSwatchGap + textWidth;
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

    const qreal scale = style::typeScale(this);
    if (isChecked() || isDown() || underMouse()) {
        QColor fill = color;
        fill.setAlpha(isChecked() ? (style::isDark(palette()) ? 70 : 45) : 22);
        painter.setBrush(fill);
        painter.setPen(isChecked() ? QPen(color, 1.5 * scale) : Qt::NoPen);
        painter.drawRoundedRect(frame, kRadius * scale, kRadius * scale);
    }
    if (hasFocus()) {
        // Dashed and without fill, so focus never reads as a second selected family.
        QPen focusPen(palette().color(QPalette::Highlight), 1.5 * scale, Qt::DashLine);
        painter.setPen(focusPen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5));
    }

    // The swatch grows with the type, as the curves it stands for do.
    const qreal middle = height() / 2.0;
    painter.setPen(QPen(color, (isChecked() ? 5.0 : 3.0) * scale, Qt::SolidLine, Qt::RoundCap));
    const qreal swatchWidth = qRound(kSwatchWidth * scale);
    painter.drawLine(QPointF(kPadding + 2 * scale, middle), QPointF(kPadding + swatchWidth - 2 * scale, middle));

    const QColor textColor = palette().color(QPalette::WindowText);
    painter.setPen(textColor);
    int x = kPadding + qRound(kSwatchWidth * scale) + kSwatchGap;
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
        emit measuresChanged();
    }
    QAbstractButton::changeEvent(event);
}

BoardLegend::BoardLegend(const QStringList &familyIds, QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_taglineLine(new QLabel(this))
{
    m_group->setExclusive(true);
    for (const QString &id : familyIds) {
        auto *entry = new BoardLegendEntry(id, this);
        entry->setLabel(id, QString());
        m_group->addButton(entry);
        m_entries.insert(id, entry);
        m_order.append(entry);
        m_compared.append(id);
        connect(entry, &QAbstractButton::clicked, this, [this, id] { emit familyActivated(id); });
        // Also while hidden, when no layout request comes.
        connect(entry, &BoardLegendEntry::measuresChanged, this, [this] { m_heights.clear(); });
    }
    m_listed = m_compared;
    // Plain text, so that the legend measures it exactly as the label lays it out.
    m_taglineLine->setObjectName(QStringLiteral("selectedTagline"));
    m_taglineLine->setTextFormat(Qt::PlainText);
    m_taglineLine->setWordWrap(true);
    m_taglineLine->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_taglineLine->hide();
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void BoardLegend::setSelectedFamily(const QString &familyId)
{
    if (BoardLegendEntry *selected = m_entries.value(familyId))
        selected->setChecked(true);
    updateListed(); // a family outside the comparison is listed while it is selected
}

void BoardLegend::setComparedFamilies(const QStringList &familyIds)
{
    QStringList compared;
    for (const BoardLegendEntry *entry : std::as_const(m_order)) {
        if (familyIds.contains(entry->familyId()))
            compared.append(entry->familyId());
    }
    if (compared == m_compared)
        return;
    m_compared = compared;
    m_heights.clear();
    updateGeometry();
    updateListed();
}

void BoardLegend::setSelectedTaglineKept(bool kept)
{
    if (kept == m_taglineKept)
        return;
    m_taglineKept = kept;
    m_heights.clear();
    updateGeometry();
    arrangeNow();
}

void BoardLegend::updateListed()
{
    const BoardLegendEntry *selected = selectedEntry();
    QStringList listed;
    for (BoardLegendEntry *entry : std::as_const(m_order)) {
        const bool shown = isListed(entry, selected);
        entry->setHidden(!shown);
        if (shown)
            listed.append(entry->familyId());
    }
    m_listed = listed;
    arrangeNow(); // where only one tagline fits, it is the selected family's
}

bool BoardLegend::isListed(const BoardLegendEntry *entry, const BoardLegendEntry *selected) const
{
    return entry == selected || m_compared.contains(entry->familyId());
}

BoardLegendEntry *BoardLegend::selectedEntry() const
{
    return qobject_cast<BoardLegendEntry *>(m_group->checkedButton());
}

QString BoardLegend::selectedFamily() const
{
    const BoardLegendEntry *checked = selectedEntry();
    return checked ? checked->familyId() : QString();
}

int BoardLegend::heightForWidth(int width) const
{
    // Layouts ask several times a frame (a readout's new text relays the page out), and the
    // answer depends on neither the probe nor the selection: kept until an entry's text or a
    // font, the comparison or the presenting changes.
    if (const auto known = m_heights.constFind(width); known != m_heights.cend())
        return known.value();
    // The most any selection needs (a family outside the comparison adds an entry; a tagline
    // may need its own line): switching family never moves the charts below.
    const Taglines kept = m_taglineKept ? keptTaglines(width) : Taglines::None; // the same for all
    int height = 0;
    for (const BoardLegendEntry *candidate : m_order) {
        const Taglines taglines = m_taglineKept ? kept : taglinesFor(width, candidate);
        height = std::max(height, arrange(width, candidate, taglines, false));
    }
    m_heights.insert(width, height);
    return height;
}

QSize BoardLegend::sizeHint() const
{
    int width = 0;
    for (const BoardLegendEntry *entry : m_order) {
        if (m_listed.contains(entry->familyId()))
            width += entry->sizeHint().width() + kSpacing;
    }
    width = std::max(0, width - kSpacing);
    return QSize(width, heightForWidth(width));
}

QSize BoardLegend::minimumSizeHint() const
{
    // As narrow as the widest entry; as short as one row. How many rows it really needs follows
    // its width (heightForWidth): counting every row here would make a lab page that fits a
    // 768-pixel screen ask for a scroll bar.
    int width = 0;
    for (const BoardLegendEntry *entry : m_order) {
        if (m_listed.contains(entry->familyId()))
            width = std::max(width, entry->sizeHint().width());
    }
    return QSize(width, heightForWidth(QWIDGETSIZE_MAX));
}

void BoardLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeNow();
}

void BoardLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) // the tagline line's height
        m_heights.clear();
    QWidget::changeEvent(event);
}

bool BoardLegend::event(QEvent *event)
{
    // An entry's text or font changed: its size hint did too.
    if (event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        arrangeNow();
    }
    return QWidget::event(event);
}

bool BoardLegend::fits(int width, Taglines taglines, const BoardLegendEntry *selected) const
{
    // Every tagline on one row; the selected family's beside its name in no more rows than the
    // names alone take, and no wider than a row.
    const qsizetype rows = rowsOf(width, taglines, selected).size();
    if (taglines == Taglines::All)
        return rows <= 1;
    return rows <= rowsOf(width, Taglines::None, selected).size() && (!selected || selected->widthFor(true) <= width);
}

BoardLegend::Taglines BoardLegend::taglinesFor(int width, const BoardLegendEntry *selected) const
{
    if (m_taglineKept)
        return keptTaglines(width);
    for (Taglines taglines : {Taglines::All, Taglines::SelectedOnly}) {
        if (fits(width, taglines, selected))
            return taglines;
    }
    return Taglines::None;
}

BoardLegend::Taglines BoardLegend::keptTaglines(int width) const
{
    // The tagline stays in one place whichever family is selected: beside its name only if there
    // is room for that with every family selected, else on its own line.
    for (Taglines taglines : {Taglines::All, Taglines::SelectedOnly}) {
        if (std::all_of(m_order.cbegin(), m_order.cend(),
                        [&](const BoardLegendEntry *candidate) { return fits(width, taglines, candidate); }))
            return taglines;
    }
    return Taglines::Line;
}

QList<QList<BoardLegendEntry *>> BoardLegend::rowsOf(int width, Taglines taglines, const BoardLegendEntry *selected) const
{
    // Greedy rows: reads like a sentence.
    QList<QList<BoardLegendEntry *>> rows;
    int rowWidth = 0;
    for (BoardLegendEntry *entry : m_order) {
        if (!isListed(entry, selected)) // a family outside the comparison set
            continue;
        const int entryWidth = entry->widthFor(showsTagline(entry, taglines, selected));
        if (rows.isEmpty() || (rowWidth + kSpacing + entryWidth > width && !rows.last().isEmpty())) {
            rows.append(QList<BoardLegendEntry *>());
            rowWidth = -kSpacing;
        }
        rows.last().append(entry);
        rowWidth += kSpacing + entryWidth;
    }
    return rows;
}

bool BoardLegend::showsTagline(const BoardLegendEntry *entry, Taglines taglines, const BoardLegendEntry *selected)
{
    return taglines == Taglines::All || (taglines == Taglines::SelectedOnly && entry == selected);
}

QString BoardLegend::taglineText(const BoardLegendEntry *selected)
{
    return selected && !selected->tagline().isEmpty() ? selected->name() + separator() + selected->tagline() : QString();
}

int BoardLegend::taglineLineHeight(int width, const BoardLegendEntry *selected) const
{
    // As the label lays out its plain text: wrapped to the width, at least one line.
    const QRect bounds = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width), QWIDGETSIZE_MAX),
                                                    Qt::AlignHCenter | Qt::TextWordWrap, taglineText(selected));
    return std::max(bounds.height(), fontMetrics().height());
}

void BoardLegend::arrangeNow()
{
    arrange(width(), selectedEntry(), taglinesFor(width(), selectedEntry()), true);
}

int BoardLegend::arrange(int width, const BoardLegendEntry *selected, Taglines taglines, bool apply) const
{
    int y = 0;
    for (const QList<BoardLegendEntry *> &row : rowsOf(width, taglines, selected)) {
        int total = -kSpacing;
        int rowHeight = 0;
        for (const BoardLegendEntry *entry : row) {
            total += kSpacing + entry->widthFor(showsTagline(entry, taglines, selected));
            rowHeight = std::max(rowHeight, entry->sizeHint().height());
        }
        int x = std::max(0, (width - total) / 2); // each row centred, so short rows stay balanced
        for (BoardLegendEntry *entry : row) {
            const bool tagline = showsTagline(entry, taglines, selected);
            const QSize hint(entry->widthFor(tagline), entry->sizeHint().height());
            if (apply) {
                entry->setTaglineShown(tagline);
                entry->setGeometry(x, y + (rowHeight - hint.height()) / 2, std::min(hint.width(), width), hint.height());
            }
            x += hint.width() + kSpacing;
        }
        y += rowHeight + kSpacing;
    }
    int height = std::max(0, y - kSpacing);
    // Right below the names: the entries' own padding keeps the two apart.
    if (taglines == Taglines::Line) {
        const int lineHeight = taglineLineHeight(width, selected);
        if (apply) {
            m_taglineLine->setText(taglineText(selected));
            m_taglineLine->setGeometry(0, height, width, lineHeight);
        }
        height += lineHeight;
    }
    if (apply)
        m_taglineLine->setVisible(taglines == Taglines::Line);
    return height;
}

} // namespace relulab
