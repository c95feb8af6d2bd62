#pragma once

#include <QObject>

#include <memory>

namespace relulab::bench {

// relulab-bench runs one QBENCHMARK class per area; each area lives in its own bench_<area>.cpp
// and is listed in main.cpp's table.
std::unique_ptr<QObject> makeSurvivalBenchmark();
std::unique_ptr<QObject> makeCheatSheetBenchmark();
std::unique_ptr<QObject> makeWindowBenchmark();

} // namespace relulab::bench
