#pragma once

#include <QWidget>

class QToolButton;

namespace relulab {

class Teaching;
class TeachingCard;
class WrappingLabel;

// The lab's opening: "Why activations matter" and "What to watch as you drag" (Negative side,
// Hinge region, Derivative panel) above the board, where a student meets them first. A button
// folds them to one line; presentation mode hides them with the other secondary parts.
class LabIntro : public QWidget
{
    Q_OBJECT

public:
    explicit LabIntro(Teaching *teaching, QWidget *parent = nullptr);

    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);

signals:
    void expandedChanged(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Teaching *m_teaching = nullptr;
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    WrappingLabel *m_why = nullptr;
    QList<TeachingCard *> m_watch; // negative side, hinge region, derivative panel
    bool m_expanded = true;
};

} // namespace relulab
