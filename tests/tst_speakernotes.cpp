// The teacher's view of a lesson (speaker notes, next step, lesson time) and the window parts a
// lesson step restores, on the real window.
#include "board/activationboard.h"
#include "lessons/speakernotes.h"
#include "support/labwindow.h"
#include "survival/batchstatisticspanel.h"
#include "survival/depthlabpanel.h"
#include "survival/gradientsurvivalview.h"
#include "training/trainingview.h"
#include "window/presentationmode.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace relulab;

namespace {

LessonDeck notedDeck()
{
    LessonDeck deck;
    LessonStep first;
    first.state.family = QStringLiteral("relu");
    first.state.probe = -1.0;
    first.title.set(QStringLiteral("en"), QStringLiteral("Silence"));
    first.speakerNotes.set(QStringLiteral("en"), QStringLiteral("Ask: what is the slope here?\nThen reveal."));
    first.speakerNotes.set(QStringLiteral("fr"), QStringLiteral("Demandez la pente ici."));
    LessonStep second;
    second.state.family = QStringLiteral("elu");
    second.state.probe = -2.0;
    second.title.set(QStringLiteral("en"), QStringLiteral("A floor"));
    LessonStep third;
    third.state.family = QStringLiteral("gelu");
    third.state.probe = 0.5;
    deck.steps = {first, second, third};
    return deck;
}

QAction *windowAction(QWidget *window, const QString &name)
{
    for (QAction *action : window->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestSpeakerNotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clockText();
    void followsTheLessonSteps();
    void followsTheLanguage();
    void clockRunsFromTheFirstStep();
    void isNeverPartOfTheProjectedWindow();
    void oneScreenPresentationChangesNothing();
    void playerAppliesEveryViewFieldToTheWindow();
};

void TestSpeakerNotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestSpeakerNotes::clockText()
{
    QCOMPARE(SpeakerNotesWindow::clockText(0), QStringLiteral("0:00"));
    QCOMPARE(SpeakerNotesWindow::clockText(59999), QStringLiteral("0:59"));
    QCOMPARE(SpeakerNotesWindow::clockText(61000), QStringLiteral("1:01"));
    QCOMPARE(SpeakerNotesWindow::clockText(3723000), QStringLiteral("1:02:03"));
}

void TestSpeakerNotes::followsTheLessonSteps()
{
    testsupport::LabWindow lab;
    SpeakerNotesWindow *notes = lab.window.speakerNotes();
    QVERIFY(notes);
    QVERIFY(!notes->isVisible());
    QAction *show = windowAction(&lab.window, QStringLiteral("speakerNotes"));
    QVERIFY(show);
    show->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(notes));

    lab.lessons.setDeck(notedDeck());
    QVERIFY(notes->stepLabel()->text().contains(QStringLiteral("not started")));
    QCOMPARE(notes->nextLabel()->text(), QStringLiteral("Step 1: Silence"));
    QCOMPARE(notes->clockLabel()->text(), QStringLiteral("Lesson time: not started"));

    QVERIFY(lab.lessons.next());
    QCOMPARE(notes->stepLabel()->text(), QStringLiteral("Step 1 of 3: Silence"));
    QCOMPARE(notes->notesView()->toPlainText(), QStringLiteral("Ask: what is the slope here?\nThen reveal."));
    QCOMPARE(notes->nextLabel()->text(), QStringLiteral("Step 2: A floor"));
    QCOMPARE(notes->clockLabel()->text(), QStringLiteral("Lesson time: 0:00"));

    QVERIFY(lab.lessons.next());
    QCOMPARE(notes->stepLabel()->text(), QStringLiteral("Step 2 of 3: A floor"));
    QVERIFY(notes->notesView()->toPlainText().isEmpty());
    QCOMPARE(notes->notesView()->placeholderText(), QStringLiteral("No speaker notes for this step."));
    QCOMPARE(notes->nextLabel()->text(), QStringLiteral("Step 3"));

    QVERIFY(lab.lessons.next());
    QCOMPARE(notes->stepLabel()->text(), QStringLiteral("Step 3 of 3"));
    QCOMPARE(notes->nextLabel()->text(), QStringLiteral("The end of the lesson."));
    // Back with the clicker: the notes go back too.
    QVERIFY(lab.lessons.goTo(0));
    QVERIFY(notes->notesView()->toPlainText().startsWith(QStringLiteral("Ask:")));
}

void TestSpeakerNotes::followsTheLanguage()
{
    testsupport::LabWindow lab;
    SpeakerNotesWindow *notes = lab.window.speakerNotes();
    lab.lessons.setDeck(notedDeck());
    QVERIFY(lab.lessons.goTo(0));
    QVERIFY(lab.languages.switchTo(QStringLiteral("fr")));
    QCOMPARE(notes->notesView()->toPlainText(), QStringLiteral("Demandez la pente ici."));
    QVERIFY2(notes->stepLabel()->text().startsWith(QStringLiteral("Étape 1 sur 3")), qPrintable(notes->stepLabel()->text()));
    QVERIFY2(notes->windowTitle().startsWith(QStringLiteral("Notes du présentateur")), qPrintable(notes->windowTitle()));
    // A language the notes are not written in falls back to English.
    QVERIFY(lab.languages.switchTo(QStringLiteral("de")));
    QVERIFY(notes->notesView()->toPlainText().startsWith(QStringLiteral("Ask:")));
    QVERIFY(lab.languages.switchTo(QStringLiteral("en")));
}

void TestSpeakerNotes::clockRunsFromTheFirstStep()
{
    testsupport::LabWindow lab;
    SpeakerNotesWindow *notes = lab.window.speakerNotes();
    lab.lessons.setDeck(notedDeck());
    QCOMPARE(notes->lessonMilliseconds(), -1);
    QVERIFY(lab.lessons.next());
    QVERIFY(notes->lessonMilliseconds() >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(notes->clockLabel()->text(), QStringLiteral("Lesson time: 0:01"), 3000);
    // Further steps do not restart it; a new lesson does, from its own first step.
    QVERIFY(lab.lessons.next());
    QVERIFY(notes->lessonMilliseconds() >= 1000);
    lab.lessons.setDeck(notedDeck());
    QCOMPARE(notes->lessonMilliseconds(), -1);
    QCOMPARE(notes->clockLabel()->text(), QStringLiteral("Lesson time: not started"));
}

void TestSpeakerNotes::isNeverPartOfTheProjectedWindow()
{
    testsupport::LabWindow lab;
    SpeakerNotesWindow *notes = lab.window.speakerNotes();
    QVERIFY(notes->isWindow());
    QVERIFY(notes->window() != &lab.window);
    lab.lessons.setDeck(notedDeck());
    QVERIFY(lab.lessons.goTo(0));
    // No widget of the main window shows the notes' text, in presentation mode or not.
    lab.window.presentation()->setGoesFullScreen(false);
    for (const bool presenting : {false, true}) {
        lab.window.presentation()->setActive(presenting);
        for (QPlainTextEdit *edit : lab.window.findChildren<QPlainTextEdit *>()) {
            if (edit->window() == &lab.window)
                QVERIFY(!edit->toPlainText().contains(QStringLiteral("slope here")));
        }
        for (QLabel *label : lab.window.findChildren<QLabel *>()) {
            if (label->window() == &lab.window)
                QVERIFY(!label->text().contains(QStringLiteral("slope here")));
        }
    }
}

void TestSpeakerNotes::oneScreenPresentationChangesNothing()
{
    QCOMPARE(QGuiApplication::screens().size(), 1);
    testsupport::LabWindow lab;
    lab.window.resize(1000, 700);
    lab.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab.window));
    QScreen *screen = lab.window.screen();
    PresentationMode *presentation = lab.window.presentation();
    QVERIFY(presentation->useSecondScreen());
    QCOMPARE(presentation->projectorScreen(), nullptr);
    presentation->setActive(true);
    QCOMPARE(lab.window.screen(), screen);
    QVERIFY(!lab.window.speakerNotes()->isVisible());
    presentation->setActive(false);
    QVERIFY(!lab.window.speakerNotes()->isVisible());
}

void TestSpeakerNotes::playerAppliesEveryViewFieldToTheWindow()
{
    testsupport::LabWindow lab;
    auto *survival = lab.window.findChild<GradientSurvivalView *>(QStringLiteral("gradientSurvival"));
    QVERIFY(survival);
    LessonDeck deck = notedDeck();
    LessonStep &step = deck.steps[1];
    step.xRange = LessonXRange{-0.5, 3.5};
    step.comparison = QStringList();
    step.tab = QStringLiteral("training");
    step.survival = LessonSurvival{-2.0, 0.5};
    step.depth = LessonDepth{WeightInit::LeCun, 1.0, 32, 7, 16, 3};
    deck.steps[2].tab = QStringLiteral("survival");
    lab.lessons.setDeck(deck);

    QVERIFY(lab.window.board()->showOtherFamilies());
    QVERIFY(lab.lessons.goTo(1));
    QCOMPARE(lab.model.family(), QStringLiteral("elu"));
    QCOMPARE(lab.model.viewMinimum(), -0.5);
    QCOMPARE(lab.model.viewMaximum(), 3.5);
    QVERIFY(!lab.window.board()->showOtherFamilies());
    QCOMPARE(lab.window.tabs()->currentWidget(), lab.window.trainingView());
    QCOMPARE(survival->batchPanel()->mu(), -2.0);
    QCOMPARE(survival->batchPanel()->sigma(), 0.5);
    const DepthSettings depth = survival->depthPanel()->settings();
    QCOMPARE(depth.init, WeightInit::LeCun);
    QCOMPARE(depth.width, 32);
    QCOMPARE(depth.depth, 7);
    QCOMPARE(depth.batch, 16);
    QCOMPARE(depth.seed, quint64(3));

    // Step 3 sets only the tab: zoom, faint curves and the survival settings stay as step 2 left them.
    QVERIFY(lab.lessons.next());
    QCOMPARE(lab.window.tabs()->currentWidget(), survival);
    QCOMPARE(lab.model.viewMinimum(), -0.5);
    QVERIFY(!lab.window.board()->showOtherFamilies());
    QCOMPARE(survival->batchPanel()->mu(), -2.0);
    // Step 1 (a version 1 step) changes none of them either.
    QVERIFY(lab.lessons.goTo(0));
    QCOMPARE(lab.window.tabs()->currentWidget(), survival);
    QCOMPARE(lab.model.viewMaximum(), 3.5);
    // A non-empty list brings the faint curves back.
    deck.steps[0].comparison = QStringList{QStringLiteral("elu")};
    lab.lessons.setDeck(deck);
    QVERIFY(lab.lessons.goTo(0));
    QVERIFY(lab.window.board()->showOtherFamilies());
}

QTEST_MAIN(TestSpeakerNotes)
#include "tst_speakernotes.moc"
