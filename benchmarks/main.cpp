#include "benchmarks.h"

#include <QApplication>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

// relulab-bench [AREA] [Qt Test options and functions]
//
// Without AREA every area runs in turn; with it only that one, so functions and -csv apply to
// it alone (e.g. `relulab-bench survival -csv defaultDepthRun`). Runs off screen unless
// QT_QPA_PLATFORM says otherwise.

namespace {

struct Area
{
    const char *name;
    std::function<std::unique_ptr<QObject>()> make;
};

const std::vector<Area> &areas()
{
    static const std::vector<Area> list = {
        {"survival", relulab::bench::makeSurvivalBenchmark},
        {"cheatsheet", relulab::bench::makeCheatSheetBenchmark},
        {"window", relulab::bench::makeWindowBenchmark},
        {"training", relulab::bench::makeTrainingBenchmark},
    };
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const char *chosen = nullptr;
    std::vector<char *> arguments(argv, argv + argc);
    if (argc > 1 && argv[1][0] != '-') {
        for (const Area &area : areas()) {
            if (std::strcmp(argv[1], area.name) == 0)
                chosen = area.name;
        }
        if (chosen)
            arguments.erase(arguments.begin() + 1);
    }

    int failures = 0;
    for (const Area &area : areas()) {
        if (chosen && std::strcmp(chosen, area.name) != 0)
            continue;
        const std::unique_ptr<QObject> benchmark = area.make();
        failures += QTest::qExec(benchmark.get(), static_cast<int>(arguments.size()), arguments.data());
    }
    return failures == 0 ? 0 : 1;
}
