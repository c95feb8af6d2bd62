// The Training tab in the real window: scenarios by key, live training off the GUI thread, the
// transport keys, the charts and units it paints, its text in every language.
#include "support/labwindow.h"
#include "training/decisionmap.h"
#include "training/stepchart.h"
#include "training/trainingscenario.h"
#include "training/trainingview.h"
#include "training/unitgrid.h"
#include "window/presentationmode.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QDoubleSpinBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace relulab;

class TestTrainingView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The settings of a scope of their own, never the teacher's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_trainingview"));
    }
    void init()
    {
        QSettings().clear();
        m_lab = std::make_unique<testsupport::LabWindow>();
        m_lab->window.resize(1366, 768);
        m_lab->window.show();
        QVERIFY(QTest::qWaitForWindowActive(&m_lab->window));
        m_view = m_lab->window.trainingView();
        QVERIFY(m_view);
    }
    void cleanup()
    {
        m_lab.reset();
    }

    void followsTheLabOnlyWhenSeen()
    {
        // A slider drag on the lab page does not restart the hidden tab's network for every step;
        // shown again, the tab starts a run with the lab's new family and parameter.
        auto *tabs = m_lab->window.findChild<QTabWidget *>();
        tabs->setCurrentIndex(0);
        QVERIFY(!m_view->isVisible());
        QTest::qWait(100); // a snapshot still on its way from the first run
        QSignalSpy snapshots(m_view->runner(), &TrainingRunner::snapshotReady);
        QVERIFY(m_lab->model.setFamily(QStringLiteral("elu")));
        for (double alpha : {0.5, 0.7, 0.9, 1.1})
            QVERIFY(m_lab->model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), alpha));
        QTest::qWait(200);
        QCOMPARE(snapshots.count(), 0);
        tabs->setCurrentWidget(m_view);
        QTRY_VERIFY(snapshots.count() >= 1);
        const TrainingSnapshot shown = snapshots.last().at(0).value<TrainingSnapshot>();
        QCOMPARE(shown.step, 0);
        QCOMPARE(m_view->settings().family, QStringLiteral("elu"));
    }

    void isTheThirdTab()
    {
        auto *tabs = m_lab->window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->widget(2), m_view);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Training"));
    }

    void dyingReluKeyStartsAndUnitsDie()
    {
        auto *tabs = m_lab->window.findChild<QTabWidget *>();
        QTest::keyClick(&m_lab->window, Qt::Key_D);
        QCOMPARE(tabs->currentWidget(), m_view);
        const TrainingScenario *scenario = findTrainingScenario(QStringLiteral("dying-relu"));
        QCOMPARE(m_lab->model.family(), scenario->settings.family);
        QVERIFY(m_view->runner()->isRunning());
        // Fastest speed; the GUI thread must stay free: a 5 ms timer never waits over a frame.
        m_view->findChild<QComboBox *>(QStringLiteral("trainingSpeed"))->setCurrentIndex(4);
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worstGap = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ticker.start(5);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->step() >= scenario->steps, 60000);
        ticker.stop();
        // Generous for a shared, loaded CPU; training on the GUI thread would block it for seconds.
        QVERIFY2(worstGap < 250, qPrintable(QString::number(worstGap)));
        QTest::keyClick(&m_lab->window, Qt::Key_P);
        QTRY_VERIFY(!m_view->runner()->isRunning());
        // The charts have every step; the status names the dead.
        QVERIFY(m_view->lossChart()->stepCount() >= scenario->steps);
        QCOMPARE(m_view->deadChart()->stepCount(), m_view->lossChart()->stepCount());
        auto *status = m_view->findChild<QLabel *>(QStringLiteral("trainingStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("of 16 hidden units dead")), qPrintable(status->text()));
        QVERIFY(!status->text().contains(QStringLiteral(" 0 of 16")));
    }

    void leakyKeyRunsTheSameNetwork()
    {
        QTest::keyClick(&m_lab->window, Qt::Key_L);
        QCOMPARE(m_lab->model.family(), findTrainingScenario(QStringLiteral("leaky-rescue"))->settings.family);
        const TrainingSettings running = m_view->settings();
        const TrainingSettings &dying = findTrainingScenario(QStringLiteral("dying-relu"))->settings;
        QCOMPARE(running.learningRate, dying.learningRate);
        QCOMPARE(running.biasInit, dying.biasInit);
        QCOMPARE(running.seed, dying.seed);
        QCOMPARE(running.width, dying.width);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->step() > 50, 60000);
    }

    void singleStepAndReset()
    {
        auto *tabs = m_lab->window.findChild<QTabWidget *>();
        tabs->setCurrentWidget(m_view);
        QTRY_COMPARE(m_view->step(), 0);
        QTest::keyClick(&m_lab->window, Qt::Key_S);
        QTRY_COMPARE(m_view->step(), 1);
        QTest::keyClick(&m_lab->window, Qt::Key_S);
        QTRY_COMPARE(m_view->step(), 2);
        QCOMPARE(m_view->lossChart()->stepCount(), 2);
        QTest::keyClick(&m_lab->window, Qt::Key_R);
        QTRY_COMPARE(m_view->lossChart()->stepCount(), 0);
        QCOMPARE(m_view->step(), 0);
        // Off the Training tab, S does not train.
        tabs->setCurrentIndex(0);
        QTest::keyClick(&m_lab->window, Qt::Key_S);
        QTest::qWait(100);
        QCOMPARE(m_view->step(), 0);
    }

    void regionsAndUnitsArePainted()
    {
        m_view->applyScenario(QStringLiteral("smooth-gates"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->step() > 100, 60000); // a busy machine trains slowly
        m_view->runner()->pause();
        const QImage regions = m_view->decisionMap()->regions();
        QCOMPARE(regions.width(), TrainingRunner::kGridResolution);
        // Both classes have a region of their own: the two commonest colours each cover a fifth.
        QHash<QRgb, int> colours;
        for (int y = 0; y < regions.height(); y += 4) {
            for (int x = 0; x < regions.width(); x += 4)
                ++colours[regions.pixel(x, y)];
        }
        QList<int> counts = colours.values();
        std::sort(counts.begin(), counts.end(), std::greater<int>());
        QVERIFY(counts.size() >= 2);
        const int samples = (regions.width() / 4) * (regions.height() / 4);
        QVERIFY2(counts[0] >= samples / 5 && counts[1] >= samples / 5, qPrintable(QStringLiteral("%1 %2").arg(counts[0]).arg(counts[1])));
        const QImage units = m_view->unitGrid()->grab().toImage();
        QVERIFY(!units.isNull());
    }

    void familyChangeRestartsTheRun()
    {
        m_view->applyScenario(QStringLiteral("dying-relu"));
        QTRY_VERIFY_WITH_TIMEOUT(m_view->step() > 20, 60000);
        m_lab->model.setFamily(QStringLiteral("elu"));
        QCOMPARE(m_view->settings().family, QStringLiteral("elu"));
        QTRY_VERIFY(m_view->lossChart()->stepCount() < 20 || m_view->step() < 20);
    }

    void speaksEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("scenario");
        QTest::newRow("de") << "de" << "Training" << "Sterbende ReLU";
        QTest::newRow("es") << "es" << "Entrenamiento" << "ReLU moribunda";
        QTest::newRow("fr") << "fr" << "Entraînement" << "ReLU mourante";
    }

    void speaksEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, scenario);
        QVERIFY(m_lab->languages.switchTo(language));
        auto *tabs = m_lab->window.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(2), title);
        auto *button = m_view->findChild<QPushButton *>(QStringLiteral("scenario-dying-relu"));
        QVERIFY2(button->text().startsWith(scenario), qPrintable(button->text()));
        auto *play = m_view->findChild<QPushButton *>(QStringLiteral("trainingPlay"));
        QVERIFY(!play->text().startsWith(QStringLiteral("Play")));
    }

    void presentationHidesSettingsAndEnlargesText()
    {
        auto *tabs = m_lab->window.findChild<QTabWidget *>();
        tabs->setCurrentWidget(m_view);
        const qreal before = m_view->font().pointSizeF();
        QVERIFY(m_view->settingsPanel()->isVisible());
        m_lab->window.presentation()->setGoesFullScreen(false);
        m_lab->window.presentation()->setActive(true);
        QVERIFY(!m_view->settingsPanel()->isVisible());
        QVERIFY(m_view->font().pointSizeF() > before * 1.3);
        // The scenario keys still work without the menu bar.
        QTest::keyClick(&m_lab->window, Qt::Key_G);
        QCOMPARE(m_lab->model.family(), findTrainingScenario(QStringLiteral("smooth-gates"))->settings.family);
        // K starts the sigmoid stack: six sigmoid layers.
        QTest::keyClick(&m_lab->window, Qt::Key_K);
        QCOMPARE(m_lab->model.family(), QStringLiteral("sigmoid"));
        QCOMPARE(m_view->findChild<QPushButton *>(QStringLiteral("scenario-sigmoid-stack"))->text().endsWith(QStringLiteral("(K)")), true);
        m_lab->window.presentation()->setActive(false);
        QVERIFY(m_view->settingsPanel()->isVisible());
    }

    void settingsAreRememberedAndScenariosStillSetTheirOwn()
    {
        // Every setting changed through its own control, as a teacher would.
        const auto combo = [this](const char *name) { return m_view->findChild<QComboBox *>(QLatin1String(name)); };
        const auto spin = [this](const char *name) { return m_view->findChild<QSpinBox *>(QLatin1String(name)); };
        const auto real = [this](const char *name) { return m_view->findChild<QDoubleSpinBox *>(QLatin1String(name)); };
        combo("trainingDataSet")->setCurrentIndex(2);
        spin("trainingSamples")->setValue(600);
        real("trainingNoise")->setValue(0.3);
        spin("trainingWidth")->setValue(12);
        spin("trainingDepth")->setValue(3);
        combo("trainingOptimizer")->setCurrentIndex(2);
        real("trainingLearningRate")->setValue(0.05);
        spin("trainingBatch")->setValue(32);
        combo("trainingInit")->setCurrentIndex(1);
        real("trainingBiasInit")->setValue(-0.5);
        spin("trainingSeed")->setValue(4242);
        combo("trainingSpeed")->setCurrentIndex(1);
        const TrainingSettings chosen = m_view->settings();
        QCOMPARE(chosen.dataSet, DataSetKind::Spiral);
        QCOMPARE(chosen.optimizer, OptimizerKind::Adam);

        // A second window with the same settings store starts where the first left off.
        testsupport::LabWindow second;
        QCOMPARE(second.window.restoreWindowState(), QStringList());
        TrainingView *view = second.window.trainingView();
        const TrainingSettings restored = view->settings();
        QCOMPARE(restored.dataSet, chosen.dataSet);
        QCOMPARE(restored.samples, 600);
        QCOMPARE(restored.noise, 0.3);
        QCOMPARE(restored.width, 12);
        QCOMPARE(restored.depth, 3);
        QCOMPARE(restored.optimizer, chosen.optimizer);
        QCOMPARE(restored.learningRate, 0.05);
        QCOMPARE(restored.batch, 32);
        QCOMPARE(restored.init, TrainingInit::Xavier);
        QCOMPARE(restored.biasInit, -0.5);
        QCOMPARE(restored.seed, quint64(4242));
        QCOMPARE(view->findChild<QComboBox *>(QStringLiteral("trainingSpeed"))->currentIndex(), 1);
        // The run shown is the restored one: 12 × 3 hidden units.
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("trainingStatus"))->text().contains(QStringLiteral("of 36 hidden")));

        // A scenario key still sets its own values, and those are then the ones remembered.
        const TrainingScenario *scenario = findTrainingScenario(QStringLiteral("dying-relu"));
        m_lab.reset();
        second.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&second.window));
        QTest::keyClick(&second.window, Qt::Key_D);
        QCOMPARE(view->settings().width, scenario->settings.width);
        QCOMPARE(view->settings().learningRate, scenario->settings.learningRate);
        QCOMPARE(view->settings().biasInit, scenario->settings.biasInit);
        QCOMPARE(QSettings().value(QStringLiteral("training/biasInit")).toDouble(), scenario->settings.biasInit);
    }

    void badStoredValuesFallBackToTheDefault()
    {
        QSettings store;
        store.setValue(QStringLiteral("training/width"), 999);           // above 64
        store.setValue(QStringLiteral("training/optimizer"), QStringLiteral("nesterov"));
        store.setValue(QStringLiteral("training/noise"), QStringLiteral("lots"));
        store.setValue(QStringLiteral("training/batch"), 5000);          // more than the training set
        store.setValue(QStringLiteral("training/speed"), 7);             // not one of the speeds offered
        store.setValue(QStringLiteral("training/depth"), 4);             // valid: kept
        store.sync();
        testsupport::LabWindow second;
        const QStringList ignored = second.window.restoreWindowState();
        for (const char *key : {"training/width", "training/optimizer", "training/noise", "training/batch", "training/speed"})
            QVERIFY2(ignored.contains(QLatin1String(key)), key);
        QCOMPARE(ignored.size(), 5);
        const TrainingSettings defaults;
        const TrainingSettings restored = second.window.trainingView()->settings();
        QCOMPARE(restored.width, defaults.width);
        QCOMPARE(restored.optimizer, defaults.optimizer);
        QCOMPARE(restored.noise, defaults.noise);
        QCOMPARE(restored.batch, defaults.batch);
        QCOMPARE(restored.depth, 4);
        QCOMPARE(second.window.trainingView()->findChild<QComboBox *>(QStringLiteral("trainingSpeed"))->currentData().toInt(), 200);
    }

    // Presentation from the back of a room: at each projector size the four charts fill a good
    // share of the screen height, the status numbers are a headline (6 % of the height), every
    // word on the tab is body type (2.5 %), ticks and unit steps at least 2 %, curves 0.4 %
    // thick; the tab's keys work as in the F1 list, also after a click on a button.
    void presentationGivesTheChartsRoom_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("3840x2160") << QSize(3840, 2160);
    }
    void presentationGivesTheChartsRoom()
    {
        QFETCH(QSize, screen);
        m_lab.reset();
        testsupport::LabWindow lab;
        lab.window.resize(screen);
        lab.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab.window));
        lab.window.presentation()->setGoesFullScreen(false); // the window stands for the screen
        lab.window.presentation()->setActive(true);
        TrainingView *view = lab.window.trainingView();
        // The keys, from the lab tab where presentation began: D starts the scenario here.
        QTest::keyClick(&lab.window, Qt::Key_D);
        QCOMPARE(lab.window.findChild<QTabWidget *>()->currentWidget(), view);
        QTRY_VERIFY_WITH_TIMEOUT(view->step() >= 50, 60000);
        // Space pauses here (a keyboard's habit), and the lesson keeps its step.
        const int lessonStep = lab.lessons.currentIndex();
        QTest::keyClick(&lab.window, Qt::Key_Space);
        QTRY_VERIFY(!view->runner()->isRunning());
        QCOMPARE(lab.lessons.currentIndex(), lessonStep);
        // Steps under way when P arrived still come in: wait until the count stands.
        int paused = -1;
        while (paused != view->step()) {
            paused = view->step();
            QTest::qWait(150);
        }
        QTest::keyClick(&lab.window, Qt::Key_S);
        QTRY_COMPARE(view->step(), paused + 1);
        QCoreApplication::processEvents();
        // RELULAB_SHOTS=dir keeps what was measured, for a look.
        const QString shots = qEnvironmentVariable("RELULAB_SHOTS");
        if (!shots.isEmpty())
            QVERIFY(lab.window.grab().save(shots % QStringLiteral("/training-presentation-") % QTest::currentDataTag() % QStringLiteral(".png")));
        const double height = screen.height();
        const auto em = [](const QFont &font) { return QFontInfo(font).pixelSize(); };
        // Presentation began on the lab tab: the settings and intro stay folded away here too.
        QVERIFY(!view->settingsPanel()->isVisible());
        QVERIFY(!view->intro()->isVisible());

        // The status line: its numbers a headline, in a label tall enough to show them whole.
        QLabel *status = view->statusLine();
        QVERIFY(status->isVisible() && status->text().contains(QString::number(paused + 1)));
        QVERIFY2(em(view->statusNumberFont()) >= 0.06 * height, qPrintable(QStringLiteral("status numbers %1 px").arg(em(view->statusNumberFont()))));
        QVERIFY2(status->height() >= 0.06 * height, qPrintable(QStringLiteral("status %1 px high").arg(status->height())));
        QVERIFY(QRect(QPoint(0, 0), lab.window.size()).contains(QRect(status->mapTo(&lab.window, QPoint(0, 0)), status->size())));
        // Every word on the tab: titles, notes, buttons, the units' layer captions.
        QStringList small;
        for (QWidget *widget : view->findChildren<QWidget *>()) {
            const auto *label = qobject_cast<QLabel *>(widget);
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            const bool hasText = (label && !label->text().isEmpty()) || (button && !button->text().isEmpty());
            if (widget->isVisible() && hasText && em(widget->font()) < 0.025 * height)
                small << QStringLiteral("%1 %2 px").arg(widget->objectName()).arg(em(widget->font()));
        }
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", "))));
        UnitGrid *units = view->unitGrid();
        QVERIFY(em(units->font()) >= 0.025 * height);
        QVERIFY2(em(units->diedAtFont()) >= 0.02 * height, qPrintable(QStringLiteral("died-at %1 px").arg(em(units->diedAtFont()))));

        const QList<StepChart *> charts{view->lossChart(), view->accuracyChart(), view->deadChart(), view->gradientChart()};
        // The rows the charts take, each counted once (a 2 × 2 grid shares rows).
        QList<QPair<int, int>> rows;
        for (StepChart *chart : charts) {
            QVERIFY(chart->isVisible());
            QVERIFY(chart->stepCount() > 0);
            const QRect box(chart->mapTo(&lab.window, QPoint(0, 0)), chart->size());
            QVERIFY2(lab.window.rect().contains(box), "a chart outside the window");
            const QPair<int, int> row{box.top(), box.bottom()};
            if (!rows.contains(row))
                rows.append(row);
            // Titles, legends and ticks are drawn in the chart's own font.
            QVERIFY2(em(chart->font()) >= 0.02 * height, qPrintable(QStringLiteral("ticks %1 px").arg(em(chart->font()))));
            QVERIFY2(chart->curveWidth() >= 0.004 * height, qPrintable(QStringLiteral("curve %1 px").arg(chart->curveWidth())));
            QVERIFY2(chart->width() >= 0.25 * screen.width(), qPrintable(QStringLiteral("chart %1 px wide").arg(chart->width())));
        }
        int chartHeight = 0;
        for (const auto &row : std::as_const(rows))
            chartHeight += row.second - row.first + 1;
        QVERIFY2(chartHeight >= 0.4 * height, qPrintable(QStringLiteral("charts take %1 of %2 px").arg(chartHeight).arg(height)));
        // The plane and the units stay in view beside them.
        QVERIFY(view->decisionMap()->isVisible() && view->decisionMap()->height() >= 0.2 * height);
        QVERIFY(units->isVisible() && units->height() >= 0.2 * height);

        // After a click on Play, Space still pauses (the button does not keep the keys), P plays.
        QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("trainingPlay")), Qt::LeftButton);
        QVERIFY(view->runner()->isRunning());
        QTest::keyClick(&lab.window, Qt::Key_Space);
        QVERIFY(!view->runner()->isRunning());
        QTest::keyClick(&lab.window, Qt::Key_P);
        QVERIFY(view->runner()->isRunning());
        QTest::keyClick(&lab.window, Qt::Key_R);
        QTRY_COMPARE(view->step(), 0);
        lab.window.presentation()->setActive(false);
        QVERIFY(view->settingsPanel()->isVisible());
        QVERIFY(em(view->statusNumberFont()) < 0.06 * height);
    }

    // Presentation at each projector size in every language: the decision map is as large as
    // its box allows, square and filling it both ways (not a small square in a wide strip), and
    // big enough for the back row; the charts' titles are whole.
    void presentationMapIsLarge_data() { projectorsAndLanguages(); }
    void presentationMapIsLarge()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        m_lab.reset();
        testsupport::LabWindow lab;
        present(lab, screen, language);
        if (QTest::currentTestFailed())
            return;
        TrainingView *view = lab.window.trainingView();
        QTRY_VERIFY_WITH_TIMEOUT(view->step() >= 50, 60000);
        DecisionMap *map = view->decisionMap();
        QVERIFY(map->isVisible());
        const QRect square = map->plotRect();
        const QString sizes = QStringLiteral("map %1 × %2 px in a %3 × %4 box")
                                  .arg(square.width()).arg(square.height()).arg(map->width()).arg(map->height());
        QVERIFY2(square.width() == square.height() && map->rect().contains(square), qPrintable(sizes));
        QVERIFY2(square.width() >= 0.8 * map->width() && square.height() >= 0.8 * map->height(), qPrintable(sizes));
        QVERIFY2(square.height() >= 0.4 * screen.height(), qPrintable(sizes));
        QVERIFY(lab.window.rect().contains(QRect(map->mapTo(&lab.window, QPoint(0, 0)), map->size())));

        // The step charts' titles are drawn whole ("Perte d’entraînement (entropie croisée,
        // échelle log.)" too): broken between words, every line within the chart, nothing cut.
        for (StepChart *chart : {view->lossChart(), view->accuracyChart(), view->deadChart(), view->gradientChart()}) {
            const QStringList lines = chart->titleLines();
            QCOMPARE(lines.join(QLatin1Char(' ')), chart->accessibleName());
            for (const QString &line : lines) {
                const int width = QFontMetrics(chart->titleFont()).horizontalAdvance(line);
                QVERIFY2(width <= chart->width() - 12, qPrintable(QStringLiteral("%1: \"%2\" %3 px in %4").arg(language, line).arg(width).arg(chart->width())));
            }
        }
    }

    // Presentation at each projector size in every language, after the dying-ReLU run has
    // killed most units: every dead unit says when it died, its step whole, in a box its
    // measured text fits, inside the grid, and no two labels meet.
    void presentationDeathStepsNeverMeet_data() { projectorsAndLanguages(); }
    void presentationDeathStepsNeverMeet()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        m_lab.reset();
        testsupport::LabWindow lab;
        present(lab, screen, language);
        if (QTest::currentTestFailed())
            return;
        TrainingView *view = lab.window.trainingView();
        UnitGrid *units = view->unitGrid();
        const auto deadUnits = [units] {
            return std::count_if(units->units().cbegin(), units->units().cend(), [](const UnitState &u) { return u.dead; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(view->step() >= 300 && deadUnits() >= 4, 30000);
        view->runner()->pause();
        QTRY_VERIFY(!view->runner()->isRunning());
        QCoreApplication::processEvents();
        // RELULAB_SHOTS=dir keeps what was measured, for a look.
        const QString shots = qEnvironmentVariable("RELULAB_SHOTS");
        if (!shots.isEmpty())
            QVERIFY(lab.window.grab().save(shots % QStringLiteral("/training-deaths-") % QTest::currentDataTag() % QStringLiteral(".png")));

        const QList<UnitGrid::DiedAtLabel> labels = units->diedAtLabels();
        QCOMPARE(labels.size(), deadUnits());
        checkDeathSteps(units, QTest::currentDataTag());
    }

    // The grid on its own, from its smallest to a 4K projector's size, in body types from a
    // laptop's to a projector's, from one unit to the largest network, every unit dead at steps
    // up to seven digits: labels never meet, stay inside, hold their whole step; those that do
    // not fit are crossed instead.
    void deathStepsNeverMeetAtAnySize()
    {
        UnitGrid grid;
        grid.setLayerLabel(QStringLiteral("Layer %1"));
        grid.setDiedLabel(QStringLiteral("†%1"));
        const QList<int> steps{0, 7, 123, 9999, 12345, 123456, 1234567};
        qsizetype labelled = 0;
        qsizetype crossed = 0;
        for (const QSize &size : {QSize(160, 140), QSize(445, 166), QSize(630, 246), QSize(1270, 528)}) {
            for (double points : {9.0, 16.5, 23.0, 47.0}) {
                for (const QPair<int, int> &shape : {qMakePair(1, 1), qMakePair(2, 8), qMakePair(3, 16), qMakePair(6, 64)}) {
                    QFont font = grid.font();
                    font.setPointSizeF(points);
                    grid.setFont(font);
                    grid.resize(size);
                    QList<UnitState> units(shape.first * shape.second);
                    for (qsizetype i = 0; i < units.size(); ++i) {
                        units[i].dead = true;
                        units[i].diedAt = steps.at(i % steps.size()) + int(i / steps.size());
                    }
                    grid.setUnits(units, shape.first, shape.second);
                    const QString where = QStringLiteral("%1×%2, %3 pt, %4 × %5")
                                              .arg(size.width()).arg(size.height()).arg(points).arg(shape.first).arg(shape.second);
                    QVERIFY2(QFontInfo(grid.diedAtFont()).pixelSize() >= 0.7 * QFontInfo(font).pixelSize() - 1, qPrintable(where));
                    checkDeathSteps(&grid, where);
                    if (QTest::currentTestFailed())
                        return;
                    labelled += grid.diedAtLabels().size();
                    crossed += units.size() - grid.diedAtLabels().size();
                }
            }
        }
        // Both ways were taken: the check above saw labels, and cells too small for theirs.
        QVERIFY(labelled > 0 && crossed > 0);
    }

private:
    static void projectorsAndLanguages()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        for (const QSize &screen : {QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
            for (const char *language : {"en", "de", "es", "fr"})
                QTest::addRow("%dx%d-%s", screen.width(), screen.height(), language) << screen << QString::fromLatin1(language);
        }
    }
    // The window standing for a screen of that size, in presentation, the dying-ReLU run started.
    static void present(testsupport::LabWindow &lab, const QSize &screen, const QString &language)
    {
        QVERIFY(lab.languages.switchTo(language));
        lab.window.resize(screen);
        lab.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lab.window));
        lab.window.presentation()->setGoesFullScreen(false);
        lab.window.presentation()->setActive(true);
        QVERIFY(lab.window.trainingView()->applyScenario(QStringLiteral("dying-relu")));
    }
    // Each label names its own dead unit's step whole, its box holds the text as measured in
    // the labels' type, inside the grid, and meets no other label.
    static void checkDeathSteps(const UnitGrid *grid, const QString &where)
    {
        const QList<UnitGrid::DiedAtLabel> labels = grid->diedAtLabels();
        const QFontMetrics metrics(grid->diedAtFont(), grid);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const UnitGrid::DiedAtLabel &label = labels.at(i);
            const QString what = where % QStringLiteral(": ") % label.text;
            const UnitState &unit = grid->units().at(label.unit);
            QString digits = label.text;
            digits.remove(QRegularExpression(QStringLiteral("\\D")));
            QVERIFY2(unit.dead && digits == QString::number(unit.diedAt), qPrintable(what));
            QVERIFY2(metrics.horizontalAdvance(label.text) <= label.rect.width() && metrics.height() <= label.rect.height(),
                     qPrintable(what));
            QVERIFY2(grid->rect().contains(label.rect), qPrintable(what));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!label.rect.intersects(labels.at(j).rect), qPrintable(what % QStringLiteral(" meets ") % labels.at(j).text));
        }
    }

    std::unique_ptr<testsupport::LabWindow> m_lab;
    TrainingView *m_view = nullptr;
};

QTEST_MAIN(TestTrainingView)
#include "tst_trainingview.moc"
