#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

class QMainWindow;
class QScreen;
class QWidget;

namespace relulab {

// Full screen for the classroom: hides the menu bar, tool bars, docks and the widgets marked
// secondary, shows the widgets marked for presentation, and sizes the text of the content from
// the height of the screen (the window's, when it does not cover the screen), so that the back
// row reads it on any projector. Leaving restores exactly the window the teacher had.
// With a second screen (and useSecondScreen()), presenting moves the window to the other screen
// and shows the teacher's view (speaker notes) on the screen the window was on; with one
// screen nothing of that happens.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    // Body text, as a fraction of the screen height (the em size: 31 px on a 1080-line screen).
    // Headings, readout values and chart lines follow from it.
    static constexpr double kBodyFraction = 0.029;
    // The content font for a screen `height` pixels high, as a point size for `dpi`.
    static double bodyPointSize(int height, double dpi);

    PresentationMode(QMainWindow *window, QWidget *content);

    void addSecondary(QWidget *widget);      // hidden while presenting
    void addPresentationOnly(QWidget *widget); // shown only while presenting

    bool isActive() const { return m_active; }
    // Screenshots keep the size they were given instead of taking the whole screen.
    void setGoesFullScreen(bool fullScreen) { m_goesFullScreen = fullScreen; }
    void setActive(bool active);

    // The window shown on the teacher's screen while presenting on another one.
    void setTeacherView(QWidget *view) { m_teacherView = view; }
    bool useSecondScreen() const { return m_useSecondScreen; }
    void setUseSecondScreen(bool use) { m_useSecondScreen = use; }
    // Where presenting would put the window: a screen other than the window's, or nullptr when
    // there is none (one screen) or the second screen is not to be used.
    QScreen *projectorScreen() const;

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFont();
    void setPresentationOnlyVisible(bool visible);
    void moveToProjector(QScreen *projector);
    void moveBackFromProjector();

    QMainWindow *m_window = nullptr;
    QWidget *m_content = nullptr;
    QList<QPointer<QWidget>> m_secondary;
    QList<QPointer<QWidget>> m_presentationOnly;
    QList<QPointer<QWidget>> m_hiddenByUs;
    QByteArray m_savedState;
    Qt::WindowStates m_savedWindowState;
    bool m_menuBarWasVisible = true;
    bool m_active = false;
    bool m_goesFullScreen = true;
    bool m_useSecondScreen = true;
    QPointer<QWidget> m_teacherView;
    QPointer<QScreen> m_teacherScreen; // set while presenting on another screen
    QRect m_savedGeometry;
    bool m_teacherViewWasVisible = false;
};

} // namespace relulab
