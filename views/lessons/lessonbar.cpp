#include "lessons/lessonbar.h"

#include "lessondeck.h"
#include "lessonplayer.h"
#include "teaching.h"
#include "widgets/wrappinglabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringBuilder>
#include <QToolButton>

#include <algorithm>

namespace relulab {

LessonBar::LessonBar(LessonPlayer *player, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_teaching(teaching)
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_step(new QLabel(this))
    , m_text(new WrappingLabel(this))
    , m_changed(new QLabel(this))
{
    m_changed->setObjectName(QStringLiteral("lessonStepChanged"));
    QFont changedFont = m_changed->font();
    changedFont.setItalic(true);
    m_changed->setFont(changedFont);
    m_changed->setForegroundRole(QPalette::Highlight);
    m_changed->hide();
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    // The window's keys drive the lesson; the buttons are for the mouse and stay out of the tab chain.
    m_previous->setFocusPolicy(Qt::NoFocus);
    m_next->setFocusPolicy(Qt::NoFocus);
    QFont stepFont = m_step->font();
    stepFont.setBold(true);
    m_step->setFont(stepFont);
    m_step->setForegroundRole(QPalette::Highlight);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    // The bar keeps room for its longest step; a short one reads from the top, beside the counter.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous, 0, Qt::AlignTop);
    layout->addWidget(m_step, 0, Qt::AlignTop);
    layout->addWidget(m_next, 0, Qt::AlignTop);
    layout->addWidget(m_changed, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(m_text, 1);

    connect(m_previous, &QToolButton::clicked, m_player, &LessonPlayer::previous);
    connect(m_next, &QToolButton::clicked, m_player, &LessonPlayer::next);
    connect(m_player, &LessonPlayer::deckChanged, this, &LessonBar::refresh);
    connect(m_player, &LessonPlayer::currentStepChanged, this, &LessonBar::refresh);
    connect(m_player, &LessonPlayer::stepLeftChanged, this, &LessonBar::refresh);
    connect(m_teaching, &Teaching::languageChanged, this, &LessonBar::refresh);
    refresh();
}

QString LessonBar::stepText() const
{
    return m_step->text();
}

QString LessonBar::titleText() const
{
    return m_titleText;
}

QString LessonBar::noteText() const
{
    return m_noteText;
}

QString LessonBar::changedText() const
{
    return m_changed->isVisibleTo(this) ? m_changed->text() : QString();
}

void LessonBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        refresh();
    QWidget::changeEvent(event);
}

void LessonBar::setKeepsHeight(bool keeps)
{
    m_keepsHeight = keeps;
    refresh();
}

QString LessonBar::lineFor(const QString &title, const QString &note)
{
    const QString bold = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    return note.isEmpty() ? bold : bold % QStringLiteral(" — ") % note.toHtmlEscaped();
}

void LessonBar::refresh()
{
    const int index = m_player->currentIndex();
    const int count = m_player->count();
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count);
    m_previous->setToolTip(tr("Previous step (Page Up)"));
    m_next->setToolTip(tr("Next step (Page Down)"));
    m_previous->setAccessibleName(tr("Previous lesson step"));
    m_next->setAccessibleName(tr("Next lesson step"));

    if (index < 0) {
        const QString deckTitle = m_player->isBuiltIn() ? tr("Built-in scenarios")
                                                        : m_player->deck().title.in(m_teaching->language());
        m_step->setText(tr("%n step(s)", nullptr, count));
        m_titleText = deckTitle;
        m_noteText = tr("Press Page Down or Space to start the lesson.");
    } else {
        const LessonStep *step = m_player->currentStep();
        m_step->setText(tr("%1 / %2").arg(index + 1).arg(count));
        m_titleText = step->titleIn(*m_teaching);
        m_noteText = step->noteIn(*m_teaching);
    }
    // The counter is as wide as its widest text, so the step's text keeps its width (and lines).
    QFont counterFont = font();
    counterFont.setBold(true);
    const QFontMetrics counter(counterFont);
    m_step->setMinimumWidth(std::max(counter.horizontalAdvance(tr("%n step(s)", nullptr, count)),
                                     counter.horizontalAdvance(tr("%1 / %2").arg(count).arg(count))));
    m_text->setText(lineFor(m_titleText, m_noteText));
    // Presenting, the bar keeps the height of its longest step from the first step to the last.
    QStringList every;
    if (m_keepsHeight) {
        every << lineFor(m_titleText, m_noteText);
        for (const LessonStep &step : m_player->deck().steps)
            every << lineFor(step.titleIn(*m_teaching), step.noteIn(*m_teaching));
    }
    m_text->setReservedTexts(every);
    const bool left = index >= 0 && m_player->hasLeftStep();
    m_changed->setText(left ? tr("changed since step %1 · R restores").arg(index + 1) : QString());
    m_changed->setVisible(left);
    setAccessibleName(tr("Lesson step %1: %2").arg(m_step->text(), m_titleText));
    setAccessibleDescription(m_noteText);
}

} // namespace relulab
