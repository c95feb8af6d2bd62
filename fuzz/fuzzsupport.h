#pragma once

// Shared by the fuzz targets: a core application for Qt's resources and locale, and a way to
// stop on a broken property with a message libFuzzer records alongside the crashing input.

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace relulab::fuzz {

inline void startApplication(int *argc, char ***argv)
{
    // Lives for the whole run: libFuzzer never returns from its loop.
    static QCoreApplication application(*argc, *argv);
    // Warnings about odd inputs ("Broken filename passed to function") are expected by the
    // thousand and would only slow the run down; a qFatal still aborts after the handler.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

[[noreturn]] inline void propertyBroken(const char *what)
{
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

} // namespace relulab::fuzz

#define RELULAB_FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            ::relulab::fuzz::propertyBroken(#condition); \
    } while (false)
