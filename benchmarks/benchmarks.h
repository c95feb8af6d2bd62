#pragma once

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <memory>

namespace relulab::bench {

// relulab-bench runs one QBENCHMARK class per area; each area lives in its own bench_<area>.cpp
// and is listed in main.cpp's table.
std::unique_ptr<QObject> makeSurvivalBenchmark();
std::unique_ptr<QObject> makeCheatSheetBenchmark();
std::unique_ptr<QObject> makeWindowBenchmark();
std::unique_ptr<QObject> makeTrainingBenchmark();

// Counts the paint events a widget receives: proof that a view really repainted in a frame.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_count;
        return false;
    }

private:
    int m_count = 0;
};

} // namespace relulab::bench
