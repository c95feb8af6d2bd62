#include "headless.h"

#include "batchstatistics.h"
#include "cheatsheet/cheatsheetexport.h"
#include "commandline.h"
#include "curvesampling.h"
#include "depthsimulation.h"
#include "family.h"
#include "labmodel.h"
#include "training/trainer.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <functional>

namespace relulab {
namespace {

int exportCsv(const LabRequest &request, const LabModel &model, QString *error)
{
    const QStringList families = request.allFamilies() ? FamilyCatalog::ids() : QStringList{model.family()};
    const QList<double> xs = request.at.isEmpty()
        ? evenlySpaced(request.rangeMinimum, request.rangeMaximum, request.samples)
        : request.at;

    if (request.exportCsv == QLatin1String("-")) {
        QFile out;
        // QFile buffers: only flush() tells whether the last rows really went out.
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeCurvesCsv(model, families, xs, &out) || !out.flush()) {
            *error = CommandLine::tr("--export-csv: could not write to standard output");
            return ExitFailure;
        }
        return ExitSuccess;
    }
    const QFileInfo target(request.exportCsv);
    if (target.isDir()) {
        *error = CommandLine::tr("--export-csv: '%1' is a directory; valid: a file name, or - for standard output")
                     .arg(request.exportCsv);
        return ExitUsage;
    }
    if (target.exists() && !target.isFile()) {
        // A pipe or a device such as /dev/null: QSaveFile would replace it with a regular file
        // (as root even in /dev), so stream into it instead. There is nothing to keep atomic.
        QFile out(request.exportCsv);
        if (!out.open(QIODevice::WriteOnly)) {
            *error = CommandLine::tr("--export-csv: cannot write '%1': %2").arg(request.exportCsv, out.errorString());
            return ExitUsage;
        }
        if (!writeCurvesCsv(model, families, xs, &out) || !out.flush()) {
            *error = CommandLine::tr("--export-csv: writing '%1' failed: %2").arg(request.exportCsv, out.errorString());
            return ExitFailure;
        }
        return ExitSuccess;
    }
    QSaveFile file(request.exportCsv);
    // Unbuffered: a short write on a full disk must fail here, not vanish in a buffered flush
    // (see saveLessonDeck); the writers hand over large chunks, so this costs no speed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = CommandLine::tr("--export-csv: cannot write '%1': %2").arg(request.exportCsv, file.errorString());
        return ExitUsage;
    }
    if (!writeCurvesCsv(model, families, xs, &file) || !file.commit()) {
        *error = CommandLine::tr("--export-csv: writing '%1' failed: %2").arg(request.exportCsv, file.errorString());
        return ExitFailure; // the QSaveFile destructor drops the temporary file
    }
    return ExitSuccess;
}

// --- Gradient survival exports (depth lab and batch statistics) ---
using Writer = std::function<bool(QIODevice *)>;

// Writes through `write` to `path` ("-": standard output), atomically for files.
int writeExport(const QString &option, const QString &path, const Writer &write, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out)) {
            *error = CommandLine::tr("--%1: could not write to standard output").arg(option);
            return ExitFailure;
        }
        return ExitSuccess;
    }
    QSaveFile file(path);
    // Unbuffered: a short write on a full disk must fail here, not vanish in a buffered flush
    // (see saveLessonDeck); the writers hand over large chunks, so this costs no speed.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = CommandLine::tr("--%1: cannot write '%2': %3").arg(option, path, file.errorString());
        return ExitUsage;
    }
    if (!write(&file) || !file.commit()) {
        *error = CommandLine::tr("--%1: writing '%2' failed: %3").arg(option, path, file.errorString());
        file.cancelWriting();
        return ExitFailure;
    }
    return ExitSuccess;
}

int exportDepth(const LabRequest &request, const LabModel &model, QString *error)
{
    DepthSettings settings = request.depth;
    settings.family = model.family();
    settings.parameters = model.parameters(model.family());
    QString why;
    if (!settings.validate(&why)) {
        *error = QStringLiteral("--export-depth: ") % why;
        return ExitUsage;
    }
    const DepthResult result = DepthSimulation::run(settings);
    return writeExport(QStringLiteral("export-depth"), request.exportDepth,
                       [&result](QIODevice *device) { return writeDepthCsv(result, device); }, error);
}

int exportBatch(const LabRequest &request, const LabModel &model, QString *error)
{
    return writeExport(QStringLiteral("export-batch"), request.exportBatch, [&](QIODevice *device) {
        return writeBatchCsv(model, request.batchMu, request.batchSigma, device);
    }, error);
}
// --- end of gradient survival exports ---

int exportTraining(const LabRequest &request, const LabModel &model, QString *error)
{
    TrainingSettings settings = request.training;
    settings.family = model.family();
    settings.parameters = model.parameters(model.family());
    QString why;
    if (!settings.validate(&why)) {
        *error = QStringLiteral("--export-training: ") % why;
        return ExitUsage;
    }
    Trainer trainer(settings);
    return writeExport(QStringLiteral("export-training"), request.exportTraining,
                       [&](QIODevice *device) { return writeTrainingCsv(&trainer, request.trainingSteps, device); },
                       error);
}

} // namespace

int runHeadlessExports(const LabRequest &request, const LabModel &model, QString *error)
{
    if (!request.exportCsv.isEmpty()) {
        const int code = exportCsv(request, model, error);
        if (code != ExitSuccess)
            return code;
    }
    // --- Gradient survival exports (depth lab and batch statistics) ---
    if (!request.exportDepth.isEmpty()) {
        const int code = exportDepth(request, model, error);
        if (code != ExitSuccess)
            return code;
    }
    if (!request.exportBatch.isEmpty())
        return exportBatch(request, model, error);
    // --- end of gradient survival exports ---
    if (!request.exportTraining.isEmpty())
        return exportTraining(request, model, error);
    return ExitSuccess;
}

// Cheat sheet export.
int exportCheatSheet(const LabRequest &request, const LabModel &model, const Teaching &teaching, QString *error)
{
    if (!request.exportsCheatSheet())
        return ExitSuccess;
    const QPageSize pageSize = request.pageSize.isEmpty() ? defaultCheatSheetPageSize()
        : request.pageSize == QLatin1String("Letter")    ? QPageSize(QPageSize::Letter)
                                                          : QPageSize(QPageSize::A4);
    const QPageLayout::Orientation orientation = request.landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    QString why;
    if (!exportCheatSheetPdf(model, teaching, request.exportCheatSheet, pageSize, orientation, &why)) {
        *error = QStringLiteral("--export-cheatsheet: ") % why;
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace relulab
