#include "benchmarks.h"
#include "support/labwindow.h"
#include "training/stepchart.h"
#include "training/trainer.h"
#include "training/trainingscenario.h"
#include "training/trainingview.h"
#include "training/decisionmap.h"
#include "training/unitgrid.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <thread>

#include <time.h>

using namespace relulab;
using relulab::bench::PaintCounter;

namespace {

// CPU time of the calling thread: what a frame costs the GUI thread, whatever else the machine runs.
qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// The training lab's speed: one step of the engine at the default size (2 × 8, 400 points, batch
// 16), one GUI frame of the Training tab, and a live run through the real window at 1920×1080:
// steps per second, frames per second, and the longest time the GUI thread was busy at once.
class TrainingBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void trainingStep()
    {
        Trainer trainer{TrainingSettings()};
        QBENCHMARK {
            trainer.runStep();
        }
        QVERIFY(trainer.step() > 0);
    }

    void decisionGrid()
    {
        Trainer trainer{TrainingSettings()};
        QList<double> grid;
        QBENCHMARK {
            grid = trainer.decisionGrid(TrainingRunner::kGridResolution);
        }
        QCOMPARE(grid.size(), TrainingRunner::kGridResolution * TrainingRunner::kGridResolution);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<testsupport::LabWindow>();
        m_lab->window.resize(1920, 1080);
        m_lab->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_lab->window));
        m_view = m_lab->window.trainingView();
        m_lab->window.findChild<QTabWidget *>()->setCurrentWidget(m_view);
    }

    void cleanupTestCase() { m_lab.reset(); }

    // One frame of the tab while training: a snapshot arrives, every view repaints.
    void snapshotFrame()
    {
        TrainingSnapshot snapshot;
        {
            Trainer trainer{TrainingSettings()};
            for (int i = 0; i < 20; ++i)
                snapshot.records.append(trainer.runStep());
            snapshot.units = trainer.units();
            snapshot.grid = trainer.decisionGrid(TrainingRunner::kGridResolution);
        }
        m_view->runner()->reset(m_view->settings());
        QTest::qWait(100);
        PaintCounter units(m_view->unitGrid());
        int frames = 0;
        qint64 cpu = 0;
        QBENCHMARK {
            const qint64 cpuBefore = threadCpuNanoseconds();
            snapshot.generation = m_view->runner()->generation();
            emit m_view->runner()->snapshotReady(snapshot);
            for (int round = 0; round < 3; ++round)
                QCoreApplication::processEvents();
            ++frames;
            cpu += threadCpuNanoseconds() - cpuBefore;
        }
        qInfo("a frame costs the GUI thread %.2f ms of CPU time", cpu / 1e6 / frames);
        QVERIFY2(units.count() >= frames, qPrintable(QStringLiteral("%1 paints in %2 frames").arg(units.count()).arg(frames)));
    }

    // A live run for three seconds at 200 steps per second (the default speed) and at the
    // fastest: the GUI thread only paints, never waits on training.
    void liveTraining_data()
    {
        QTest::addColumn<int>("speedIndex");
        QTest::addColumn<int>("minimumSteps");
        QTest::newRow("200 steps/s") << 2 << 200;
        QTest::newRow("as fast as possible") << 4 << 200;
    }

    void liveTraining()
    {
        QFETCH(int, speedIndex);
        QFETCH(int, minimumSteps);
        m_view->findChild<QComboBox *>(QStringLiteral("trainingSpeed"))->setCurrentIndex(speedIndex);
        m_view->applyScenario(QStringLiteral("leaky-rescue"));
        // The scenario's own frame (new settings, new notes laid out) is a key press, not training.
        QTest::qWait(300);
        PaintCounter map(m_view->decisionMap());
        PaintCounter loss(m_view->lossChart());
        int snapshots = 0;
        const auto connection = connect(m_view->runner(), &TrainingRunner::snapshotReady, this, [&] { ++snapshots; });
        const int stepBefore = m_view->step();
        QElapsedTimer run;
        run.start();
        // Each round of the event loop is a GUI-thread frame: its wall time (which includes any
        // time other processes held the CPU) and its own CPU time (what the frame cost).
        qint64 worstFrame = 0;
        qint64 worstCpu = 0;
        int framesOver16 = 0;
        while (run.elapsed() < 3000) {
            QElapsedTimer frame;
            frame.start();
            const qint64 cpuBefore = threadCpuNanoseconds();
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            const qint64 cpu = threadCpuNanoseconds() - cpuBefore;
            worstFrame = std::max(worstFrame, frame.nsecsElapsed());
            worstCpu = std::max(worstCpu, cpu);
            framesOver16 += cpu > 16000000 ? 1 : 0;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        const double seconds = run.elapsed() / 1000.0;
        m_view->runner()->pause();
        disconnect(connection);
        const double stepsPerSecond = (m_view->step() - stepBefore) / seconds;
        const double framesPerSecond = std::min(map.count(), loss.count()) / seconds;
        qInfo("%s: %.0f training steps/s, %.1f snapshots/s, %.1f repaints/s, longest GUI-thread frame %.2f ms of CPU "
              "(%.2f ms of wall time), frames over 16 ms of CPU: %d", QTest::currentDataTag(), stepsPerSecond,
              snapshots / seconds, framesPerSecond, worstCpu / 1e6, worstFrame / 1e6, framesOver16);
        QVERIFY2(stepsPerSecond >= minimumSteps * 0.95, qPrintable(QString::number(stepsPerSecond)));
        QVERIFY2(framesPerSecond >= 20.0, qPrintable(QString::number(framesPerSecond)));
        QVERIFY2(framesOver16 == 0, qPrintable(QStringLiteral("%1 frames over 16 ms, longest %2 ms")
                                                   .arg(framesOver16).arg(worstCpu / 1e6)));
    }

private:
    std::unique_ptr<testsupport::LabWindow> m_lab;
    TrainingView *m_view = nullptr;
};

} // namespace

std::unique_ptr<QObject> relulab::bench::makeTrainingBenchmark()
{
    return std::make_unique<TrainingBenchmark>();
}

#include "bench_training.moc"
