#include "window/presentationmode.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace relulab {

PresentationMode::PresentationMode(QMainWindow *window, QWidget *content)
    : QObject(window)
    , m_window(window)
{
    addContent(content);
}

void PresentationMode::addContent(QWidget *widget)
{
    m_contents.append(widget);
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
        for (const QPointer<QWidget> &widget : std::as_const(m_secondary))
            toHide.append(widget);
        for (QWidget *widget : std::as_const(toHide)) {
            // isVisibleTo: also right before the window is first shown.
            if (widget && widget->isVisibleTo(m_window)) {
                m_hiddenByUs.append(widget);
                widget->hide();
            }
        }
        m_window->menuBar()->hide();
        for (const QPointer<QWidget> &content : std::as_const(m_contents)) {
            if (!content)
                continue;
            QFont font = content->font();
            font.setPointSizeF(m_window->font().pointSizeF() * kFontScale);
            content->setFont(font);
        }
        if (m_goesFullScreen)
            m_window->setWindowState(m_savedWindowState | Qt::WindowFullScreen);
    } else {
        for (const QPointer<QWidget> &content : std::as_const(m_contents)) {
            if (content)
                content->setFont(QFont());
        }
        m_window->menuBar()->setVisible(m_menuBarWasVisible);
        for (const QPointer<QWidget> &widget : std::as_const(m_hiddenByUs)) {
            if (widget)
                widget->show();
        }
        m_window->setWindowState(m_savedWindowState & ~Qt::WindowFullScreen);
        m_window->restoreState(m_savedState);
    }
    for (const QPointer<QWidget> &widget : std::as_const(m_presentationOnly)) {
        if (widget)
            widget->setVisible(active);
    }
    emit activeChanged(active);
}

} // namespace relulab
