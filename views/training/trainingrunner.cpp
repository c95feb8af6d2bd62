#include "training/trainingrunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace relulab {

// Lives on the runner's thread; all its slots are called there through queued invocations.
class TrainingWorker : public QObject
{
public:
    void reset(const TrainingSettings &settings, int generation)
    {
        m_trainer = std::make_unique<Trainer>(settings);
        m_generation = generation;
        m_pending.clear();
        pause();
        deliver();
    }
    void play()
    {
        if (!m_trainer)
            return;
        m_running = true;
        m_clock.start();
        m_stepsAtStart = 0;
        m_sinceSnapshot.start();
        if (!m_timer) {
            m_timer = new QTimer(this);
            m_timer->setInterval(5);
            QObject::connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
        }
        m_timer->start();
    }
    void pause()
    {
        m_running = false;
        if (m_timer)
            m_timer->stop();
        if (m_trainer && !m_pending.isEmpty())
            deliver();
    }
    void stepOnce()
    {
        if (!m_trainer)
            return;
        pause();
        m_pending.append(m_trainer->runStep());
        deliver();
    }
    void setSpeed(int stepsPerSecond)
    {
        m_speed = stepsPerSecond;
        m_clock.start();
        m_stepsAtStart = 0;
    }

    std::function<void(const TrainingSnapshot &)> send;

private:
    void tick()
    {
        // Steps due by the clock at this speed, in slices of at most 20 ms so a pause or a reset
        // is never kept waiting.
        QElapsedTimer slice;
        slice.start();
        const qint64 due = m_speed == TrainingRunner::kMaximumSpeed
            ? std::numeric_limits<qint64>::max()
            : m_clock.elapsed() * m_speed / 1000 - m_stepsAtStart;
        qint64 done = 0;
        while (done < due && slice.elapsed() < 20) {
            m_pending.append(m_trainer->runStep());
            ++done;
        }
        m_stepsAtStart += done;
        if (m_sinceSnapshot.elapsed() >= TrainingRunner::kSnapshotIntervalMs && !m_pending.isEmpty()) {
            m_sinceSnapshot.start();
            deliver();
        }
    }
    void deliver()
    {
        TrainingSnapshot snapshot;
        snapshot.generation = m_generation;
        snapshot.records = std::exchange(m_pending, {});
        snapshot.units = m_trainer->units();
        snapshot.grid = m_trainer->decisionGrid(TrainingRunner::kGridResolution);
        snapshot.step = m_trainer->step();
        snapshot.running = m_running;
        send(snapshot);
    }

    std::unique_ptr<Trainer> m_trainer;
    QList<TrainingRecord> m_pending;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceSnapshot;
    qint64 m_stepsAtStart = 0;
    int m_speed = 200;
    int m_generation = 0;
    bool m_running = false;
};

TrainingRunner::TrainingRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new TrainingWorker)
{
    qRegisterMetaType<TrainingSnapshot>();
    m_worker->moveToThread(&m_thread);
    m_worker->send = [this](const TrainingSnapshot &snapshot) {
        // Emitted on the worker thread; receivers on the GUI thread get it queued.
        emit snapshotReady(snapshot);
    };
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("training"));
    m_thread.start();
}

TrainingRunner::~TrainingRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void TrainingRunner::reset(const TrainingSettings &settings)
{
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings, generation] { worker->reset(settings, generation); });
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void TrainingRunner::play()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->play(); });
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
}

void TrainingRunner::pause()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->pause(); });
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void TrainingRunner::stepOnce()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->stepOnce(); });
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void TrainingRunner::setStepsPerSecond(int stepsPerSecond)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, stepsPerSecond] { worker->setSpeed(stepsPerSecond); });
}

} // namespace relulab
