#include "window/mainwindow.h"

#include "board/activationboard.h"
#include "board/boardformula.h"
#include "board/boardlegend.h"
#include "cheatsheet/cheatsheetactions.h"
#include "cheatsheet/cheatsheetcards.h"
#include "atomicfile.h"
#include "curvesampling.h"
#include "family.h"
#include "survival/gradientsurvivalview.h"
#include "training/trainingview.h"
#include "labpage/familytable.h"
#include "labpage/labcontrols.h"
#include "labpage/labintro.h"
#include "window/entrykeys.h"
#include "window/labkeyactions.h"
#include "labmodel.h"
#include "labsettings.h"
#include "languageswitcher.h"
#include "lessons/lessonactions.h"
#include "lessons/lessonbar.h"
#include "lessons/lessonviewstate.h"
#include "lessons/speakernotes.h"
#include "lessonplayer.h"
#include "predictionstate.h"
#include "window/presentationmode.h"
#include "labpage/readoutpanel.h"
#include "teaching.h"
#include "labpage/teachingnotes.h"
#include "window/windowoverlay.h"
#include "widgets/familychoicedialog.h"
#include "widgets/labfonts.h"
#include "widgets/wrappinglabel.h"
#include "board/zonecaptionstrip.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QBuffer>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QComboBox>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace relulab {
namespace {

// The presentation notes' text against the page's body text (2.9 % of the screen's height):
// 2.6 %, above the 2.5 % the back row needs.
constexpr double kPresentationNotesScale = 0.026 / 0.029;

QAction *makeAction(QWidget *owner, const QString &name, const QKeySequence &shortcut = QKeySequence())
{
    auto *action = new QAction(owner);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // Owned by the window too, so the shortcut works when the menu bar is hidden.
    owner->addAction(action);
    return action;
}

} // namespace

MainWindow::MainWindow(LabModel *model, Teaching *teaching, LanguageSwitcher *languages, LessonPlayer *lessons,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_teaching(teaching)
    , m_languages(languages)
    , m_lessons(lessons)
{
    fonts::install(); // before any child widget: the window draws with the embedded fonts
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/relu-family-lab-256.png")));
    setAcceptDrops(true);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_labPage = makeLabPage();
    auto *labScroll = new QScrollArea;
    labScroll->setWidget(m_labPage);
    labScroll->setWidgetResizable(true);
    labScroll->setFrameShape(QFrame::NoFrame);
    labScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // a shorter screen scrolls, never sideways
    m_tabs->addTab(labScroll, QString());
    auto *survival = new GradientSurvivalView(m_model, m_teaching);
    survival->setObjectName(QStringLiteral("gradientSurvival"));
    m_tabs->addTab(survival, survival->title());
    connect(survival, &GradientSurvivalView::titleChanged, this,
            [this, survival](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(survival), title); });
    m_training = new TrainingView(m_model, m_teaching);
    m_training->setObjectName(QStringLiteral("training"));
    m_tabs->addTab(m_training, m_training->title());
    connect(m_training, &TrainingView::titleChanged, this,
            [this](const QString &title) { m_tabs->setTabText(m_tabs->indexOf(m_training), title); });
    setCentralWidget(m_tabs);

    m_notes = new TeachingNotes(m_model, m_teaching);
    auto *notesScroll = new QScrollArea;
    notesScroll->setWidget(m_notes);
    notesScroll->setWidgetResizable(true);
    notesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    notesScroll->setFrameShape(QFrame::NoFrame);
    m_notesDock = new QDockWidget(this);
    m_notesDock->setObjectName(QStringLiteral("teachingDock"));
    m_notesDock->setWidget(notesScroll);
    m_notesDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);

    m_cards = new CheatSheetCards(m_model, m_teaching);
    m_cardsDock = new QDockWidget(this);
    m_cardsDock->setObjectName(QStringLiteral("cheatSheetDock"));
    m_cardsDock->setWidget(m_cards);
    addDockWidget(Qt::RightDockWidgetArea, m_cardsDock);
    m_sheetActions = new CheatSheetActions(m_model, m_teaching, this);
    m_lessonActions = new LessonActions(m_lessons, m_model, m_teaching, this);

    m_blank = new BlankOverlay(this);
    m_shortcutOverlay = new ShortcutOverlay(this);
    m_presentation = new PresentationMode(this, m_tabs); // both tabs, sized for the back row
    m_presentation->addSecondary(m_labIntro);
    connect(m_presentation, &PresentationMode::activeChanged, m_readouts, &ReadoutPanel::setProminent);
    connect(m_presentation, &PresentationMode::activeChanged, m_board, &ActivationBoard::setPresenting);
    connect(m_presentation, &PresentationMode::activeChanged, this, &MainWindow::placeBoardLegend);
    connect(m_presentation, &PresentationMode::activeChanged, this, &MainWindow::placeReadings);
    connect(m_presentation, &PresentationMode::activeChanged, m_lessonBar, &LessonBar::setKeepsHeight);
    connect(m_presentation, &PresentationMode::activeChanged, m_training, &TrainingView::setPresenting);
    m_presentation->addSecondary(m_intro);
    // Presenting, the legend names the family and its tagline; the headline's height goes to the
    // formula, whose type then stays large enough for the back row.
    m_presentation->addSecondary(m_headline);
    m_presentation->addSecondary(m_controls);
    m_presentation->addSecondary(m_board->captionStrip()); // the zone titles stay on the charts
    m_presentation->addPresentationOnly(m_presentationNotesArea);
    m_presentation->addSecondary(m_training->settingsPanel());
    m_presentation->addSecondary(m_training->intro());

    // A lesson step's view fields (tab, faint curves, survival and depth settings) live in the
    // window; the player applies the model's part and then announces the step.
    m_viewState = new LessonViewState(m_model, {m_tabs, labScroll, survival, m_training, m_board, survival}, this);
    connect(m_lessons, &LessonPlayer::stepApplied, m_viewState, &LessonViewState::apply);
    m_lessonActions->setViewState(m_viewState);
    // A "predict first" step hides its parts (the lesson reader has checked their ids).
    connect(m_lessons, &LessonPlayer::stepWantsHiddenParts, this,
            [this](const QStringList &parts) { m_model->prediction()->setHiddenParts(parts); });
    // A lesson opened from the command line stands at its first step before the window exists:
    // that step's view fields and hidden parts are applied now, as every later step's are.
    if (const LessonStep *step = m_lessons->currentStep()) {
        m_viewState->apply(*step);
        if (step->hiddenParts)
            m_model->prediction()->setHiddenParts(*step->hiddenParts);
    }
    m_speakerNotes = new SpeakerNotesWindow(m_lessons, m_teaching, this);
    m_presentation->setTeacherView(m_speakerNotes);

    makeActions();
    makeMenus();
    // Keys a focused control needs for itself must reach it before the window's shortcuts.
    qApp->installEventFilter(this);
    new EntryKeys(this);

    connect(m_model, &LabModel::familyChanged, this, &MainWindow::refreshHeader);
    connect(m_teaching, &Teaching::languageChanged, this, &MainWindow::retranslate);
    retranslate();
    fitToScreen(estimatedFrame());
    arrangeDocksFor(size());
}

QRect MainWindow::initialGeometry(const QRect &available, const QMargins &frame)
{
    const QRect inside = available.marginsRemoved(frame);
    QSize size = QSize(1366, 768).boundedTo(inside.size());
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(inside.center());
    return geometry;
}

QMargins MainWindow::estimatedFrame() const
{
    // Before the window is shown its frame is unknown: a title bar as tall as two lines of text
    // (the usual window managers draw less) and a thin border.
    const int titleBar = std::max(style()->pixelMetric(QStyle::PM_TitleBarHeight), 2 * fontMetrics().height());
    return QMargins(4, titleBar, 4, 4);
}

void MainWindow::fitToScreen(const QMargins &frame)
{
    const QScreen *where = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!where)
        return;
    m_initialGeometry = initialGeometry(where->availableGeometry(), frame);
    setGeometry(m_initialGeometry);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Once shown, the window manager's real frame is known (after the window is mapped): fit
    // again if nobody has sized the window since it was built.
    if (m_fittedToFrame || isFullScreen() || isMaximized())
        return;
    m_fittedToFrame = true;
    QTimer::singleShot(0, this, [this] {
        const QRect frame = frameGeometry();
        const QRect inner = geometry();
        const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                               frame.bottom() - inner.bottom());
        if (geometry().size() == m_initialGeometry.size() && !isFullScreen() && !isMaximized() && !margins.isNull())
            fitToScreen(margins);
    });
}

void MainWindow::arrangeDocksFor(const QSize &size)
{
    constexpr int kTallEnough = 1000;
    // The introduction opens where there is room for it and the board; on a laptop screen it
    // starts as its one-line title, one click away.
    m_labIntro->setExpanded(size.height() >= kTallEnough);
    // The board gets the room: the notes take about a quarter of the width, whatever the
    // language's longest line would ask for.
    resizeDocks({m_notesDock}, {std::clamp(size.width() * 27 / 100, m_notesDock->minimumWidth(), 520)}, Qt::Horizontal);
    if (size.height() >= kTallEnough) {
        addDockWidget(Qt::BottomDockWidgetArea, m_cardsDock);
        resizeDocks({m_cardsDock}, {260}, Qt::Vertical);
    } else {
        addDockWidget(Qt::RightDockWidgetArea, m_cardsDock);
        tabifyDockWidget(m_notesDock, m_cardsDock);
        m_notesDock->raise();
    }
}

QWidget *MainWindow::makeLabPage()
{
    auto *page = new QWidget;
    m_headline = new WrappingLabel(page);
    page->installEventFilter(this); // the headline's size follows the page's (presentation mode)
    m_headline->setWordWrap(true);
    m_intro = new WrappingLabel(page);
    m_intro->setWordWrap(true);

    m_board = new ActivationBoard(m_model, m_teaching, page);
    m_board->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_formula = new BoardFormula(m_model, page);
    m_readouts = new ReadoutPanel(m_model, m_teaching, page);
    m_controls = new LabControls(m_model, m_teaching, page);
    m_presentationNotes = new TeachingNotes(m_model, m_teaching, page);
    m_presentationNotes->setObjectName(QStringLiteral("presentationNotes"));
    m_presentationNotes->showOnly({TeachingNotes::Card::CurrentRead, TeachingNotes::Card::Diagnosis,
                                   TeachingNotes::Card::GradientHealth});
    m_presentationNotes->setCompact(true); // their text is a step smaller (updateNotesFont())
    // The notes take the board's height, whatever their text: a longer reading scrolls inside
    // them instead of pushing the readouts down while the probe moves.
    m_presentationNotesArea = new QScrollArea(page);
    m_presentationNotesArea->setWidget(m_presentationNotes);
    m_presentationNotesArea->setWidgetResizable(true);
    m_presentationNotesArea->setFrameShape(QFrame::NoFrame);
    m_presentationNotesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_presentationNotesArea->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);

    m_familyTable = new FamilyTable(m_model, m_teaching, page);
    m_familyTable->setVisible(false); // on demand (T): the board keeps its room on a laptop

    m_boardColumn = new QVBoxLayout;
    m_boardColumn->setSpacing(8);
    m_boardColumn->addWidget(m_board, 1);
    m_boardRow = new QHBoxLayout;
    m_boardRow->addLayout(m_boardColumn, 3);
    m_boardRow->addWidget(m_familyTable, 0, Qt::AlignTop);
    m_boardRow->addWidget(m_presentationNotesArea, 1);

    m_lessonBar = new LessonBar(m_lessons, m_teaching, page);
    m_labIntro = new LabIntro(m_teaching, page);
    updateHeadlineFont(page->font());
    updateNotesFont(page->font());

    m_labLayout = new QVBoxLayout(page);
    m_labLayout->setContentsMargins(12, 8, 12, 8);
    m_labLayout->setSpacing(8);
    m_labLayout->addWidget(m_lessonBar);
    m_labLayout->addWidget(m_labIntro);
    m_labLayout->addWidget(m_headline);
    m_labLayout->addWidget(m_intro);
    m_labLayout->addLayout(m_boardRow, 1);
    m_labLayout->addWidget(m_formula);
    m_labLayout->addWidget(m_readouts);
    m_labLayout->addWidget(m_controls);
    return page;
}

void MainWindow::placeBoardLegend(bool presenting)
{
    // Presenting, the legend spans the page, the notes beside the board included: on a 1366-pixel
    // projector that row has room for the selected family's tagline (the use-case tile is hidden
    // then), where the board's own width would need a line more and take it from the charts.
    if (presenting)
        m_labLayout->insertWidget(m_labLayout->indexOf(m_boardRow), m_board->lendLegend());
    else
        m_board->takeLegendBack();
}

void MainWindow::placeReadings(bool presenting)
{
    // Presenting on a wide screen, the formula and the readouts sit under the charts only, so the
    // notes beside them run down to the bottom of the page: the current read and the diagnosis
    // are read whole there instead of scrolling in the charts' height. The formula, right above
    // the readouts, is what explains them.
    QBoxLayout *into = presenting ? static_cast<QBoxLayout *>(m_boardColumn) : m_labLayout;
    m_labLayout->removeWidget(m_formula);
    m_labLayout->removeWidget(m_readouts);
    m_boardColumn->removeWidget(m_formula);
    m_boardColumn->removeWidget(m_readouts);
    const int after = presenting ? m_boardColumn->indexOf(m_board) : m_labLayout->indexOf(m_boardRow);
    into->insertWidget(after + 1, m_formula);
    into->insertWidget(after + 2, m_readouts);
    // Under the charts the readouts take the height their text needs, the charts the rest.
    m_readouts->setSizePolicy(QSizePolicy::Preferred, presenting ? QSizePolicy::Maximum : QSizePolicy::Preferred);
    m_formula->setPresenting(presenting);
    // The notes column holds the current read, the diagnosis and the gradient health: a third of
    // the width reads them whole; the charts keep the height, which is what they need.
    m_boardRow->setStretchFactor(m_boardColumn, presenting ? 2 : 3);
    // Presenting, the large type needs no more air between the page's bands than its own leading.
    m_labLayout->setSpacing(presenting ? 4 : 8);
    m_boardColumn->setSpacing(presenting ? 4 : 8);
}

void MainWindow::makeActions()
{
    m_actions.exportCsv = makeAction(this, QStringLiteral("exportCsv"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_actions.exportCsv, &QAction::triggered, this, &MainWindow::exportCurves);
    m_actions.saveScreenshot = makeAction(this, QStringLiteral("saveScreenshot"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_actions.saveScreenshot, &QAction::triggered, this, &MainWindow::saveScreenshotInteractively);
    m_actions.quit = makeAction(this, QStringLiteral("quit"), QKeySequence::Quit);
    m_actions.quit->setMenuRole(QAction::QuitRole);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);

    m_actions.resetDefaults = makeAction(this, QStringLiteral("resetDefaults"));
    connect(m_actions.resetDefaults, &QAction::triggered, m_model, &LabModel::resetToDefaults);
    m_actions.showOtherFamilies = makeAction(this, QStringLiteral("showOtherFamilies"), QKeySequence(Qt::Key_O));
    m_actions.showOtherFamilies->setCheckable(true);
    m_actions.showOtherFamilies->setChecked(m_board->showOtherFamilies());
    connect(m_actions.showOtherFamilies, &QAction::toggled, m_board, &ActivationBoard::setShowOtherFamilies);
    connect(m_board, &ActivationBoard::showOtherFamiliesChanged, m_actions.showOtherFamilies, &QAction::setChecked);
    m_actions.chooseComparison = makeAction(this, QStringLiteral("chooseComparison"));
    connect(m_actions.chooseComparison, &QAction::triggered, this, &MainWindow::chooseComparisonFamilies);
    m_actions.zoomIn = makeAction(this, QStringLiteral("zoomIn"), QKeySequence::ZoomIn);
    connect(m_actions.zoomIn, &QAction::triggered, this, [this] { zoom(0.8); });
    m_actions.zoomOut = makeAction(this, QStringLiteral("zoomOut"), QKeySequence::ZoomOut);
    connect(m_actions.zoomOut, &QAction::triggered, this, [this] { zoom(1.25); });
    m_actions.zoomReset = makeAction(this, QStringLiteral("zoomReset"), QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_actions.zoomReset, &QAction::triggered, this, [this] { m_model->setViewRange(-4.0, 4.0); });

    m_keyActions = new LabKeyActions(m_model, this);


    m_actions.presentation = makeAction(this, QStringLiteral("presentation"), QKeySequence(Qt::Key_F5));
    m_actions.presentation->setCheckable(true);
    connect(m_actions.presentation, &QAction::toggled, m_presentation, &PresentationMode::setActive);
    connect(m_presentation, &PresentationMode::activeChanged, m_actions.presentation, &QAction::setChecked);
    m_actions.leavePresentation = makeAction(this, QStringLiteral("leavePresentation"), QKeySequence(Qt::Key_Escape));
    connect(m_actions.leavePresentation, &QAction::triggered, this, [this] { m_presentation->setActive(false); });
    // Only then: otherwise Escape belongs to whatever has focus (overlays, dialogs, editors).
    m_actions.leavePresentation->setEnabled(false);
    connect(m_presentation, &PresentationMode::activeChanged, m_actions.leavePresentation, &QAction::setEnabled);
    // Clickers send Page Down / Page Up; Space and Backspace are the keyboard's habit.
    m_actions.nextStep = makeAction(this, QStringLiteral("nextStep"), QKeySequence(Qt::Key_PageDown));
    m_actions.nextStep->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)});
    connect(m_actions.nextStep, &QAction::triggered, this, &MainWindow::nextOrReveal);
    m_actions.previousStep = makeAction(this, QStringLiteral("previousStep"), QKeySequence(Qt::Key_PageUp));
    m_actions.previousStep->setShortcuts({QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Backspace)});
    connect(m_actions.previousStep, &QAction::triggered, m_lessons, &LessonPlayer::previous);
    // After the class has moved away from a step, R brings its state back.
    m_actions.restoreStep = makeAction(this, QStringLiteral("restoreStep"), QKeySequence(Qt::Key_R));
    connect(m_actions.restoreStep, &QAction::triggered, m_lessons, &LessonPlayer::restoreStep);

    makePredictionActions();

    // Training keys: a scenario key starts it from any tab; play, step and reset act on the
    // Training tab only, where their effect is seen.
    for (QAction *scenario : m_training->scenarioActions())
        addAction(scenario);
    connect(m_training, &TrainingView::scenarioStarted, this, [this] { m_tabs->setCurrentWidget(m_training); });
    // R resets training there and restores a lesson step elsewhere: one of them at a time.
    const auto enableTransport = [this] {
        const bool training = m_tabs->currentWidget() == m_training;
        for (QAction *transport : m_training->transportActions())
            transport->setEnabled(training);
        m_actions.restoreStep->setEnabled(!training);
        m_actions.predict->setEnabled(!training); // P plays or pauses there
        // Space plays or pauses there too; Page Down stays the lesson's everywhere.
        m_actions.nextStep->setShortcuts(training ? QList<QKeySequence>{QKeySequence(Qt::Key_PageDown)}
                                                  : QList<QKeySequence>{QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)});
    };
    for (QAction *transport : m_training->transportActions())
        addAction(transport);
    connect(m_tabs, &QTabWidget::currentChanged, this, enableTransport);
    enableTransport();

    m_actions.blank = makeAction(this, QStringLiteral("blank"), QKeySequence(Qt::Key_B));
    m_actions.blank->setShortcuts({QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
    connect(m_actions.blank, &QAction::triggered, m_blank, &WindowOverlay::toggle);

    m_actions.speakerNotes = makeAction(this, QStringLiteral("speakerNotes"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_actions.speakerNotes, &QAction::triggered, this, [this] {
        m_speakerNotes->show();
        m_speakerNotes->raise();
        m_speakerNotes->activateWindow();
    });
    m_actions.teacherScreen = makeAction(this, QStringLiteral("teacherScreen"));
    m_actions.teacherScreen->setCheckable(true);
    m_actions.teacherScreen->setChecked(m_presentation->useSecondScreen());
    connect(m_actions.teacherScreen, &QAction::toggled, m_presentation, &PresentationMode::setUseSecondScreen);

    m_actions.shortcuts = makeAction(this, QStringLiteral("shortcuts"), QKeySequence(Qt::Key_F1));
    // "?" arrives with Shift on most layouts; accept it both ways.
    m_actions.shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question)});
    connect(m_actions.shortcuts, &QAction::triggered, m_shortcutOverlay, &WindowOverlay::toggle);
    m_actions.about = makeAction(this, QStringLiteral("about"));
    m_actions.about->setMenuRole(QAction::AboutRole);
    connect(m_actions.about, &QAction::triggered, this, &MainWindow::showAbout);
    m_actions.aboutQt = makeAction(this, QStringLiteral("aboutQt"));
    m_actions.aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_actions.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : m_languages->languages()) {
        QAction *language = m_languageGroup->addAction(LanguageSwitcher::nativeName(code));
        language->setObjectName(QStringLiteral("language-") % code);
        language->setCheckable(true);
        language->setChecked(code == m_teaching->language());
        connect(language, &QAction::triggered, this, [this, code] { m_languages->switchTo(code); });
    }
}

void MainWindow::makePredictionActions()
{
    PredictionState *prediction = m_model->prediction();
    // P: the class predicts, then P (or the clicker's next) reveals.
    m_actions.predict = makeAction(this, QStringLiteral("predict"), QKeySequence(Qt::Key_P));
    m_actions.predict->setCheckable(true);
    connect(m_actions.predict, &QAction::triggered, prediction, &PredictionState::toggle);
    connect(prediction, &PredictionState::hiddenPartsChanged, this, [this, prediction] {
        m_actions.predict->setChecked(prediction->isAnythingHidden());
    });
    for (const QString &part : PredictionState::allParts()) {
        QAction *hide = makeAction(this, QStringLiteral("hide-") % part);
        hide->setData(part);
        hide->setCheckable(true);
        hide->setChecked(prediction->chosenParts().contains(part));
        connect(hide, &QAction::triggered, this, [this, prediction] { // the teacher's click, never a sync
            QStringList chosen;
            for (QAction *each : std::as_const(m_actions.hideParts)) {
                if (each->isChecked())
                    chosen.append(each->data().toString());
            }
            prediction->setChosenParts(chosen);
            QSettings().setValue(QStringLiteral("prediction/hiddenParts"), chosen);
        });
        m_actions.hideParts.append(hide);
    }
    connect(prediction, &PredictionState::chosenPartsChanged, this, [this](const QStringList &chosen) {
        for (QAction *hide : std::as_const(m_actions.hideParts))
            hide->setChecked(chosen.contains(hide->data().toString()));
    });

    m_actions.familyTable = makeAction(this, QStringLiteral("familyTable"), QKeySequence(Qt::Key_T));
    m_actions.familyTable->setCheckable(true);
    m_actions.familyTable->setChecked(!m_familyTable->isHidden());
    // While presenting, the table takes the place of the current read beside the board: both
    // in large type do not fit beside it on a projector's width.
    const auto arrangeBoardSide = [this] {
        const bool table = m_actions.familyTable->isChecked();
        m_familyTable->setVisible(table);
        if (m_presentation->isActive())
            m_presentationNotesArea->setVisible(!table);
    };
    connect(m_actions.familyTable, &QAction::toggled, this, [arrangeBoardSide](bool shown) {
        arrangeBoardSide();
        QSettings().setValue(QStringLiteral("view/familyTable"), shown);
    });
    connect(m_presentation, &PresentationMode::activeChanged, this, arrangeBoardSide);
}

void MainWindow::nextOrReveal()
{
    if (m_model->prediction()->isAnythingHidden())
        m_model->prediction()->reveal();
    else
        m_lessons->next();
}

void MainWindow::makeMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_lessonActions->openAction());
    m_fileMenu->addAction(m_lessonActions->openSampleAction());
    m_fileMenu->addAction(m_lessonActions->openSigmoidToGeluAction());
    m_fileMenu->addAction(m_lessonActions->saveAsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_sheetActions->actions());
    addActions(m_sheetActions->actions()); // they keep working in full screen
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.exportCsv);
    m_fileMenu->addAction(m_actions.saveScreenshot);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions.quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_actions.presentation);
    m_viewMenu->addAction(m_actions.blank);
    m_viewMenu->addAction(m_actions.predict);
    m_predictionMenu = m_viewMenu->addMenu(QString());
    m_predictionMenu->setObjectName(QStringLiteral("hideForPrediction"));
    m_predictionMenu->addActions(m_actions.hideParts);
    m_viewMenu->addAction(m_actions.speakerNotes);
    m_viewMenu->addAction(m_actions.teacherScreen);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_actions.familyTable);
    m_viewMenu->addAction(m_actions.showOtherFamilies);
    m_viewMenu->addAction(m_actions.chooseComparison);
    m_viewMenu->addAction(m_actions.zoomIn);
    m_viewMenu->addAction(m_actions.zoomOut);
    m_viewMenu->addAction(m_actions.zoomReset);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_notesDock->toggleViewAction());
    m_viewMenu->addAction(m_cardsDock->toggleViewAction());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_labMenu = menuBar()->addMenu(QString());
    m_labMenu->addAction(m_actions.nextStep);
    m_labMenu->addAction(m_actions.previousStep);
    m_labMenu->addSeparator();
    m_labMenu->addActions(m_keyActions->familyActions());
    m_labMenu->addActions(m_keyActions->cycleActions());
    m_labMenu->addSeparator();
    m_labMenu->addActions(m_keyActions->probeActions());
    m_labMenu->addSeparator();
    m_labMenu->addActions(m_keyActions->parameterActions());
    m_labMenu->addSeparator();
    m_labMenu->addAction(m_actions.resetDefaults);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_actions.shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_actions.about);
    m_helpMenu->addAction(m_actions.aboutQt);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_actions.presentation);
    m_toolBar->addAction(m_actions.resetDefaults);
    m_toolBar->addAction(m_actions.predict);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_sheetActions->printAction());
    m_toolBar->addAction(m_sheetActions->exportAction());
    m_toolBar->addAction(m_actions.exportCsv);
    m_toolBar->addAction(m_actions.saveScreenshot);
}

void MainWindow::chooseComparisonFamilies()
{
    FamilyChoiceDialog dialog(tr("Comparison families"),
                              tr("The board draws these families faintly beside the selected one, and its legend "
                                 "lists them. A few at a time keep the board readable."),
                              m_model->comparisonIds(), false, this);
    dialog.setObjectName(QStringLiteral("comparisonDialog"));
    if (dialog.exec() == QDialog::Accepted)
        m_model->setComparisonIds(dialog.checkedIds());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!LessonActions::lessonFileIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = LessonActions::lessonFileIn(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_lessonActions->openLessonFile(path);
}

void MainWindow::updateHeadlineFont(const QFont &pageFont)
{
    QFont headlineFont = pageFont;
    headlineFont.setPointSizeF(pageFont.pointSizeF() * 1.35);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
}

void MainWindow::updateNotesFont(const QFont &pageFont)
{
    // Presenting, the notes beside the charts are read up close by whoever wants the detail; the
    // headline, numbers and charts are what the back row reads. A step smaller than the body
    // text (still above the 2.5 % of the screen's height the back row needs), they are read
    // whole beside the charts instead of scrolling.
    QFont notesFont = pageFont;
    notesFont.setPointSizeF(pageFont.pointSizeF() * kPresentationNotesScale);
    m_presentationNotesArea->setFont(notesFont);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_labPage && event->type() == QEvent::FontChange) {
        updateHeadlineFont(m_labPage->font());
        updateNotesFont(m_labPage->font());
    }
    if (event->type() != QEvent::ShortcutOverride)
        return QMainWindow::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this)
        return false;
    const auto *keyEvent = static_cast<QKeyEvent *>(event);
    const int key = keyEvent->key();
    // Page Up/Down always go to the lesson (clickers send them); function keys, Escape and
    // Ctrl/Alt shortcuts always go to the window.
    const bool arrows = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down
        || key == Qt::Key_Home || key == Qt::Key_End;
    const bool plainTyping = !(keyEvent->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        && key != Qt::Key_Escape && key != Qt::Key_PageUp && key != Qt::Key_PageDown && !(key >= Qt::Key_F1 && key <= Qt::Key_F35);
    const bool controlWantsKey = ((qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QComboBox *>(widget)) && arrows)
        || (qobject_cast<QAbstractButton *>(widget) && key == Qt::Key_Space)
        || qobject_cast<QAbstractSpinBox *>(widget);
    if (controlWantsKey && plainTyping) {
        event->accept();
        return true;
    }
    return false;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setLocale(QLocale());
    setWindowTitle(tr("ReLU Family Lab"));
    m_tabs->setTabText(0, tr("Activation lab"));
    m_notesDock->setWindowTitle(tr("Teaching notes"));
    m_cardsDock->setWindowTitle(tr("Family cheat sheet"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_labMenu->setTitle(tr("&Lab"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));

    m_actions.exportCsv->setText(tr("&Export curves as CSV…"));
    m_actions.saveScreenshot->setText(tr("Save &screenshot as PNG…"));
    m_actions.quit->setText(tr("&Quit"));
    m_actions.resetDefaults->setText(tr("&Reset to defaults"));
    m_actions.showOtherFamilies->setText(tr("Show the &other families faintly"));
    m_actions.chooseComparison->setText(tr("&Comparison families…"));
    m_actions.chooseComparison->setStatusTip(tr("Choose which families the board draws faintly beside the selected one"));
    m_actions.zoomIn->setText(tr("Zoom &in"));
    m_actions.zoomOut->setText(tr("Zoom &out"));
    m_actions.zoomReset->setText(tr("&Reset zoom (−4 to 4)"));
    m_actions.shortcuts->setText(tr("&Keyboard shortcuts"));
    m_actions.presentation->setText(tr("&Presentation mode"));
    m_actions.leavePresentation->setText(tr("Leave presentation mode"));
    m_actions.blank->setText(tr("&Blank the screen"));
    m_actions.nextStep->setText(tr("&Next lesson step"));
    retranslatePrediction();
    m_actions.speakerNotes->setText(tr("&Speaker notes"));
    m_actions.speakerNotes->setToolTip(tr("The current step's speaker notes, the next step and the lesson time, "
                                          "in a window of their own that is never projected"));
    m_actions.teacherScreen->setText(tr("&Teacher's view on a second screen when presenting"));
    m_actions.previousStep->setText(tr("&Previous lesson step"));
    m_keyActions->retranslate();
    m_actions.about->setText(tr("&About ReLU Family Lab"));
    m_actions.aboutQt->setText(tr("About &Qt"));
    for (QAction *language : m_languageGroup->actions())
        language->setChecked(language->objectName() == QStringLiteral("language-") % m_teaching->language());
    refreshHeader();
}

void MainWindow::retranslatePrediction()
{
    m_actions.predict->setText(tr("&Hide the answers, then reveal"));
    m_actions.predict->setToolTip(tr("Hide the answers so the class predicts first; press again to reveal (P)"));
    m_predictionMenu->setTitle(tr("Hi&de for prediction"));
    const QHash<QString, QString> names = {
        {PredictionState::kReadouts, tr("Values and verdict at the probe")},
        {PredictionState::kCurveRight, tr("The curve right of the probe")},
        {PredictionState::kDerivative, tr("The derivative panel")},
        {PredictionState::kCards, tr("Teaching cards about the reading")},
    };
    for (QAction *hide : std::as_const(m_actions.hideParts))
        hide->setText(names.value(hide->data().toString()));
    m_actions.familyTable->setText(tr("&Table of every family at the probe"));
}

void MainWindow::refreshHeader()
{
    const QString prefix = QStringLiteral("families.") % m_model->family() % QLatin1Char('.');
    m_headline->setText(m_teaching->text(prefix % QStringLiteral("headline")));
    m_intro->setText(m_teaching->text(prefix % QStringLiteral("intro")));
}

void MainWindow::zoom(double factor)
{
    const double center = 0.5 * (m_model->viewMinimum() + m_model->viewMaximum());
    const double halfWidth = 0.5 * (m_model->viewMaximum() - m_model->viewMinimum()) * factor;
    const double limit = LabModel::kViewLimit;
    m_model->setViewRange(std::max(-limit, center - halfWidth), std::min(limit, center + halfWidth));
}

void MainWindow::exportCurves()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export curves as CSV"),
                                                      documents % QStringLiteral("/relu-family-curves.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QList<double> xs = evenlySpaced(m_model->viewMinimum(), m_model->viewMaximum(), 801);
    QString why;
    const auto write = [&](QIODevice *device) { return writeCurvesCsv(*m_model, FamilyCatalog::ids(), xs, device); };
    if (saveAtomically(path, write, &why) != SaveOutcome::Saved) {
        QMessageBox::warning(this, tr("Export failed"), tr("The curves could not be saved to %1:\n%2").arg(path, why));
    }
}

bool MainWindow::saveScreenshot(const QString &path, const QSize &size, bool presenting, QString *error)
{
    m_fittedToFrame = true; // exactly the size asked for
    resize(size);
    arrangeDocksFor(size);
    setAttribute(Qt::WA_DontShowOnScreen);
    show();
    if (presenting) {
        m_presentation->setGoesFullScreen(false);
        m_presentation->setActive(true);
    }
    QApplication::processEvents();
    QString why;
    if (!savePng(grab(), path, &why)) {
        *error = tr("cannot write '%1': %2").arg(path, why);
        return false;
    }
    return true;
}

bool MainWindow::savePng(const QPixmap &pixmap, const QString &path, QString *why)
{
    // Encoded in memory and written in one checked write: a full disk leaves the previous file.
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!pixmap.save(&buffer, "PNG")) {
        *why = tr("the image could not be encoded");
        return false;
    }
    return saveAtomically(path, png, why) == SaveOutcome::Saved;
}

void MainWindow::saveScreenshotInteractively()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save screenshot as PNG"),
                                                      pictures % QStringLiteral("/relu-family-lab.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!savePng(grab(), path, &why))
        QMessageBox::warning(this, tr("Screenshot failed"), tr("The screenshot could not be saved to %1:\n%2").arg(path, why));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ReLU Family Lab"),
                       tr("<h3>ReLU Family Lab %1</h3>"
                          "<p>See what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative evidence, "
                          "and what gradient survives the trip back.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(RELULAB_VERSION)));
}

QStringList MainWindow::restoreWindowState()
{
    QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        m_fittedToFrame = true; // the teacher's own size (Qt keeps it on the screen)
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QVariant chosen = settings.value(QStringLiteral("prediction/hiddenParts"));
    if (chosen.isValid())
        m_model->prediction()->setChosenParts(chosen.toStringList()); // an unknown part: the default stays
    m_actions.familyTable->setChecked(settings.value(QStringLiteral("view/familyTable"), false).toBool());
    return m_training->restoreSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/language"), m_teaching->language());
    saveLabState(*m_model, settings);
    event->accept();
}

} // namespace relulab
