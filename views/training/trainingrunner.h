#pragma once

#include "training/trainer.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThread>

#include <memory>

namespace relulab {

// What the views need after some training: the records since the last snapshot, the units and
// the decision regions now. Computed on the worker thread, so the GUI thread only paints.
struct TrainingSnapshot
{
    int generation = 0;            // which reset it belongs to; older ones are stale
    QList<TrainingRecord> records; // new since the previous snapshot, in order
    QList<UnitState> units;
    QList<double> grid;            // TrainingRunner::kGridResolution², see Trainer::decisionGrid
    int step = 0;
    bool running = false;
};

class TrainingWorker;

// Trains on a thread of its own and delivers snapshots at about 30 per second while playing (one
// after each single step or reset). Every call returns at once; the worker applies it in order.
class TrainingRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGridResolution = 64;
    static constexpr int kSnapshotIntervalMs = 33;
    static constexpr int kMaximumSpeed = 0; // stepsPerSecond: as fast as the thread can

    explicit TrainingRunner(QObject *parent = nullptr);
    ~TrainingRunner() override;

    // Starts a new run from these settings (they must validate), paused.
    void reset(const TrainingSettings &settings);
    void play();
    void pause();
    void stepOnce();
    void setStepsPerSecond(int stepsPerSecond); // kMaximumSpeed: unlimited
    bool isRunning() const { return m_running; }
    int generation() const { return m_generation; }

signals:
    void snapshotReady(const relulab::TrainingSnapshot &snapshot);
    void runningChanged(bool running);

private:
    QThread m_thread;
    TrainingWorker *m_worker = nullptr;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace relulab

Q_DECLARE_METATYPE(relulab::TrainingSnapshot)
