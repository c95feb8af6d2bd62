#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace relulab {

// Lets a view that nobody can see skip the model's changes and catch up when it is shown: a
// hidden tab, a closed sheet or presentation-only notes would otherwise redo their work for
// every probe step. The view calls deferWhileHidden() when a change arrives and skips the change
// when it returns true; the helper calls `refresh` when the view is shown again.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *view, std::function<void()> refresh);

    // True (and the change is remembered) when the view is hidden.
    bool deferWhileHidden();
    // Refreshes now if a change was skipped: for accessors that must answer with current content.
    void catchUp();
    // The view has just refreshed itself: nothing is owed.
    void clear() { m_stale = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view = nullptr;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace relulab
