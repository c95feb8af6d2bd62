// Drives the real lab window: keys, readouts, panels, presentation mode, settings, screenshot.
#include "board/activationboard.h"
#include "commandline.h"
#include "board/boardformula.h"
#include "cheatsheet/cheatsheetcards.h"
#include "widgets/familychooser.h"
#include "widgets/labstyle.h"
#include "labpage/labcontrols.h"
#include "labmodel.h"
#include "labsettings.h"
#include "languageswitcher.h"
#include "lessons/lessonbar.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "labpage/labintro.h"
#include "labpage/parametereditor.h"
#include "window/presentationmode.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "teaching.h"
#include "labpage/teachingcard.h"
#include "labpage/teachingnotes.h"
#include "window/windowoverlay.h"
#include "widgets/wrappinglabel.h"
#include "support/labwindow.h"

#include <QAbstractButton>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>

#include <cmath>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QChartView>
#include <QLineSeries>
#include <QSet>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFontInfo>
#include <QTest>

#include <memory>
#include <tuple>
#include <QToolBar>
#include <QPushButton>

using namespace relulab;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void wrappingLabelHeightsFollowText();
    void initTestCase();
    void init();
    void cleanup();

    void readoutsShowTheReading();
    void teachingCardCopiesItsText();
    void readoutsFollowTheLocale();
    void slopeReadoutNamesTheKinkConvention();
    void panelsShowTheTextOfTheCurrentRegime();
    void familyKeysWorkWithTheMenuBarHidden_data();
    void familyKeysWorkWithTheMenuBarHidden();
    void arrowKeysMoveTheProbe_data();
    void arrowKeysMoveTheProbe();
    void homeEndAndZeroJump();
    void plusAndMinusStepTheMainParameter();
    void arrowsStayWithAFocusedSlider();
    void probeSpinBoxSetsTheProbe();
    void parameterSliderAndSpinBoxFollowTheModel();
    void familyButtonsSelectTheFamily();
    void scenarioMenuAppliesTheScenario();
    void tabOrderReadsTheLabTopToBottom();
    void presentationModeHidesAndRestores();
    void hiddenTeachingNotesCatchUpWhenShown();
    void hiddenCheatSheetCatchesUpWhenShown();
    void clickerKeysStepThroughTheLesson();
    void stepBarMarksALeftStepAndRRestoresIt();
    void lessonFromTheCommandLineOpensWithItsViewFields();
    void introShowsWhyAndWhatToWatch();
    void outputReadoutNamesTheParameters();
    void boardShowsTheFormulaAtTheProbe();
    void blankAndShortcutOverlaysToggle();
    void labStateSurvivesARestart();
    void damagedSettingsFallBackToDefaults();
    void screenshotWritesAPngOfTheAskedSize();
    void darkPaletteKeepsTheReadoutsReadable_data();
    void darkPaletteKeepsTheReadoutsReadable();

private:
    void showWindow();

    std::unique_ptr<testsupport::LabWindow> m_lab;
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    LessonPlayer *m_lessons = nullptr;
    MainWindow *m_window = nullptr;
};

namespace {

// What a widget paints at the given size, on white.
QImage renderedAt(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    widget->render(&image);
    return image;
}

} // namespace

void MainWindowTest::wrappingLabelHeightsFollowText()
{
    // A WrappingLabel measures and paints exactly as a plain QLabel does with the same content,
    // so the two are interchangeable in any layout.
    WrappingLabel shaping;
    QLabel plain;
    plain.setWordWrap(true);
    const auto verifySame = [&] {
        for (int width : {0, 80, 160, 320, 80, 640, 160, QWIDGETSIZE_MAX})
            QCOMPARE(shaping.heightForWidth(width), plain.heightForWidth(width));
        QCOMPARE(shaping.sizeHint(), plain.sizeHint());
        QCOMPARE(shaping.minimumSizeHint(), plain.minimumSizeHint());
        for (const QSize &size : {QSize(90, 120), QSize(300, 60), QSize(700, 40), QSize(40, 20)}) {
            QVERIFY2(renderedAt(&shaping, size) == renderedAt(&plain, size),
                     qPrintable(QStringLiteral("%1 at %2x%3").arg(shaping.text()).arg(size.width()).arg(size.height())));
        }
    };
    const QString shortText = QStringLiteral("Slope 1 on the right.");
    const QString longText = QStringLiteral("Slope 1 on the right; on the left a smooth curve that levels off near "
                                            "minus alpha, so negative inputs keep a bounded, meaningful value.");
    const QString lines = QStringLiteral("Two lines:\nthe second with ümlauts, α·eˣ and −0.752.");
    const QString tab = QStringLiteral("A tab\there, which QLabel expands itself.");
    verifySame(); // empty
    for (const QString &text : {shortText, longText, lines, tab}) {
        shaping.setText(text);
        plain.setText(text);
        verifySame();
    }
    QVERIFY(shaping.heightForWidth(80) > shaping.heightForWidth(640));
    QFont larger = shaping.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.8);
    larger.setBold(true);
    shaping.setFont(larger);
    plain.setFont(larger);
    verifySame();
    shaping.setContentsMargins(3, 10, 5, 10);
    plain.setContentsMargins(3, 10, 5, 10);
    verifySame();
    shaping.setAlignment(Qt::AlignLeft | Qt::AlignTop);
    plain.setAlignment(Qt::AlignLeft | Qt::AlignTop);
    verifySame();
    shaping.setForegroundRole(QPalette::PlaceholderText);
    plain.setForegroundRole(QPalette::PlaceholderText);
    shaping.setEnabled(false);
    plain.setEnabled(false);
    verifySame();
    // Every teaching text the lab shows, in every language, wraps into the same lines as QLabel's.
    WrappingLabel teachingShaped;
    QLabel teachingPlain;
    teachingPlain.setWordWrap(true);
    for (const QString &language : Teaching::availableLanguages()) {
        const QHash<QString, QString> texts = Teaching::loadLanguageFile(language);
        QVERIFY(texts.size() > 50);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            teachingShaped.setText(it.value());
            teachingPlain.setText(it.value());
            const QString where = language % QStringLiteral(" ") % it.key();
            for (int width : {0, 45, 90, 120, 170, 230, 310, 420, 600})
                QVERIFY2(teachingShaped.heightForWidth(width) == teachingPlain.heightForWidth(width),
                         qPrintable(where % QStringLiteral(" at ") % QString::number(width)));
            QVERIFY2(teachingShaped.sizeHint() == teachingPlain.sizeHint(), qPrintable(where));
            QVERIFY2(teachingShaped.minimumSizeHint() == teachingPlain.minimumSizeHint(), qPrintable(where));
            // And paints the same pixels, at a card's width.
            const QSize size(230, teachingPlain.heightForWidth(230));
            QVERIFY2(renderedAt(&teachingShaped, size) == renderedAt(&teachingPlain, size), qPrintable(where));
        }
    }

    // Rich text is QLabel's own business, and still measures the same.
    shaping.setText(QStringLiteral("<b>Bold</b> and plain, long enough to wrap at the narrower widths"));
    plain.setText(QStringLiteral("<b>Bold</b> and plain, long enough to wrap at the narrower widths"));
    verifySame();
    shaping.setContentsMargins(0, 2, 0, 2);
    plain.setContentsMargins(0, 2, 0, 2);
    verifySame();
    shaping.setFont(QFont());
    plain.setFont(QFont());
    verifySame();
}

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void MainWindowTest::init()
{
    QSettings().clear();
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, m_teaching, m_languages, m_lessons, m_window) = m_lab->parts();
}

void MainWindowTest::cleanup()
{
    m_lab.reset();
    QLocale::setDefault(QLocale::c());
}

void MainWindowTest::showWindow()
{
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void MainWindowTest::readoutsShowTheReading()
{
    m_languages->switchTo(QStringLiteral("en"));
    m_model->setProbe(1.1);
    ReadoutPanel *readouts = m_window->readouts();
    QCOMPARE(readouts->outputTile()->value(), QStringLiteral("1.100"));
    QCOMPARE(readouts->slopeTile()->value(), QStringLiteral("1.000"));
    QCOMPARE(readouts->healthTile()->value(), m_teaching->text(QStringLiteral("health.healthy.name")));
    m_model->setProbe(-1.5);
    QCOMPARE(readouts->outputTile()->value(), QStringLiteral("0.000"));
    QCOMPARE(readouts->healthTile()->value(), m_teaching->text(QStringLiteral("health.dead.name")));
    // Assistive technology reads caption and value together.
    QVERIFY(readouts->outputTile()->accessibleName().endsWith(QStringLiteral("0.000")));

    m_model->setFamily(QStringLiteral("gelu"));
    m_model->setProbe(-1.5);
    QCOMPARE(readouts->slopeTile()->value(), QStringLiteral("\u22120.127")); // Φ(−1.5) − 1.5·φ(−1.5)
    QCOMPARE(readouts->healthTile()->value(), m_teaching->text(QStringLiteral("health.reversed.name")));
}

void MainWindowTest::readoutsFollowTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_window->setLocale(QLocale());
    m_model->setProbe(2.0);
    m_model->setProbe(1.1);
    QCOMPARE(m_window->readouts()->outputTile()->value(), QStringLiteral("1,100"));
}

void MainWindowTest::slopeReadoutNamesTheKinkConvention()
{
    m_model->setProbe(0.0);
    const QString kinkText = m_teaching->text(QStringLiteral("kinks.relu"));
    QCOMPARE(m_window->readouts()->slopeTile()->note(), kinkText);
    m_model->setProbe(0.5);
    QVERIFY(m_window->readouts()->slopeTile()->note() != kinkText || kinkText.isEmpty());
}

void MainWindowTest::teachingCardCopiesItsText()
{
    showWindow();
    m_model->setFamily(QStringLiteral("relu"));
    m_model->setProbe(-2.0);
    TeachingCard *card = m_window->teachingNotes()->card(TeachingNotes::Card::Diagnosis);
    const QString expected = card->heading() + QLatin1Char('\n') + card->title() + QLatin1Char('\n') + card->body();
    QVERIFY(!card->title().isEmpty() && !card->body().isEmpty());
    QGuiApplication::clipboard()->clear();
    card->setFocus(Qt::TabFocusReason);
    QVERIFY(card->hasFocus());
    QTest::keySequence(card, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(card->plainText(), expected);

    // A readout copies its value the same way, with a minus sign a spreadsheet reads as one.
    ReadoutTile *output = m_window->readouts()->outputTile();
    m_model->setFamily(QStringLiteral("elu"));
    m_model->setProbe(-1.0);
    QCOMPARE(output->value(), QStringLiteral("\u22120.632")); // α·(e⁻¹ − 1), shown with a true minus sign
    output->setFocus(Qt::TabFocusReason);
    QVERIFY(output->hasFocus());
    QTest::keySequence(output, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("-0.632"));
    QCOMPARE(QGuiApplication::clipboard()->text().toDouble(), -0.632);
}

void MainWindowTest::panelsShowTheTextOfTheCurrentRegime()
{
    TeachingNotes *notes = m_window->teachingNotes();
    m_model->setFamily(QStringLiteral("relu"));
    m_model->setProbe(-2.0);
    QCOMPARE(notes->card(TeachingNotes::Card::Diagnosis)->body(),
             m_teaching->text(QStringLiteral("families.relu.regimes.dead.diagnosis")));
    QCOMPARE(notes->card(TeachingNotes::Card::TryNext)->body(),
             m_teaching->text(QStringLiteral("families.relu.regimes.dead.tryNext")));
    QCOMPARE(notes->card(TeachingNotes::Card::CurrentRead)->body(),
             m_teaching->text(QStringLiteral("regimes.dead.explanation")));
    m_model->setProbe(2.0);
    QCOMPARE(notes->card(TeachingNotes::Card::Diagnosis)->body(),
             m_teaching->text(QStringLiteral("families.relu.regimes.active.diagnosis")));
    m_model->setFamily(QStringLiteral("elu"));
    QCOMPARE(notes->card(TeachingNotes::Card::WatchOut)->body(), m_teaching->text(QStringLiteral("families.elu.watchOut")));
    QVERIFY(notes->card(TeachingNotes::Card::CurrentRead)->title().startsWith(QStringLiteral("ELU")));
}

void MainWindowTest::familyKeysWorkWithTheMenuBarHidden_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("family");
    QTest::newRow("1") << int(Qt::Key_1) << QStringLiteral("relu");
    QTest::newRow("2") << int(Qt::Key_2) << QStringLiteral("leaky-relu");
    QTest::newRow("3") << int(Qt::Key_3) << QStringLiteral("elu");
    QTest::newRow("4") << int(Qt::Key_4) << QStringLiteral("gelu");
    QTest::newRow("5") << int(Qt::Key_5) << QStringLiteral("softplus");
}

void MainWindowTest::familyKeysWorkWithTheMenuBarHidden()
{
    QFETCH(int, key);
    QFETCH(QString, family);
    showWindow();
    m_window->menuBar()->hide();
    m_model->setFamily(key == Qt::Key_1 ? QStringLiteral("softplus") : QStringLiteral("relu"));
    QTest::keyClick(m_window, Qt::Key(key));
    QCOMPARE(m_model->family(), family);
}

void MainWindowTest::arrowKeysMoveTheProbe_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<double>("expected");
    // Range -4..4: steps of 0.1, 1 and 0.01 from 1.6, each landing on its grid.
    QTest::newRow("right") << int(Qt::Key_Right) << int(Qt::NoModifier) << 1.7;
    QTest::newRow("left") << int(Qt::Key_Left) << int(Qt::NoModifier) << 1.5;
    QTest::newRow("shift right") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << 2.0;
    QTest::newRow("ctrl left") << int(Qt::Key_Left) << int(Qt::ControlModifier) << 1.59;
}

void MainWindowTest::arrowKeysMoveTheProbe()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(double, expected);
    showWindow();
    m_window->menuBar()->hide();
    m_model->setProbe(1.6);
    QTest::keyClick(m_window, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QVERIFY2(qAbs(m_model->probe() - expected) < 1e-9, qPrintable(QString::number(m_model->probe(), 'g', 17)));
}

void MainWindowTest::homeEndAndZeroJump()
{
    showWindow();
    QTest::keyClick(m_window, Qt::Key_Home);
    QCOMPARE(m_model->probe(), -4.0);
    QTest::keyClick(m_window, Qt::Key_End);
    QCOMPARE(m_model->probe(), 4.0);
    QTest::keyClick(m_window, Qt::Key_0);
    QCOMPARE(m_model->probe(), 0.0);
    // Steps stop at the edge of the board.
    QTest::keyClick(m_window, Qt::Key_End);
    QTest::keyClick(m_window, Qt::Key_Right);
    QCOMPARE(m_model->probe(), 4.0);
}

void MainWindowTest::plusAndMinusStepTheMainParameter()
{
    showWindow();
    m_model->setFamily(QStringLiteral("elu"));
    QTest::keyClick(m_window, Qt::Key_Plus);
    QCOMPARE(m_model->parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 1.1);
    QTest::keyClick(m_window, Qt::Key_Minus);
    QTest::keyClick(m_window, Qt::Key_Minus);
    QCOMPARE(m_model->parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 0.9);
    m_model->setFamily(QStringLiteral("gelu"));
    QTest::keyClick(m_window, Qt::Key_Plus);
    QCOMPARE(m_model->parameter(QStringLiteral("gelu"), QStringLiteral("approximate")), 1.0);
    QTest::keyClick(m_window, Qt::Key_Plus); // already at the last option
    QCOMPARE(m_model->parameter(QStringLiteral("gelu"), QStringLiteral("approximate")), 1.0);
    m_model->setFamily(QStringLiteral("relu"));
    QTest::keyClick(m_window, Qt::Key_Plus); // ReLU has nothing to change: no crash, no change
    QCOMPARE(m_model->family(), QStringLiteral("relu"));
}

void MainWindowTest::arrowsStayWithAFocusedSlider()
{
    showWindow();
    m_model->setFamily(QStringLiteral("softplus"));
    auto *editor = m_window->controls()->parameterPage(QStringLiteral("softplus"))->findChild<ParameterEditor *>();
    QVERIFY(editor);
    editor->slider()->setFocus();
    const double probe = m_model->probe();
    QTest::keyClick(editor->slider(), Qt::Key_Right);
    QCOMPARE(m_model->probe(), probe);
    QCOMPARE(m_model->parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 1.25);
}

void MainWindowTest::probeSpinBoxSetsTheProbe()
{
    QDoubleSpinBox *spin = m_window->controls()->probeSpinBox();
    spin->setValue(-0.75);
    QCOMPARE(m_model->probe(), -0.75);
    m_model->setProbe(2.5);
    QCOMPARE(spin->value(), 2.5);
}

void MainWindowTest::parameterSliderAndSpinBoxFollowTheModel()
{
    auto *editor = m_window->controls()->parameterPage(QStringLiteral("leaky-relu"))->findChild<ParameterEditor *>();
    QVERIFY(editor);
    editor->slider()->setValue(10); // 0 + 10 * 0.01
    QCOMPARE(m_model->parameter(QStringLiteral("leaky-relu"), QStringLiteral("slope")), 0.1);
    QCOMPARE(editor->spinBox()->value(), 0.1);
    m_model->setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.25);
    QCOMPARE(editor->slider()->value(), 25);
    QCOMPARE(editor->spinBox()->value(), 0.25);
}

void MainWindowTest::familyButtonsSelectTheFamily()
{
    showWindow();
    QComboBox *chooser = m_window->controls()->familyChooser()->comboBox();
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("gelu")));
    QCOMPARE(m_model->family(), QStringLiteral("gelu"));
    m_model->setFamily(QStringLiteral("elu"));
    QCOMPARE(chooser->currentData().toString(), QStringLiteral("elu"));
    // Every family, under the header of its group.
    QCOMPARE(chooser->count(), FamilyCatalog::all().size() + m_window->controls()->familyChooser()->headerRows().size());
}

void MainWindowTest::scenarioMenuAppliesTheScenario()
{
    QMenu *menu = m_window->controls()->scenarioButton()->menu();
    QAction *dip = menu->findChild<QAction *>(QStringLiteral("gelu-dip"));
    QVERIFY(dip);
    QCOMPARE(menu->actions().size(), builtInScenarios().size());
    dip->trigger();
    QCOMPARE(m_model->family(), QStringLiteral("gelu"));
    QCOMPARE(m_model->probe(), -0.75);
}

void MainWindowTest::tabOrderReadsTheLabTopToBottom()
{
    showWindow();
    QWidget *labPage = m_window->readouts()->parentWidget();
    QWidget *first = m_window->board()->activationView();
    first->setFocus();
    QVERIFY(first->hasFocus());
    // Tab from the chart through the lab page: every stop lies no higher than the one before
    // (reading order), and the probe's spin box and the scenario button are on the way.
    int lastTop = labPage->mapFromGlobal(first->mapToGlobal(QPoint(0, 0))).y();
    bool reachedProbe = false;
    bool reachedScenarios = false;
    for (int i = 0; i < 40 && !reachedScenarios; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (!labPage->isAncestorOf(focus))
            break;
        const int top = labPage->mapFromGlobal(focus->mapToGlobal(QPoint(0, 0))).y();
        QVERIFY2(top + 5 >= lastTop, qPrintable(focus->metaObject()->className() % QStringLiteral(" ") % focus->objectName()));
        lastTop = top;
        reachedProbe = reachedProbe || focus == m_window->controls()->probeSpinBox();
        reachedScenarios = focus == m_window->controls()->scenarioButton();
    }
    QVERIFY(reachedProbe);
    QVERIFY(reachedScenarios);
}

void MainWindowTest::presentationModeHidesAndRestores()
{
    showWindow();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("teachingDock"));
    auto *presentationNotes = m_window->findChild<TeachingNotes *>(QStringLiteral("presentationNotes"));
    QVERIFY(dock && dock->isVisible());
    QVERIFY(!presentationNotes->isVisible());
    const double normalFont = m_window->readouts()->outputTile()->font().pointSizeF();
    QLineSeries *curve = m_window->board()->selectedSeries(ActivationBoard::Plot::Activation);
    const double normalLine = curve->pen().widthF();

    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(m_window->presentation()->isActive());
    QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!dock->isVisible());
    QVERIFY(!m_window->controls()->isVisible());
    QVERIFY(presentationNotes->isVisible());
    QVERIFY(m_window->readouts()->outputTile()->font().pointSizeF() > normalFont);
    QVERIFY(curve->pen().widthF() > normalLine); // thicker lines for the back of the room

    // With the menu bar gone, the keys still drive the lab.
    QTest::keyClick(m_window, Qt::Key_3);
    QCOMPARE(m_model->family(), QStringLiteral("elu"));

    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presentation()->isActive());
    QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(dock->isVisible());
    QVERIFY(m_window->controls()->isVisible());
    QVERIFY(!presentationNotes->isVisible());
    QCOMPARE(m_window->readouts()->outputTile()->font().pointSizeF(), normalFont);
    QCOMPARE(curve->pen().widthF(), normalLine);
}

void MainWindowTest::hiddenTeachingNotesCatchUpWhenShown()
{
    showWindow();
    TeachingNotes *dockNotes = m_window->teachingNotes();
    auto *presentationNotes = m_window->findChild<TeachingNotes *>(QStringLiteral("presentationNotes"));
    QVERIFY(dockNotes->isVisible());
    QVERIFY(!presentationNotes->isVisible());
    // Read straight from the cards: card() would bring the notes up to date.
    const auto diagnosis = [](TeachingNotes *notes) {
        return notes->findChildren<TeachingCard *>().at(int(TeachingNotes::Card::Diagnosis))->body();
    };
    const QString active = m_teaching->text(QStringLiteral("families.relu.regimes.active.diagnosis"));
    const QString dead = m_teaching->text(QStringLiteral("families.relu.regimes.dead.diagnosis"));
    QCOMPARE(m_model->family(), QStringLiteral("relu"));
    QCOMPARE(diagnosis(presentationNotes), active);

    m_model->setProbe(-2.0);
    QCOMPARE(diagnosis(dockNotes), dead);          // seen: follows at once
    QCOMPARE(diagnosis(presentationNotes), active); // presentation-only, hidden: not yet

    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(presentationNotes->isVisible());
    QCOMPARE(diagnosis(presentationNotes), dead);
    QTest::keyClick(m_window, Qt::Key_Escape);

    // Asking hidden notes for a card brings them up to date as well.
    m_model->setProbe(2.0);
    QCOMPARE(diagnosis(presentationNotes), dead);
    QCOMPARE(presentationNotes->card(TeachingNotes::Card::Diagnosis)->body(), active);
}

void MainWindowTest::hiddenCheatSheetCatchesUpWhenShown()
{
    showWindow();
    auto *cardsDock = m_window->findChild<QDockWidget *>(QStringLiteral("cheatSheetDock"));
    CheatSheetCards *cards = m_window->cheatSheetCards();
    // Closed from the View menu. (A dock that is only a tab behind another stays "visible" to Qt,
    // moved out of sight, and keeps refreshing.)
    cardsDock->toggleViewAction()->trigger();
    QVERIFY(!cards->isVisible());
    // Read straight from the cards: card() would bring the sheet up to date.
    auto *gelu = cards->findChild<FamilyCard *>(QStringLiteral("card-gelu"));
    auto *elu = cards->findChild<FamilyCard *>(QStringLiteral("card-elu"));
    QVERIFY(gelu && elu);
    const auto eluShows = [elu](const QString &text) {
        for (QLabel *label : elu->findChildren<QLabel *>()) {
            if (label->text().contains(text))
                return true;
        }
        return false;
    };

    m_model->setFamily(QStringLiteral("gelu"));
    m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.5);
    QVERIFY(!gelu->isSelected());
    QVERIFY(!eluShows(QStringLiteral("α = 2.5")));

    cardsDock->toggleViewAction()->trigger();
    QVERIFY(cards->isVisible());
    QVERIFY(gelu->isSelected());
    QVERIFY(eluShows(QStringLiteral("α = 2.5")));

    // Asking a hidden sheet for a card brings it up to date as well.
    cardsDock->toggleViewAction()->trigger();
    QVERIFY(!cards->isVisible());
    m_model->setFamily(QStringLiteral("elu"));
    QVERIFY(!elu->isSelected());
    QVERIFY(cards->card(QStringLiteral("elu"))->isSelected());
    QVERIFY(!gelu->isSelected());
}

void MainWindowTest::clickerKeysStepThroughTheLesson()
{
    showWindow();
    QTest::keyClick(m_window, Qt::Key_F5); // as in class: full screen, no menu bar
    const QList<Scenario> &steps = builtInScenarios();
    QCOMPARE(m_lessons->currentIndex(), -1);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(m_lessons->currentIndex(), 0);
    QCOMPARE(m_model->family(), steps[0].family);
    QCOMPARE(m_model->probe(), steps[0].probe);
    QTest::keyClick(m_window, Qt::Key_Space);
    QCOMPARE(m_lessons->currentIndex(), 1);
    QCOMPARE(m_model->probe(), steps[1].probe);
    QCOMPARE(m_window->lessonBar()->stepText(), QStringLiteral("2 / %1").arg(steps.size()));
    QCOMPARE(m_window->lessonBar()->titleText(), m_teaching->text(QStringLiteral("scenarios.") % steps[1].id % QStringLiteral(".title")));
    QVERIFY(m_window->lessonBar()->isVisible());
    for (int i = 0; i < 20; ++i) // past the end: stays on the last step
        QTest::keyClick(m_window, Qt::Key_PageDown);
    QCOMPARE(m_lessons->currentIndex(), steps.size() - 1);
    QCOMPARE(m_model->family(), steps.constLast().family);
    QTest::keyClick(m_window, Qt::Key_PageUp);
    QCOMPARE(m_lessons->currentIndex(), steps.size() - 2);
    QTest::keyClick(m_window, Qt::Key_Backspace);
    QCOMPARE(m_lessons->currentIndex(), steps.size() - 3);
    QCOMPARE(m_model->probe(), steps[steps.size() - 3].probe);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(!m_window->presentation()->isActive());
}

void MainWindowTest::stepBarMarksALeftStepAndRRestoresIt()
{
    m_languages->switchTo(QStringLiteral("en"));
    showWindow();
    QTest::keyClick(m_window, Qt::Key_F5);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QTest::keyClick(m_window, Qt::Key_PageDown);
    QTest::keyClick(m_window, Qt::Key_PageDown); // step 3: ReLU on the hinge
    QCOMPARE(m_lessons->currentIndex(), 2);
    QVERIFY(m_window->lessonBar()->changedText().isEmpty());
    const double stepProbe = m_model->probe();

    QTest::keyClick(m_window, Qt::Key_Right); // the class moves the probe
    QVERIFY(m_model->probe() != stepProbe);
    QCOMPARE(m_window->lessonBar()->changedText(), QStringLiteral("changed since step 3 · R restores"));
    QTest::keyClick(m_window, Qt::Key_2); // and the family
    QVERIFY(!m_window->lessonBar()->changedText().isEmpty());

    QTest::keyClick(m_window, Qt::Key_R);
    QCOMPARE(m_model->family(), builtInScenarios()[2].family);
    QCOMPARE(m_model->probe(), stepProbe);
    QVERIFY(m_window->lessonBar()->changedText().isEmpty());
    QCOMPARE(m_lessons->currentIndex(), 2);
    QTest::keyClick(m_window, Qt::Key_Escape);
}

void MainWindowTest::lessonFromTheCommandLineOpensWithItsViewFields()
{
    // main() starts a requested lesson before it builds the window, as here: the first step's
    // tab, faint curves and hidden parts must reach the window all the same.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("first-step.relulesson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "relu-family-lab-lesson", "version": 2, "steps": [
                   {"family": "relu", "probe": -1, "tab": "survival", "comparison": ["elu", "gelu"],
                    "predict": {"hide": ["readouts"]}},
                   {"family": "elu", "probe": 1, "tab": "lab"}]})");
    file.close();
    CommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("relu-family-lab"), path}), CommandLine::Outcome::Run);

    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    LessonPlayer lessons(&model);
    LessonDeck deck;
    QString error;
    QVERIFY2(loadRequestedLesson(commandLine.request(), &deck, &error), qPrintable(error));
    QVERIFY2(startRequestedLesson(commandLine.request(), deck, &lessons, &error), qPrintable(error));
    MainWindow window(&model, &teaching, &languages, &lessons);
    QCOMPARE(window.tabs()->currentIndex(), 1);
    QCOMPARE(model.comparisonIds(), (QStringList{QStringLiteral("elu"), QStringLiteral("gelu")}));
    QVERIFY(window.board()->showOtherFamilies());
    QCOMPARE(model.prediction()->hiddenParts(), QStringList{QStringLiteral("readouts")});

    // The next step goes on from there as usual.
    QVERIFY(lessons.next());
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QCOMPARE(model.family(), QStringLiteral("elu"));
}

void MainWindowTest::introShowsWhyAndWhatToWatch()
{
    m_languages->switchTo(QStringLiteral("fr"));
    showWindow();
    LabIntro *intro = m_window->labIntro();
    QVERIFY(intro->isVisible());
    QVERIFY(!intro->isExpanded()); // at 1366 x 768 it starts as its title line
    intro->setExpanded(true);
    // The seed's three sections, in the window's language, including the Derivative panel card.
    QStringList bodies;
    for (const TeachingCard *card : intro->findChildren<TeachingCard *>())
        bodies.append(card->body());
    QCOMPARE(bodies.size(), 3);
    for (const char *key : {"lab.watch.negative", "lab.watch.hinge", "lab.watch.derivative"})
        QVERIFY2(bodies.contains(m_teaching->text(QLatin1String(key))), key);
    QVERIFY(intro->findChild<WrappingLabel *>()->text() == m_teaching->text(QStringLiteral("lab.whyText")));

    // It folds to one line, and presentation mode hides it.
    const int unfolded = intro->sizeHint().height();
    intro->setExpanded(false);
    QVERIFY(intro->sizeHint().height() < unfolded / 2);
    intro->setExpanded(true);
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(!intro->isVisible());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QVERIFY(intro->isVisible());
}

void MainWindowTest::outputReadoutNamesTheParameters()
{
    m_languages->switchTo(QStringLiteral("de"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_window->readouts()->setLocale(QLocale());
    m_model->setFamily(QStringLiteral("softplus"));
    QVERIFY(m_model->setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 8.0));
    m_model->setProbe(0.25);
    QVERIFY2(m_window->readouts()->outputTile()->note().contains(QStringLiteral("x = 0,250; β\u00a0=\u00a08,000")),
             qPrintable(m_window->readouts()->outputTile()->note()));
    // A choice is named in words, in the reader's language, as its control names it.
    m_model->setFamily(QStringLiteral("gelu"));
    const QString note = m_window->readouts()->outputTile()->note();
    QVERIFY2(!note.contains(QStringLiteral("none")) && note.endsWith(QCoreApplication::translate("relulab::Parameter", "Exact (erf)"))
                 && QCoreApplication::translate("relulab::Parameter", "Exact (erf)") != QStringLiteral("Exact (erf)"),
             qPrintable(note));
}

void MainWindowTest::boardShowsTheFormulaAtTheProbe()
{
    showWindow();
    BoardFormula *formula = m_window->boardFormula();
    m_model->setFamily(QStringLiteral("relu"));
    m_model->setProbe(-1.5);
    QCOMPARE(formula->lines().value(0), QStringLiteral("f(\u22121.5) = max(0, \u22121.5) = 0"));
    // A negative number multiplied keeps its parentheses.
    m_model->setFamily(QStringLiteral("leaky-relu"));
    QVERIFY2(formula->lines().value(0).contains(QStringLiteral("·(\u22121.5)")), qPrintable(formula->lines().value(0)));
    m_model->setFamily(QStringLiteral("relu"));
    QVERIFY(formula->lines().value(1).startsWith(QStringLiteral("f′(\u22121.5) = ")));
    QVERIFY(formula->lines().value(1).endsWith(QStringLiteral(" = 0")));
    QVERIFY(formula->isVisible());
    QVERIFY(formula->height() >= formula->heightForWidth(formula->width()));

    // Parameters as numbers, a product written out, the language's number format.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_window->setLocale(QLocale());
    m_model->setFamily(QStringLiteral("softplus"));
    QVERIFY(m_model->setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 8.0));
    m_model->setProbe(0.25);
    QVERIFY2(formula->lines().value(0).contains(QStringLiteral("8·0,25")), qPrintable(formula->lines().value(0)));
    QVERIFY2(formula->lines().value(0).endsWith(QStringLiteral(" = 0,2659")), qPrintable(formula->lines().value(0)));
    QVERIFY(formula->lines().value(1).endsWith(QStringLiteral(" = 0,8808")));
    // A decimal comma never doubles as the argument separator.
    m_model->setFamily(QStringLiteral("relu"));
    m_model->setProbe(1.5);
    QVERIFY2(formula->lines().value(0).contains(QStringLiteral("max(0; 1,5)")), qPrintable(formula->lines().value(0)));

    // Presentation mode keeps it under the charts, set larger with the rest of the page, and
    // reserves the room of the family that needs the most, whichever family is selected.
    const int normalPixels = QFontInfo(formula->font()).pixelSize();
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(formula->isVisible());
    QVERIFY(QFontInfo(formula->font()).pixelSize() > normalPixels);
    const int reserved = formula->heightForWidth(800);
    m_model->setFamily(QStringLiteral("gelu")); // four lines
    QVERIFY(m_model->setParameter(QStringLiteral("gelu"), QStringLiteral("approximate"), 1.0));
    QCOMPARE(formula->heightForWidth(800), reserved);
    QTest::keyClick(m_window, Qt::Key_Escape);
}

void MainWindowTest::blankAndShortcutOverlaysToggle()
{
    showWindow();
    QTest::keyClick(m_window, Qt::Key_B);
    QVERIFY(m_window->blankOverlay()->isVisible());
    QCOMPARE(m_window->blankOverlay()->geometry(), m_window->rect());
    QTest::keyClick(m_window->blankOverlay(), Qt::Key_B);
    QVERIFY(!m_window->blankOverlay()->isVisible());
    QTest::keyClick(m_window, Qt::Key_Period);
    QVERIFY(m_window->blankOverlay()->isVisible());
    QTest::keyClick(m_window->blankOverlay(), Qt::Key_Escape);
    QVERIFY(!m_window->blankOverlay()->isVisible());

    QTest::keyClick(m_window, Qt::Key_F1);
    QVERIFY(m_window->shortcutOverlay()->isVisible());
    QVERIFY(m_window->shortcutOverlay()->text().contains(QStringLiteral("F5")));
    QTest::keyClick(m_window->shortcutOverlay(), Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(!m_window->shortcutOverlay()->isVisible());
}

void MainWindowTest::labStateSurvivesARestart()
{
    m_model->setFamily(QStringLiteral("elu"));
    m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 0.5);
    m_model->setProbe(-2.25);
    m_model->setViewRange(-6.0, 3.0);
    m_window->close();

    LabModel restored;
    QSettings settings;
    QString notice;
    restoreLabState(&restored, settings, &notice);
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(restored.family(), QStringLiteral("elu"));
    QCOMPARE(restored.parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 0.5);
    QCOMPARE(restored.probe(), -2.25);
    QCOMPARE(restored.viewMinimum(), -6.0);
    QCOMPARE(restored.viewMaximum(), 3.0);
}

void MainWindowTest::damagedSettingsFallBackToDefaults()
{
    QSettings settings;
    settings.setValue(QStringLiteral("lab/family"), QStringLiteral("softsign"));
    settings.setValue(QStringLiteral("lab/elu/alpha"), QStringLiteral("lots"));
    settings.setValue(QStringLiteral("lab/probe"), 1e9);
    settings.setValue(QStringLiteral("lab/softplus/beta"), 4.0);
    LabModel restored;
    QString notice;
    restoreLabState(&restored, settings, &notice);
    QCOMPARE(restored.family(), QStringLiteral("relu"));
    QCOMPARE(restored.parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 1.0);
    QCOMPARE(restored.probe(), 1.1);
    QCOMPARE(restored.parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 4.0); // good entries still count
    QVERIFY(notice.contains(QStringLiteral("family")));
    QVERIFY(notice.contains(QStringLiteral("elu/alpha")));
    QVERIFY(notice.contains(QStringLiteral("probe")));
}

void MainWindowTest::screenshotWritesAPngOfTheAskedSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.png"));
    QVERIFY2(!qEnvironmentVariable("RELULAB_APP").isEmpty(), "RELULAB_APP must name the built relu-family-lab (ctest sets it)");
    QProcess app;
    app.start(qEnvironmentVariable("RELULAB_APP"),
              {QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("1366x768"),
               QStringLiteral("--scenario"), QStringLiteral("gelu-dip")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1366, 768));
    // Not a blank picture: text and curves give many distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

    app.start(qEnvironmentVariable("RELULAB_APP"),
              {QStringLiteral("--screenshot"), QStringLiteral("/nonexistent-folder/lab.png")});
    QVERIFY(app.waitForFinished(60000));
    QVERIFY(app.exitCode() != 0);
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-folder/lab.png")));
}

namespace {

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::PlaceholderText, QColor(0xaa, 0xaa, 0xaa));
    return palette;
}

} // namespace

void MainWindowTest::darkPaletteKeepsTheReadoutsReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void MainWindowTest::darkPaletteKeepsTheReadoutsReadable()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    showWindow();
    const QColor base = m_window->palette().color(QPalette::Base);
    for (const GradientHealth health : allHealthVerdicts()) {
        const QColor ink = style::healthColor(health, m_window->palette());
        QVERIFY2(contrast(ink, base) >= 4.5, qPrintable(healthId(health) % QStringLiteral(" ") % ink.name()));
    }
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        const QColor ink = style::familyColor(spec.id, m_window->palette());
        QVERIFY2(contrast(ink, base) >= 3.0, qPrintable(spec.id % QStringLiteral(" ") % ink.name()));
    }
    // Set RELULAB_SHOTS to a folder to keep a picture of each palette for a look by eye.
    if (const QString folder = qEnvironmentVariable("RELULAB_SHOTS"); !folder.isEmpty())
        m_window->grab().save(folder % QStringLiteral("/window-") % (dark ? QStringLiteral("dark") : QStringLiteral("light")) % QStringLiteral(".png"));
    QApplication::setPalette(original);
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
