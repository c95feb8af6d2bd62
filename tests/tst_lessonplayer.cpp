#include "labmodel.h"
#include "lessonplayer.h"
#include "scenario.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relulab;

namespace {

LessonDeck threeSteps()
{
    LessonDeck deck;
    LessonStep elu;
    elu.state.family = QStringLiteral("elu");
    elu.state.parameters = {{QStringLiteral("alpha"), 0.5}};
    elu.state.probe = -2.0;
    LessonStep gelu;
    gelu.state.family = QStringLiteral("gelu");
    gelu.state.parameters = {{QStringLiteral("approximate"), 1.0}};
    gelu.state.probe = -0.75;
    LessonStep softplus; // no parameters named: Softplus's beta goes back to its default
    softplus.state.family = QStringLiteral("softplus");
    softplus.state.probe = 3.0;
    deck.steps = {elu, gelu, softplus};
    return deck;
}

} // namespace

class TestLessonPlayer : public QObject
{
    Q_OBJECT

private slots:
    void startsWithTheBuiltInDeck();
    void nextAppliesEachStep();
    void previousAndBounds();
    void goToAppliesInOneBatch();
    void unnamedParametersGoBackToDefaults();
    void setDeckResetsThePosition();
    void refusedStepChangesNothing();
    void loadKeepsThePreviousDeckOnFailure();
    void knowsWhenTheStepWasLeft_data();
    void knowsWhenTheStepWasLeft();
    void zoomIsAppliedWithTheStep();
    void stepWithoutZoomKeepsTheView();
    void announcesEveryAppliedStep();
};

void TestLessonPlayer::startsWithTheBuiltInDeck()
{
    LabModel model;
    LessonPlayer player(&model);
    QCOMPARE(player.deck(), LessonDeck::builtIn());
    QCOMPARE(player.count(), builtInScenarios().size());
    QCOMPARE(player.currentIndex(), -1);
    QVERIFY(player.currentStep() == nullptr);
    QVERIFY(player.deckSource().isEmpty());
    QVERIFY(player.isBuiltIn());

    QVERIFY(player.goTo(3));
    const Scenario &fourth = builtInScenarios().at(3);
    QCOMPARE(player.currentIndex(), 3);
    QCOMPARE(model.family(), fourth.family);
    QCOMPARE(model.probe(), fourth.probe);
    QCOMPARE(model.parameter(fourth.family, fourth.parameters.constFirst().first), fourth.parameters.constFirst().second);
}

void TestLessonPlayer::nextAppliesEachStep()
{
    LabModel model;
    LessonPlayer player(&model);
    player.setDeck(threeSteps(), QStringLiteral("/tmp/three.relulesson"));
    QSignalSpy steps(&player, &LessonPlayer::currentStepChanged);

    QVERIFY(player.next());
    QCOMPARE(model.family(), QStringLiteral("elu"));
    QCOMPARE(model.parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 0.5);
    QCOMPARE(model.probe(), -2.0);
    QVERIFY(player.next());
    QCOMPARE(model.family(), QStringLiteral("gelu"));
    QCOMPARE(model.parameter(QStringLiteral("gelu"), QStringLiteral("approximate")), 1.0);
    QCOMPARE(model.probe(), -0.75);
    QVERIFY(player.next());
    QCOMPARE(model.family(), QStringLiteral("softplus"));
    QCOMPARE(model.probe(), 3.0);
    QCOMPARE(player.currentStep(), &player.deck().steps[2]);

    // Past the end: refused, nothing moves.
    QVERIFY(!player.next());
    QCOMPARE(player.currentIndex(), 2);
    QCOMPARE(model.probe(), 3.0);
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0).at(0).toInt(), 0);
    QCOMPARE(steps.at(1).at(0).toInt(), 1);
    QCOMPARE(steps.at(2).at(0).toInt(), 2);
}

void TestLessonPlayer::previousAndBounds()
{
    LabModel model;
    LessonPlayer player(&model);
    player.setDeck(threeSteps());
    QSignalSpy steps(&player, &LessonPlayer::currentStepChanged);

    QVERIFY(!player.previous()); // before the first step there is nothing before
    QCOMPARE(player.currentIndex(), -1);
    QVERIFY(player.goTo(2));
    QVERIFY(player.previous());
    QCOMPARE(player.currentIndex(), 1);
    QCOMPARE(model.family(), QStringLiteral("gelu"));
    QVERIFY(player.previous());
    QCOMPARE(player.currentIndex(), 0);
    QCOMPARE(model.family(), QStringLiteral("elu"));
    QVERIFY(!player.previous());
    QCOMPARE(player.currentIndex(), 0);

    QString error;
    QVERIFY(!player.goTo(3, &error));
    QCOMPARE(error, QStringLiteral("no step 4; the lesson has 3"));
    QVERIFY(!player.goTo(-1));
    QCOMPARE(player.currentIndex(), 0);
    QCOMPARE(steps.size(), 3);

    // The same step again re-applies its state without announcing a step change.
    QVERIFY(model.setProbe(1.0));
    QVERIFY(player.goTo(0));
    QCOMPARE(model.probe(), -2.0);
    QCOMPARE(steps.size(), 3);
}

void TestLessonPlayer::goToAppliesInOneBatch()
{
    LabModel model;
    LessonPlayer player(&model);
    player.setDeck(threeSteps());
    QSignalSpy reading(&model, &LabModel::readingChanged);
    QSignalSpy family(&model, &LabModel::familyChanged);
    QSignalSpy probe(&model, &LabModel::probeChanged);
    QVERIFY(player.goTo(1));
    QCOMPARE(reading.size(), 1);
    QCOMPARE(family.size(), 1);
    QCOMPARE(family.at(0).at(0).toString(), QStringLiteral("gelu"));
    QCOMPARE(probe.size(), 1);
    QCOMPARE(model.probe(), -0.75);
}

void TestLessonPlayer::unnamedParametersGoBackToDefaults()
{
    LabModel model;
    QVERIFY(model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 8.0));
    LessonPlayer player(&model);
    player.setDeck(threeSteps());
    QVERIFY(player.goTo(2));
    QCOMPARE(model.parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 1.0);
}

void TestLessonPlayer::setDeckResetsThePosition()
{
    LabModel model;
    LessonPlayer player(&model);
    QVERIFY(player.goTo(3));
    QSignalSpy decks(&player, &LessonPlayer::deckChanged);
    QSignalSpy steps(&player, &LessonPlayer::currentStepChanged);
    const double probe = model.probe();

    player.setDeck(threeSteps(), QStringLiteral("/lessons/three.relulesson"));
    QCOMPARE(decks.size(), 1);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0).at(0).toInt(), -1);
    QCOMPARE(player.currentIndex(), -1);
    QCOMPARE(player.count(), 3);
    QCOMPARE(player.deckSource(), QStringLiteral("/lessons/three.relulesson"));
    QVERIFY(!player.isBuiltIn());
    QCOMPARE(model.probe(), probe); // a new deck alone does not move the lab
}

void TestLessonPlayer::refusedStepChangesNothing()
{
    LabModel model;
    LessonPlayer player(&model);
    LessonDeck deck = threeSteps();
    deck.steps[1].state.parameters = {{QStringLiteral("approximate"), 7.0}};
    player.setDeck(deck);
    QVERIFY(player.goTo(0));
    QSignalSpy reading(&model, &LabModel::readingChanged);
    QString error;
    QVERIFY(!player.goTo(1, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(player.currentIndex(), 0);
    QCOMPARE(model.family(), QStringLiteral("elu"));
    QCOMPARE(reading.size(), 0);
}

void TestLessonPlayer::loadKeepsThePreviousDeckOnFailure()
{
    QTemporaryDir dir;
    LabModel model;
    LessonPlayer player(&model);
    QSignalSpy decks(&player, &LessonPlayer::deckChanged);

    QString error;
    QVERIFY2(player.loadDeck(QStringLiteral(":/lessons/sample.relulesson"), &error), qPrintable(error));
    QCOMPARE(decks.size(), 1);
    QCOMPARE(player.deckSource(), QStringLiteral(":/lessons/sample.relulesson"));
    QVERIFY(player.goTo(1));
    const LessonDeck sample = player.deck();

    const QString broken = dir.filePath(QStringLiteral("broken.relulesson"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [{"family": "relu", "probe": 2000}]})");
    file.close();
    QVERIFY(!player.loadDeck(broken, &error));
    QCOMPARE(error, QStringLiteral("broken.relulesson: step 1, field 'probe': 2000 is out of range; valid: a number from -1000 to 1000"));
    QCOMPARE(player.deck(), sample);
    QCOMPARE(player.deckSource(), QStringLiteral(":/lessons/sample.relulesson"));
    QCOMPARE(player.currentIndex(), 1);
    QCOMPARE(decks.size(), 1);
    QVERIFY(!player.loadDeck(dir.filePath(QStringLiteral("missing.relulesson")), &error));
    QCOMPARE(player.deck(), sample);
}

void TestLessonPlayer::knowsWhenTheStepWasLeft_data()
{
    QTest::addColumn<QString>("change"); // what the class does after the step
    QTest::newRow("probe") << "probe";
    QTest::newRow("family") << "family";
    QTest::newRow("parameter") << "parameter";
}

void TestLessonPlayer::knowsWhenTheStepWasLeft()
{
    QFETCH(QString, change);
    LabModel model;
    LessonPlayer player(&model);
    QSignalSpy left(&player, &LessonPlayer::stepLeftChanged);
    QVERIFY(!player.hasLeftStep()); // before the first step there is nothing to leave
    QVERIFY(player.goTo(7)); // softplus-sharpening: Softplus, beta = 8, x = 0.25
    QVERIFY(!player.hasLeftStep());
    QCOMPARE(left.count(), 0); // applying a step is not leaving it, not even for a moment

    if (change == QLatin1String("probe"))
        QVERIFY(model.setProbe(0.3));
    else if (change == QLatin1String("family"))
        QVERIFY(model.setFamily(QStringLiteral("relu")));
    else
        QVERIFY(model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 4.0));
    QVERIFY(player.hasLeftStep());
    QCOMPARE(left.count(), 1);
    QCOMPARE(left.constLast().constFirst().toBool(), true);

    QVERIFY(player.restoreStep());
    QVERIFY(!player.hasLeftStep());
    QCOMPARE(left.count(), 2);
    QCOMPARE(model.family(), QStringLiteral("softplus"));
    QCOMPARE(model.probe(), 0.25);
    QCOMPARE(model.parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 8.0);
}

void TestLessonPlayer::zoomIsAppliedWithTheStep()
{
    LabModel model;
    LessonPlayer player(&model);
    LessonDeck deck = threeSteps();
    deck.steps[1].xRange = LessonXRange{-1.5, 0.5};
    player.setDeck(deck);
    QSignalSpy reading(&model, &LabModel::readingChanged);
    QSignalSpy range(&model, &LabModel::viewRangeChanged);
    QVERIFY(player.goTo(1));
    QCOMPARE(model.viewMinimum(), -1.5);
    QCOMPARE(model.viewMaximum(), 0.5);
    QCOMPARE(model.probe(), -0.75);
    QCOMPARE(range.size(), 1);
    QCOMPARE(reading.size(), 1); // zoom and state in one batch
    // The class zooms out; R brings the step's zoom back.
    QVERIFY(model.setViewRange(-10.0, 10.0));
    QVERIFY(player.restoreStep());
    QCOMPARE(model.viewMinimum(), -1.5);
    QCOMPARE(model.viewMaximum(), 0.5);
}

void TestLessonPlayer::stepWithoutZoomKeepsTheView()
{
    // A version 1 step (no "zoom") leaves the teacher's zoom as it is, as before.
    LabModel model;
    QVERIFY(model.setViewRange(-2.0, 6.0));
    LessonPlayer player(&model);
    player.setDeck(threeSteps());
    QSignalSpy range(&model, &LabModel::viewRangeChanged);
    QVERIFY(player.goTo(0));
    QCOMPARE(model.viewMinimum(), -2.0);
    QCOMPARE(model.viewMaximum(), 6.0);
    QCOMPARE(range.size(), 0);
}

void TestLessonPlayer::announcesEveryAppliedStep()
{
    LabModel model;
    LessonPlayer player(&model);
    LessonDeck deck = threeSteps();
    deck.steps[0].hiddenParts = QStringList{QStringLiteral("readouts"), QStringLiteral("derivative")};
    deck.steps[1].tab = QStringLiteral("survival");
    deck.steps[2].hiddenParts = QStringList(); // show everything again
    player.setDeck(deck);
    QSignalSpy applied(&player, &LessonPlayer::stepApplied);
    QSignalSpy hidden(&player, &LessonPlayer::stepWantsHiddenParts);
    QVERIFY(player.next());
    QCOMPARE(applied.size(), 1);
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.at(0).at(0).toStringList(), (QStringList{QStringLiteral("readouts"), QStringLiteral("derivative")}));
    // The model already shows the step when it is announced.
    connect(&player, &LessonPlayer::stepApplied, this, [&model](const LessonStep &step) {
        QCOMPARE(model.family(), step.state.family);
        QCOMPARE(model.probe(), step.state.probe);
    });
    QVERIFY(player.next());
    QCOMPARE(applied.size(), 2);
    QCOMPARE(*applied.at(1).at(0).value<LessonStep>().tab, QStringLiteral("survival"));
    QCOMPARE(hidden.size(), 1); // step 2 says nothing about hiding
    QVERIFY(player.next());
    QCOMPARE(hidden.size(), 2);
    QVERIFY(hidden.at(1).at(0).toStringList().isEmpty());
    // Applying the same step again (R) announces it again; a refused step announces nothing.
    QVERIFY(player.restoreStep());
    QCOMPARE(applied.size(), 4);
    QVERIFY(!player.goTo(7));
    QCOMPARE(applied.size(), 4);
}

QTEST_GUILESS_MAIN(TestLessonPlayer)
#include "tst_lessonplayer.moc"
