#pragma once

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace relulab {

class BlankOverlay;
class LabControls;
class LabKeyActions;
class LabModel;
class PresentationMode;
class ShortcutOverlay;
class LanguageSwitcher;
class ReadoutPanel;
class Teaching;
class TeachingNotes;

// The lab window: the activation board with its header, readouts and controls in the middle,
// the teaching panels and the family cheat sheet in docks, menus and a toolbar around them.
// It only arranges views; each view listens to the model itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LabModel *model, Teaching *teaching, LanguageSwitcher *languages, QWidget *parent = nullptr);

    // Renders the window at `size` into a PNG without showing it; false with a reason on failure.
    bool saveScreenshot(const QString &path, const QSize &size, QString *error);

    // Window geometry and dock layout (the lab state itself is kept by saveLabState()).
    void restoreWindowState();

    ReadoutPanel *readouts() const { return m_readouts; }
    TeachingNotes *teachingNotes() const { return m_notes; }
    LabControls *controls() const { return m_controls; }
    QAction *action(const QString &objectName) const;
    PresentationMode *presentation() const { return m_presentation; }
    BlankOverlay *blankOverlay() const { return m_blank; }
    ShortcutOverlay *shortcutOverlay() const { return m_shortcutOverlay; }

signals:
    // A lesson file was dropped onto the window.
    void lessonFileDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeLabPage();
    void makeActions();
    void makeMenus();
    void retranslate();
    void refreshHeader();
    void exportCurves();
    void saveScreenshotInteractively();
    void showAbout();
    void zoom(double factor);

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_intro = nullptr;
    ReadoutPanel *m_readouts = nullptr;
    LabControls *m_controls = nullptr;
    TeachingNotes *m_notes = nullptr;
    TeachingNotes *m_presentationNotes = nullptr;
    QWidget *m_labPage = nullptr;
    LabKeyActions *m_keyActions = nullptr;
    PresentationMode *m_presentation = nullptr;
    BlankOverlay *m_blank = nullptr;
    ShortcutOverlay *m_shortcutOverlay = nullptr;
    QDockWidget *m_notesDock = nullptr;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_labMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace relulab
