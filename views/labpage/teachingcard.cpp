#include "labpage/teachingcard.h"

#include "widgets/labstyle.h"
#include "widgets/wrappinglabel.h"
#include "localepunctuation.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace relulab {

TeachingCard::TeachingCard(QWidget *parent)
    : CopyableFrame(parent)
    , m_heading(new QLabel(this))
    , m_title(new WrappingLabel(this))
    , m_body(new WrappingLabel(this))
{
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::TabFocus);

    m_heading->setForegroundRole(QPalette::PlaceholderText);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    updateFonts();
    m_title->hide();

    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
}

void TeachingCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style::paintCard(&painter, rect(), palette(), hasFocus(), objectName() == QLatin1String("currentRead") ? palette().color(QPalette::Highlight) : QColor());
}

void TeachingCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateFonts();
    CopyableFrame::changeEvent(event);
}

void TeachingCard::updateFonts()
{
    QFont headingFont = font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * (m_compact ? 1.0 : 0.9));
    m_heading->setFont(headingFont);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
}

void TeachingCard::setCompact(bool compact)
{
    m_compact = compact;
    layout()->setContentsMargins(compact ? QMargins(10, 4, 10, 6) : QMargins(12, 8, 12, 10));
    layout()->setSpacing(compact ? 2 : 4);
    updateFonts();
}

void TeachingCard::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    updateAccessibleText();
}

void TeachingCard::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    updateAccessibleText();
}

void TeachingCard::setTitleColor(const QColor &color)
{
    if (!color.isValid()) {
        m_title->setPalette(QPalette()); // nothing set: inherit, so palette changes reach it
        return;
    }
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::WindowText, color);
    m_title->setPalette(palette);
}

void TeachingCard::setBody(const QString &body)
{
    if (m_body->text() == body)
        return;
    m_body->setText(body);
    updateAccessibleText();
}

QString TeachingCard::heading() const
{
    return m_heading->text();
}

QString TeachingCard::title() const
{
    return m_title->text();
}

QString TeachingCard::body() const
{
    return m_body->text();
}

QString TeachingCard::plainText() const
{
    QStringList lines;
    for (const QLabel *label : {m_heading, m_title, m_body}) {
        if (!label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(QLatin1Char('\n'));
}

QString TeachingCard::copyActionText() const
{
    return tr("Copy text");
}

void TeachingCard::updateAccessibleText()
{
    setAccessibleName(m_title->text().isEmpty() ? m_heading->text()
                                                : punctuation::labelled(m_heading->text(), m_title->text()));
    setAccessibleDescription(m_body->text());
}

} // namespace relulab
