#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace relulab {

class LessonPlayer;
class Teaching;
class WrappingLabel;

// Where the class is in the lesson: "Step 3 / 8", the step's title and note, and buttons for
// the previous and next step (the keys are Page Up/Down, Backspace/Space).
class LessonBar : public QWidget
{
    Q_OBJECT

public:
    LessonBar(LessonPlayer *player, Teaching *teaching, QWidget *parent = nullptr);

    // Keep the height of the longest step (presentation: the board below must not move). In a
    // window the bar takes one line where a step's text allows, leaving the charts the room.
    void setKeepsHeight(bool keeps);

    QString stepText() const;
    QString titleText() const;
    QString noteText() const;
    // "Changed since step 3 · R restores" while the lab has left the current step; else empty.
    QString changedText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // "<b>Title</b> — note", as the bar shows a step.
    static QString lineFor(const QString &title, const QString &note);

    LessonPlayer *m_player = nullptr;
    Teaching *m_teaching = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_step = nullptr;
    WrappingLabel *m_text = nullptr; // "Title — note", on one line when it fits
    QLabel *m_changed = nullptr; // shown while the lab has left the step
    QString m_titleText;
    QString m_noteText;
    bool m_keepsHeight = false;
};

} // namespace relulab
