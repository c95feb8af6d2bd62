#include "lessons/speakernotes.h"

#include "lessonplayer.h"
#include "localepunctuation.h"
#include "teaching.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace relulab {

SpeakerNotesWindow::SpeakerNotesWindow(LessonPlayer *player, Teaching *teaching, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_player(player)
    , m_teaching(teaching)
{
    setObjectName(QStringLiteral("speakerNotesWindow"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("lessonClock"));
    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.6);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("speakerStep"));
    m_step->setWordWrap(true);
    QFont stepFont = m_step->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.3);
    stepFont.setBold(true);
    m_step->setFont(stepFont);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("speakerNotesText"));
    m_notes->setReadOnly(true);
    QFont notesFont = m_notes->font();
    notesFont.setPointSizeF(notesFont.pointSizeF() * 1.3);
    m_notes->setFont(notesFont);
    m_nextHeading = new QLabel(this);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("speakerNext"));
    m_next->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_clock);
    layout->addWidget(m_step);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_nextHeading);
    layout->addWidget(m_next);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SpeakerNotesWindow::refreshClock);
    // A new deck is a new lesson: its clock starts when its first step is shown.
    connect(m_player, &LessonPlayer::deckChanged, this, [this] {
        m_started.invalidate();
        m_tick->stop();
        refresh();
    });
    connect(m_player, &LessonPlayer::currentStepChanged, this, [this](int index) {
        if (index >= 0 && !m_started.isValid()) {
            m_started.start();
            m_tick->start();
        }
        refresh();
    });
    connect(m_teaching, &Teaching::languageChanged, this, &SpeakerNotesWindow::retranslate);
    retranslate();
    resize(520, 640);
}

qint64 SpeakerNotesWindow::lessonMilliseconds() const
{
    return m_started.isValid() ? m_started.elapsed() : -1;
}

QString SpeakerNotesWindow::clockText(qint64 milliseconds)
{
    const qint64 seconds = std::max<qint64>(0, milliseconds) / 1000;
    const QLatin1Char zero('0');
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

void SpeakerNotesWindow::refreshClock()
{
    const qint64 elapsed = lessonMilliseconds();
    m_clock->setText(elapsed < 0 ? tr("Lesson time: not started")
                                 : tr("Lesson time: %1").arg(clockText(elapsed)));
}

void SpeakerNotesWindow::refresh()
{
    const int index = m_player->currentIndex();
    const int count = m_player->count();
    const LessonStep *step = m_player->currentStep();
    const QString language = m_teaching->language();
    if (!step) {
        m_step->setText(tr("The lesson has not started: the next step key shows step 1."));
        m_notes->setPlainText(QString());
    } else {
        const QString title = step->titleIn(*m_teaching);
        m_step->setText(title.isEmpty() ? tr("Step %1 of %2").arg(index + 1).arg(count)
                                        : tr("Step %1 of %2: %3").arg(index + 1).arg(count).arg(title));
        m_notes->setPlainText(step->speakerNotes.in(language));
    }
    m_notes->setPlaceholderText(step ? tr("No speaker notes for this step.") : QString());
    if (index + 1 < count) {
        const LessonStep &next = m_player->deck().steps.at(index + 1);
        const QString title = next.titleIn(*m_teaching);
        m_next->setText(title.isEmpty() ? tr("Step %1").arg(index + 2) : tr("Step %1: %2").arg(index + 2).arg(title));
    } else {
        m_next->setText(tr("The end of the lesson."));
    }
    refreshClock();
}

void SpeakerNotesWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SpeakerNotesWindow::retranslate()
{
    setWindowTitle(tr("Speaker notes – ReLU Family Lab"));
    m_nextHeading->setText(tr("Next:"));
    m_notes->setAccessibleName(tr("Speaker notes of the current step"));
    refresh();
}

} // namespace relulab
