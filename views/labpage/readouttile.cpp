#include "labpage/readouttile.h"

#include "widgets/labstyle.h"
#include "widgets/revealeffect.h"
#include "widgets/wrappinglabel.h"
#include "localepunctuation.h"

#include <QEvent>
#include <QPainter>
#include <QLabel>
#include <QLocale>
#include <QGridLayout>

namespace relulab {

ReadoutTile::ReadoutTile(QWidget *parent)
    : CopyableFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new WrappingLabel(this))
    , m_note(new WrappingLabel(this))
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::TabFocus); // screen readers reach the value by tabbing
    // Widths follow the panel's stretch factors only, never the text: a value or note that
    // changes while the probe moves does not shift its neighbours.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setWordWrap(false);
    updateFonts();

    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_note->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);

    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(12, 8, 12, 8);
    m_layout->setVerticalSpacing(2);
    m_layout->setHorizontalSpacing(12);
    setCaptionBesideValue(false);
}

void ReadoutTile::setCaptionBesideValue(bool beside)
{
    for (QWidget *part : {static_cast<QWidget *>(m_caption), static_cast<QWidget *>(m_value), static_cast<QWidget *>(m_note)})
        m_layout->removeWidget(part);
    if (beside) {
        // "Output −0.777" on one line: the large value needs the line's height anyway.
        m_layout->addWidget(m_caption, 0, 0, Qt::AlignLeft | Qt::AlignTop);
        m_layout->addWidget(m_value, 0, 1);
        m_layout->addWidget(m_note, 1, 0, 1, 2);
        m_layout->setColumnStretch(1, 1);
        m_layout->setRowStretch(0, 0);
        m_layout->setRowStretch(1, 1);
        m_layout->setRowStretch(2, 0);
    } else {
        m_layout->addWidget(m_caption, 0, 0, 1, 2);
        m_layout->addWidget(m_value, 1, 0, 1, 2);
        m_layout->addWidget(m_note, 2, 0, 1, 2);
        m_layout->setColumnStretch(1, 0);
        m_layout->setRowStretch(0, 0);
        m_layout->setRowStretch(1, 0);
        m_layout->setRowStretch(2, 1);
    }
}

void ReadoutTile::setValueWraps(bool wraps)
{
    m_value->setWordWrap(wraps);
}

void ReadoutTile::fadeInValue()
{
    reveal::fadeIn(m_value);
}

bool ReadoutTile::isValueFadingIn() const
{
    return reveal::isFading(m_value);
}

void ReadoutTile::setValueScale(double scale)
{
    m_valueScale = scale;
    updateFonts();
}

void ReadoutTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style::paintCard(&painter, rect(), palette(), hasFocus(), QColor());
}

void ReadoutTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    CopyableFrame::changeEvent(event);
}

void ReadoutTile::updateFonts()
{
    QFont captionFont = font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.9);
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * m_valueScale);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    // Room for three lines of note whatever the regime says, so the row keeps its height.
    constexpr int kNoteLines = 3;
    m_note->setFont(font());
    m_note->setMinimumHeight(kNoteLines * QFontMetrics(font()).lineSpacing());
}

void ReadoutTile::setNoteShown(bool shown)
{
    m_note->setVisible(shown);
}

void ReadoutTile::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    updateAccessibleText();
}

void ReadoutTile::setValue(const QString &value, const QColor &color)
{
    m_value->setText(value);
    if (color.isValid()) {
        QPalette palette = m_value->palette();
        palette.setColor(QPalette::WindowText, color);
        m_value->setPalette(palette);
    } else {
        m_value->setPalette(QPalette()); // nothing set: inherit, so palette changes reach it
    }
    updateAccessibleText();
}

void ReadoutTile::setNote(const QString &note)
{
    m_note->setText(note); // an empty note keeps its room too
    updateAccessibleText();
}

QString ReadoutTile::caption() const
{
    return m_caption->text();
}

QString ReadoutTile::value() const
{
    return m_value->text();
}

QFont ReadoutTile::valueFont() const
{
    return m_value->font();
}

QString ReadoutTile::note() const
{
    return m_note->text();
}

QString ReadoutTile::copyText() const
{
    return QString(value()).replace(QChar(0x2212), locale().negativeSign());
}

QString ReadoutTile::copyActionText() const
{
    return tr("Copy value");
}

void ReadoutTile::updateAccessibleText()
{
    setAccessibleName(punctuation::labelled(m_caption->text(), m_value->text()));
    setAccessibleDescription(m_note->text());
}

} // namespace relulab
