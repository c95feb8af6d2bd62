#include "window/presentationmode.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWindow>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace relulab {

PresentationMode::PresentationMode(QMainWindow *window, QWidget *content)
    : QObject(window)
    , m_window(window)
    , m_content(content)
{
    m_window->installEventFilter(this);
}

double PresentationMode::bodyPointSize(int height, double dpi)
{
    return kBodyFraction * height * 72.0 / dpi;
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    // Full screen arrives later than the request (the window manager grants it): follow it.
    if (m_active && watched == m_window && event->type() == QEvent::Resize)
        applyFont();
    return QObject::eventFilter(watched, event);
}

void PresentationMode::applyFont()
{
    QFont font = m_content->font();
    const double size = bodyPointSize(m_window->height(), m_content->logicalDpiY());
    if (qFuzzyCompare(font.pointSizeF(), size))
        return;
    font.setPointSizeF(size);
    m_content->setFont(font);
}

QScreen *PresentationMode::projectorScreen() const
{
    if (!m_useSecondScreen)
        return nullptr;
    const QScreen *teacher = m_window->screen();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != teacher)
            return screen;
    }
    return nullptr;
}

void PresentationMode::moveToProjector(QScreen *projector)
{
    m_teacherScreen = m_window->screen();
    m_savedGeometry = m_window->geometry();
    if (QWindow *handle = m_window->windowHandle())
        handle->setScreen(projector);
    m_window->setGeometry(projector->geometry());
    if (m_teacherView) {
        m_teacherViewWasVisible = m_teacherView->isVisible();
        if (QWindow *handle = m_teacherView->windowHandle())
            handle->setScreen(m_teacherScreen);
        const QRect room = m_teacherScreen->availableGeometry();
        m_teacherView->setGeometry(room.adjusted(room.width() / 8, room.height() / 10, -room.width() / 8, -room.height() / 10));
        m_teacherView->show();
        m_teacherView->raise();
    }
}

void PresentationMode::moveBackFromProjector()
{
    if (!m_teacherScreen)
        return;
    if (QWindow *handle = m_window->windowHandle())
        handle->setScreen(m_teacherScreen);
    m_window->setGeometry(m_savedGeometry);
    if (m_teacherView && !m_teacherViewWasVisible)
        m_teacherView->hide();
    m_teacherScreen = nullptr;
}

void PresentationMode::addSecondary(QWidget *widget)
{
    m_secondary.append(widget);
}

void PresentationMode::addPresentationOnly(QWidget *widget)
{
    m_presentationOnly.append(widget);
    widget->setVisible(m_active);
}

void PresentationMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_savedState = m_window->saveState();
        m_savedWindowState = m_window->windowState();
        m_menuBarWasVisible = m_window->menuBar()->isVisible();
        m_hiddenByUs.clear();
        QList<QWidget *> toHide;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            toHide.append(bar);
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            toHide.append(dock);
        for (QWidget *widget : std::as_const(toHide)) {
            // isVisibleTo: also right before the window is first shown.
            if (widget && widget->isVisibleTo(m_window)) {
                m_hiddenByUs.append(widget);
                widget->hide();
            }
        }
        // A secondary widget on a tab not shown now is not visible to the window, yet would
        // appear when its tab is chosen: what counts is that nobody hid it.
        for (const QPointer<QWidget> &widget : std::as_const(m_secondary)) {
            if (widget && !widget->isHidden()) {
                m_hiddenByUs.append(widget);
                widget->hide();
            }
        }
        m_window->menuBar()->hide();
        if (QScreen *projector = projectorScreen())
            moveToProjector(projector);
        applyFont();
        if (m_goesFullScreen)
            m_window->setWindowState(m_savedWindowState | Qt::WindowFullScreen);
    } else {
        m_content->setFont(QFont());
        // The content takes its normal form before the window gets its geometry back (a
        // presentation layout would hold the window larger than the teacher had it).
        setPresentationOnlyVisible(false);
        emit activeChanged(false);
        m_window->menuBar()->setVisible(m_menuBarWasVisible);
        for (const QPointer<QWidget> &widget : std::as_const(m_hiddenByUs)) {
            if (widget)
                widget->show();
        }
        m_window->setWindowState(m_savedWindowState & ~Qt::WindowFullScreen);
        moveBackFromProjector();
        m_window->restoreState(m_savedState);
    }
    if (active) {
        setPresentationOnlyVisible(true);
        emit activeChanged(true);
    }
}

void PresentationMode::setPresentationOnlyVisible(bool visible)
{
    for (const QPointer<QWidget> &widget : std::as_const(m_presentationOnly)) {
        if (widget)
            widget->setVisible(visible);
    }
}

} // namespace relulab
