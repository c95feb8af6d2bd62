#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace relulab {

class LessonPlayer;
class Teaching;

// The teacher's view of a lesson, a window of its own that is never part of the projected one:
// the current step's title and speaker notes, a preview of the next step, and the time since the
// lesson started (its first step was shown). It follows the lesson player and the language.
class SpeakerNotesWindow : public QWidget
{
    Q_OBJECT

public:
    SpeakerNotesWindow(LessonPlayer *player, Teaching *teaching, QWidget *parent = nullptr);

    QLabel *stepLabel() const { return m_step; }
    QPlainTextEdit *notesView() const { return m_notes; }
    QLabel *nextLabel() const { return m_next; }
    QLabel *clockLabel() const { return m_clock; }
    // Milliseconds since the lesson's first step was shown; -1 before it.
    qint64 lessonMilliseconds() const;
    // "m:ss", or "h:mm:ss" after an hour.
    static QString clockText(qint64 milliseconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshClock();
    void retranslate();

    LessonPlayer *m_player = nullptr;
    Teaching *m_teaching = nullptr;
    QElapsedTimer m_started;
    QTimer *m_tick = nullptr;
    QLabel *m_step = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_nextHeading = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_clock = nullptr;
};

} // namespace relulab
