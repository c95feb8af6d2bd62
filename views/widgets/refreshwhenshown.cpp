#include "widgets/refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace relulab {

RefreshWhenShown::RefreshWhenShown(QWidget *view, std::function<void()> refresh)
    : QObject(view)
    , m_view(view)
    , m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

bool RefreshWhenShown::deferWhileHidden()
{
    if (m_view->isVisible())
        return false;
    m_stale = true;
    return true;
}

void RefreshWhenShown::catchUp()
{
    if (m_stale) {
        m_stale = false;
        m_refresh();
    }
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    // The view's own showEvent() comes after this: it finds the view up to date.
    if (watched == m_view && event->type() == QEvent::Show)
        catchUp();
    return QObject::eventFilter(watched, event);
}

} // namespace relulab
