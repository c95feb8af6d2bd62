#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QWidget;

namespace relulab {

// Full screen for the classroom: hides the menu bar, tool bars, docks and the widgets marked
// secondary, shows the widgets marked for presentation, and enlarges the text of the content.
// Leaving restores exactly the window the teacher had.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr double kFontScale = 1.35;

    PresentationMode(QMainWindow *window, QWidget *content);

    void addContent(QWidget *widget);        // its text is enlarged too (another tab's page)
    void addSecondary(QWidget *widget);      // hidden while presenting
    void addPresentationOnly(QWidget *widget); // shown only while presenting

    bool isActive() const { return m_active; }
    // Screenshots keep the size they were given instead of taking the whole screen.
    void setGoesFullScreen(bool fullScreen) { m_goesFullScreen = fullScreen; }
    void setActive(bool active);

signals:
    void activeChanged(bool active);

private:
    QMainWindow *m_window = nullptr;
    QList<QPointer<QWidget>> m_contents;
    QList<QPointer<QWidget>> m_secondary;
    QList<QPointer<QWidget>> m_presentationOnly;
    QList<QPointer<QWidget>> m_hiddenByUs;
    QByteArray m_savedState;
    Qt::WindowStates m_savedWindowState;
    bool m_menuBarWasVisible = true;
    bool m_active = false;
    bool m_goesFullScreen = true;
};

} // namespace relulab
