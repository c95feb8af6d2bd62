#include "depthrunner.h"

#include <QPointer>
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
    const QPointer<DepthRunner> self(this);
    m_watcher.setFuture(QtConcurrent::run([runs, cancelFlag, self] {
        QList<DepthResult> results;
        for (int i = 0; i < runs.size(); ++i) {
            const int index = i;
            const int count = static_cast<int>(runs.size());
            const auto progress = [self, index, count](int done, int total) {
                const int percent = static_cast<int>((100LL * (index * static_cast<qint64>(total) + done))
                                                     / (static_cast<qint64>(count) * total));
                // Queued to the runner's thread; dropped if the runner is gone by then.
                QMetaObject::invokeMethod(self.data(), [self, percent] {
                    if (self && percent > self->m_lastPercent) {
                        self->m_lastPercent = percent;
                        emit self->progressChanged(percent);
                    }
                }, Qt::QueuedConnection);
            };
            DepthResult result = DepthSimulation::run(runs[i], cancelFlag.get(), progress);
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
