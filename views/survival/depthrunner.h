#pragma once

#include "depthsimulation.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

namespace relulab {

// Runs depth-lab simulations on a worker thread (QtConcurrent) and reports back on the thread
// it lives in. One batch of runs at a time; destroying the runner cancels and waits.
class DepthRunner : public QObject
{
    Q_OBJECT

public:
    explicit DepthRunner(QObject *parent = nullptr);
    ~DepthRunner() override;

    bool isRunning() const;
    // Runs every settings in turn (several for an overlay of families). Refused while running.
    bool start(const QList<DepthSettings> &runs);
    void cancel();
    // Blocks until the current batch of runs has ended (tests, shutdown).
    void wait();

signals:
    void progressChanged(int percent);
    void finished(const QList<relulab::DepthResult> &results);
    void cancelled();

private:
    void collect();

    QFutureWatcher<QList<DepthResult>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_lastPercent = -1;
};

} // namespace relulab
