#include "survival/depthrunner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace relulab {

DepthRunner::DepthRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<DepthResult>>::finished, this, &DepthRunner::collect);
}

DepthRunner::~DepthRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool DepthRunner::isRunning() const
{
    return m_watcher.isRunning();
}

bool DepthRunner::start(const QList<DepthSettings> &runs)
{
    if (isRunning() || runs.isEmpty())
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_lastPercent = -1;
    const std::shared_ptr<std::atomic<bool>> cancelFlag = m_cancel;
    // `this` outlives the worker: the destructor cancels and waits for it.
    m_watcher.setFuture(QtConcurrent::run([this, runs, cancelFlag] {
        QList<DepthResult> results;
        const qint64 count = runs.size();
        for (qint64 index = 0; index < count; ++index) {
            const auto progress = [this, index, count](int done, int total) {
                const int percent = static_cast<int>((100 * (index * total + done)) / (count * total));
                // Posted to the runner's thread, which alone touches m_lastPercent.
                QMetaObject::invokeMethod(this, [this, percent] {
                    if (percent > m_lastPercent) {
                        m_lastPercent = percent;
                        emit progressChanged(percent);
                    }
                }, Qt::QueuedConnection);
            };
            DepthResult result = DepthSimulation::run(runs[index], cancelFlag.get(), progress);
            if (result.cancelled)
                return QList<DepthResult>{result};
            results.append(result);
        }
        return results;
    }));
    return true;
}

void DepthRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DepthRunner::wait()
{
    m_watcher.waitForFinished();
}

void DepthRunner::collect()
{
    const QList<DepthResult> results = m_watcher.future().result();
    if (results.isEmpty() || results.constLast().cancelled || (m_cancel && m_cancel->load()))
        emit cancelled();
    else
        emit finished(results);
}

} // namespace relulab
