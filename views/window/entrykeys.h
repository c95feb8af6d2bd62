#pragma once

#include <QObject>

class QAbstractSpinBox;
class QLabel;
class QTimer;
class QWidget;

namespace relulab {

// Number boxes give the keyboard back to the lab: Return commits the entry and Esc drops it, and
// both take the focus out of the box, so digits choose families again and Space steps the lesson.
// An entry the box cannot take (99999 where the range ends at 1000) is not clamped in silence:
// the box says what its range is and keeps the focus for a correction.
class EntryKeys : public QObject
{
    Q_OBJECT

public:
    explicit EntryKeys(QWidget *window);

    // "Probe position x takes a number from −1000 to 1000." for the box's own range and name.
    static QString rangeHint(const QAbstractSpinBox *box);
    // The note shown beside the box (a tooltip would vanish with the next key release); it
    // stays until the entry is taken or dropped, the focus moves, or a few seconds pass.
    QLabel *hint() const { return m_hint; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showHint(QAbstractSpinBox *box);
    void hideHint();

    QWidget *m_window = nullptr;
    QLabel *m_hint = nullptr;
    QTimer *m_hintTimer = nullptr;
};

} // namespace relulab
