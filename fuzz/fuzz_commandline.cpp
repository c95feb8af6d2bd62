// The command line on arbitrary argument lists: the input, split at newlines, is the list after
// the program name. A parse that runs must give a request that applies to a fresh model (or is
// refused with a reason), and the model must stay valid: its probe and reading finite.

#include "commandline.h"
#include "fuzzsupport.h"
#include "labmodel.h"
#include "teaching.h"

#include <QString>
#include <QStringList>

#include <cmath>

using namespace relulab;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList arguments = text.split(QLatin1Char('\n'));
    if (arguments.size() > 64)
        return 0; // longer lists explore nothing new and only slow the run down
    arguments.prepend(QStringLiteral("relu-family-lab"));

    // Building the option table and loading the teaching text cost far more than a parse, so
    // both are made once; parse() starts every request afresh, and the language goes back to
    // English after each input.
    static CommandLine commandLine;
    static Teaching teaching;
    if (teaching.language() != QLatin1String(Teaching::kFallbackLanguage))
        teaching.setLanguage(QString::fromLatin1(Teaching::kFallbackLanguage));
    const CommandLine::Outcome outcome = commandLine.parse(arguments);
    if (outcome == CommandLine::Outcome::Error) {
        RELULAB_FUZZ_CHECK(!commandLine.errorText().isEmpty());
        RELULAB_FUZZ_CHECK(!commandLine.errorText().contains(QLatin1Char('\n')));
        return 0;
    }
    if (outcome != CommandLine::Outcome::Run)
        return 0;

    const LabRequest &request = commandLine.request();
    RELULAB_FUZZ_CHECK(request.rangeMinimum < request.rangeMaximum);
    RELULAB_FUZZ_CHECK(request.samples >= 2);
    for (const double x : request.at)
        RELULAB_FUZZ_CHECK(std::isfinite(x));

    LabModel model;
    QString error;
    QString warning;
    if (!applyRequest(request, &model, &teaching, &error, &warning)) {
        RELULAB_FUZZ_CHECK(!error.isEmpty());
    }
    const Reading reading = model.reading();
    RELULAB_FUZZ_CHECK(std::isfinite(model.probe()));
    RELULAB_FUZZ_CHECK(std::abs(model.probe()) <= LabModel::kProbeLimit);
    RELULAB_FUZZ_CHECK(std::isfinite(reading.output) && std::isfinite(reading.slope));
    return 0;
}
