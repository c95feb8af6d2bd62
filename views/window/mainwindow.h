#pragma once

#include <QMainWindow>

class QActionGroup;
class QDockWidget;
class QHBoxLayout;
class QLabel;
class QMenu;
class QScrollArea;
class QTabWidget;
class QToolBar;
class QVBoxLayout;

namespace relulab {

class ActivationBoard;
class FamilyTable;
class TrainingView;
class BlankOverlay;
class CheatSheetActions;
class CheatSheetCards;
class LabControls;
class LabKeyActions;
class LabModel;
class LanguageSwitcher;
class LessonActions;
class BoardFormula;
class LabIntro;
class LessonBar;
class LessonPlayer;
class LessonViewState;
class PresentationMode;
class SpeakerNotesWindow;
class ReadoutPanel;
class ShortcutOverlay;
class Teaching;
class TeachingNotes;

// The lab window: the activation board with its header, readouts and controls in the middle,
// the teaching panels and the family cheat sheet in docks, menus and a toolbar around them.
// It only arranges views; each view listens to the model itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(LabModel *model, Teaching *teaching, LanguageSwitcher *languages, LessonPlayer *lessons,
               QWidget *parent = nullptr);

    // Renders the window at `size` (in presentation mode if `presenting`) into a PNG without
    // showing it on screen; false with a reason on failure.
    bool saveScreenshot(const QString &path, const QSize &size, bool presenting, QString *error);

    // Window geometry and dock layout (the lab state itself is kept by saveLabState()), and the
    // Training tab's settings; returns the saved entries ignored because they were not valid.
    QStringList restoreWindowState();

    // The first window on a screen whose free area (without panels and docks) is `available`:
    // 1366×768 where that fits, else as large as fits with the window manager's `frame` (title
    // bar, borders) around it, so that an unmaximised window never reaches below the screen.
    static QRect initialGeometry(const QRect &available, const QMargins &frame);

    ActivationBoard *board() const { return m_board; }
    ReadoutPanel *readouts() const { return m_readouts; }
    TeachingNotes *teachingNotes() const { return m_notes; }
    LabControls *controls() const { return m_controls; }
    CheatSheetCards *cheatSheetCards() const { return m_cards; }
    LessonBar *lessonBar() const { return m_lessonBar; }
    LabIntro *labIntro() const { return m_labIntro; }
    BoardFormula *boardFormula() const { return m_formula; }
    LessonActions *lessonActions() const { return m_lessonActions; }
    PresentationMode *presentation() const { return m_presentation; }
    TrainingView *trainingView() const { return m_training; }
    BlankOverlay *blankOverlay() const { return m_blank; }
    ShortcutOverlay *shortcutOverlay() const { return m_shortcutOverlay; }
    FamilyTable *familyTable() const { return m_familyTable; }
    SpeakerNotesWindow *speakerNotes() const { return m_speakerNotes; }
    LessonViewState *lessonViewState() const { return m_viewState; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeLabPage();
    QMargins estimatedFrame() const;
    void fitToScreen(const QMargins &frame);
    void makeActions();
    void makeMenus();
    void retranslate();
    void refreshHeader();
    void updateHeadlineFont(const QFont &pageFont);
    void placeBoardLegend(bool presenting);
    void placeReadings(bool presenting);
    void updateNotesFont(const QFont &pageFont);
    void exportCurves();
    void saveScreenshotInteractively();
    static bool savePng(const QPixmap &pixmap, const QString &path, QString *why); // why: the reason alone
    void showAbout();
    // View › Comparison families…: which families the board draws faintly (the model's set).
    void chooseComparisonFamilies();
    void zoom(double factor);
    void makePredictionActions();
    void retranslatePrediction();
    // A clicker has one "next" button: while answers are hidden it reveals them first.
    void nextOrReveal();
    // The first-run dock layout: the cheat sheet below the board where the screen is tall enough,
    // otherwise a tab beside the teaching notes.
    void arrangeDocksFor(const QSize &size);

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    LessonPlayer *m_lessons = nullptr;
    LessonBar *m_lessonBar = nullptr;
    LabIntro *m_labIntro = nullptr;
    BoardFormula *m_formula = nullptr;
    LessonActions *m_lessonActions = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_intro = nullptr;
    ActivationBoard *m_board = nullptr;
    ReadoutPanel *m_readouts = nullptr;
    FamilyTable *m_familyTable = nullptr;
    LabControls *m_controls = nullptr;
    TeachingNotes *m_notes = nullptr;
    TeachingNotes *m_presentationNotes = nullptr;
    QScrollArea *m_presentationNotesArea = nullptr;
    QVBoxLayout *m_labLayout = nullptr;
    QHBoxLayout *m_boardRow = nullptr; // the board, the family table, the notes while presenting
    QVBoxLayout *m_boardColumn = nullptr; // the board; presenting, the formula and readouts under it
    QRect m_initialGeometry; // until the user or a saved session sizes the window
    bool m_fittedToFrame = false;
    QWidget *m_labPage = nullptr;
    LabKeyActions *m_keyActions = nullptr;
    PresentationMode *m_presentation = nullptr;
    TrainingView *m_training = nullptr;
    BlankOverlay *m_blank = nullptr;
    ShortcutOverlay *m_shortcutOverlay = nullptr;
    SpeakerNotesWindow *m_speakerNotes = nullptr;
    LessonViewState *m_viewState = nullptr;
    QDockWidget *m_notesDock = nullptr;
    CheatSheetCards *m_cards = nullptr;
    QDockWidget *m_cardsDock = nullptr;
    CheatSheetActions *m_sheetActions = nullptr;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_labMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_predictionMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;

    // The window's own actions, each made once in makeActions() and owned by the window too, so
    // that its shortcut works while the menu bar is hidden. Their object names are the field names.
    struct Actions
    {
        QAction *exportCsv = nullptr;
        QAction *saveScreenshot = nullptr;
        QAction *quit = nullptr;
        QAction *resetDefaults = nullptr;
        QAction *showOtherFamilies = nullptr;
        QAction *chooseComparison = nullptr;
        QAction *zoomIn = nullptr;
        QAction *zoomOut = nullptr;
        QAction *zoomReset = nullptr;
        QAction *presentation = nullptr;
        QAction *leavePresentation = nullptr;
        QAction *nextStep = nullptr;
        QAction *previousStep = nullptr;
        QAction *restoreStep = nullptr;
        QAction *blank = nullptr;
        QAction *predict = nullptr;     // hides the chosen answers, or reveals them
        QAction *familyTable = nullptr; // every family at the probe
        QList<QAction *> hideParts;     // what "predict" hides, one per PredictionState part
        QAction *speakerNotes = nullptr;
        QAction *teacherScreen = nullptr;
        QAction *shortcuts = nullptr;
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
    };
    Actions m_actions;
};

} // namespace relulab
