#include "benchmarks.h"
#include "family.h"
#include "labmodel.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "mainwindow.h"
#include "teaching.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

using namespace relulab;

// The lab window at 1920x1080 (offscreen), as a class sees it: each benchmark changes the model
// the way a key, a drag or a slider does and waits until every view has repainted.
class WindowBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void probeStep();
    void parameterChange();
    void familySwitch();

private:
    void repaintNow();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    LessonPlayer *m_lessons = nullptr;
    MainWindow *m_window = nullptr;
};

void WindowBenchmark::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_model = new LabModel;
    m_teaching = new Teaching;
    m_languages = new LanguageSwitcher(m_teaching);
    m_lessons = new LessonPlayer(m_model);
    m_window = new MainWindow(m_model, m_teaching, m_languages, m_lessons);
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    repaintNow();
}

void WindowBenchmark::cleanupTestCase()
{
    delete m_window;
    delete m_lessons;
    delete m_languages;
    delete m_teaching;
    delete m_model;
}

void WindowBenchmark::repaintNow()
{
    // Deliver the posted updates and paint the whole window, as the next frame would.
    QCoreApplication::processEvents();
    m_window->repaint();
}

void WindowBenchmark::probeStep()
{
    m_model->setFamily(QStringLiteral("gelu"));
    repaintNow();
    int step = 0;
    QBENCHMARK {
        m_model->setProbe(-2.0 + 0.01 * (++step % 400));
        repaintNow();
    }
}

void WindowBenchmark::parameterChange()
{
    m_model->setFamily(QStringLiteral("elu"));
    repaintNow();
    int step = 0;
    QBENCHMARK {
        m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 0.5 + 0.1 * (++step % 20));
        repaintNow();
    }
}

void WindowBenchmark::familySwitch()
{
    const QStringList families = FamilyCatalog::ids();
    int step = 0;
    QBENCHMARK {
        m_model->setFamily(families[++step % families.size()]);
        repaintNow();
    }
}

std::unique_ptr<QObject> relulab::bench::makeWindowBenchmark()
{
    return std::make_unique<WindowBenchmark>();
}

#include "bench_window.moc"
