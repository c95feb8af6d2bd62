#include "board/activationboard.h"
#include "benchmarks.h"
#include "family.h"
#include "labmodel.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "labpage/familytable.h"
#include "labpage/readoutpanel.h"
#include "teaching.h"
#include "support/labwindow.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tuple>

#include <array>

using namespace relulab;
using relulab::bench::PaintCounter;

// The lab window at 1920x1080 (offscreen), as a class sees it: each benchmark changes the model
// the way a key, a drag or a slider does, then runs the event loop until the next frame is on
// screen: every widget the change made dirty has repainted (the rest of the window has not,
// just as on a real screen). Each benchmark checks that the views it expects did repaint.
class WindowBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void probeStep_data();
    void probeStep();
    void parameterChange_data();
    void parameterChange();
    void familySwitch_data();
    void familySwitch();

private:
    // The faint overlay a row asks for: the default comparison set or every catalog family.
    static void addOverlayRows();
    void applyOverlay(bool allFamilies);
    void repaintNow();
    // Fails unless both charts and the readouts painted in each of `frames` frames.
    void verifyViewsRepainted(const std::array<int, 3> &before, int frames) const;
    std::array<int, 3> paintCounts() const;

    std::unique_ptr<testsupport::LabWindow> m_lab;
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    LessonPlayer *m_lessons = nullptr;
    MainWindow *m_window = nullptr;
    std::array<PaintCounter *, 3> m_counters = {};
    // Qt Test calls a benchmark function several times: counting on across calls keeps every
    // step a real change (setting the value the model already has would repaint nothing).
    int m_step = 0;
};

void WindowBenchmark::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, m_teaching, m_languages, m_lessons, m_window) = m_lab->parts();
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_counters = {new PaintCounter(m_window->board()->activationView()->viewport()),
                  new PaintCounter(m_window->board()->derivativeView()->viewport()),
                  new PaintCounter(m_window->readouts())};
    repaintNow();
}

void WindowBenchmark::cleanupTestCase()
{
    m_lab.reset();
}

void WindowBenchmark::repaintNow()
{
    // A chart's scene reports its changes through a queued call, and the view's repaint request
    // follows as a posted event: two rounds deliver the frame, a third finds nothing left.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
}

std::array<int, 3> WindowBenchmark::paintCounts() const
{
    return {m_counters[0]->count(), m_counters[1]->count(), m_counters[2]->count()};
}

void WindowBenchmark::verifyViewsRepainted(const std::array<int, 3> &before, int frames) const
{
    const std::array<int, 3> after = paintCounts();
    for (int i = 0; i < 3; ++i)
        QVERIFY2(after[i] - before[i] >= frames, qPrintable(QStringLiteral("view %1 painted %2 times in %3 frames")
                                                                .arg(i).arg(after[i] - before[i]).arg(frames)));
}

void WindowBenchmark::addOverlayRows()
{
    QTest::addColumn<bool>("allFamilies");
    QTest::newRow("default overlay") << false;
    QTest::newRow("all families") << true;
}

void WindowBenchmark::applyOverlay(bool allFamilies)
{
    // Every family the catalog has, however many that is: the cost of the fullest board.
    m_model->setComparisonIds(allFamilies ? FamilyCatalog::ids() : FamilyCatalog::seedIds());
    repaintNow();
}

void WindowBenchmark::probeStep_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<bool>("allFamilies");
    QTest::addColumn<bool>("familyTable");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false << false << false;
    QTest::newRow("1920x1080 all families") << QSize(1920, 1080) << false << true << false;
    // A 4K projector in presentation mode: four times the pixels, type and lines sized for it.
    QTest::newRow("3840x2160 presentation") << QSize(3840, 2160) << true << false << false;
    // Every family at the probe beside the board (T): one more reading per family each step.
    QTest::newRow("1920x1080 family table") << QSize(1920, 1080) << false << false << true;
}

void WindowBenchmark::probeStep()
{
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    QFETCH(bool, allFamilies);
    applyOverlay(allFamilies);
    QFETCH(bool, familyTable);
    auto *tableAction = m_window->findChild<QAction *>(QStringLiteral("familyTable"));
    QVERIFY(tableAction);
    tableAction->setChecked(familyTable);
    PaintCounter tablePaints(m_window->familyTable()->viewport());
    m_window->presentation()->setGoesFullScreen(false);
    m_window->presentation()->setActive(presenting);
    m_window->resize(size);
    m_model->setFamily(QStringLiteral("gelu"));
    m_model->setProbe(-3.0); // off the steps' grid below, so the first step is a change too
    repaintNow();
    int frames = 0;
    const std::array<int, 3> before = paintCounts();
    QBENCHMARK {
        m_model->setProbe(-2.0 + 0.01 * (++m_step % 400));
        ++frames;
        repaintNow();
    }
    verifyViewsRepainted(before, frames);
    if (familyTable)
        QVERIFY2(tablePaints.count() >= frames, "the table of every family did not follow the probe");
    tableAction->setChecked(false);
    m_window->presentation()->setActive(false);
    m_window->resize(1920, 1080);
    repaintNow();
}

void WindowBenchmark::parameterChange_data()
{
    addOverlayRows();
}

void WindowBenchmark::parameterChange()
{
    QFETCH(bool, allFamilies);
    applyOverlay(allFamilies);
    m_model->setFamily(QStringLiteral("elu"));
    m_model->setProbe(-1.0); // on the side α shapes, so the readouts change too
    // Off the steps' values below (0.5 to 2.4), so the first step is a change too: starting at
    // the default 1.0, a run whose count reached it first painted nothing and failed the check.
    m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 3.0);
    repaintNow();
    int frames = 0;
    const std::array<int, 3> before = paintCounts();
    QBENCHMARK {
        m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 0.5 + 0.1 * (++m_step % 20));
        ++frames;
        repaintNow();
    }
    verifyViewsRepainted(before, frames);
}

void WindowBenchmark::familySwitch_data()
{
    addOverlayRows();
}

void WindowBenchmark::familySwitch()
{
    QFETCH(bool, allFamilies);
    applyOverlay(allFamilies);
    const QStringList families = FamilyCatalog::ids();
    int frames = 0;
    const std::array<int, 3> before = paintCounts();
    QBENCHMARK {
        m_model->setFamily(families[(families.indexOf(m_model->family()) + 1) % families.size()]);
        ++frames;
        repaintNow();
    }
    verifyViewsRepainted(before, frames);
}

std::unique_ptr<QObject> relulab::bench::makeWindowBenchmark()
{
    return std::make_unique<WindowBenchmark>();
}

#include "bench_window.moc"
