#include "headless.h"

#include "atomicfile.h"
#include "batchstatistics.h"
#include "cheatsheet/cheatsheetexport.h"
#include "commandline.h"
#include "curvesampling.h"
#include "depthsimulation.h"
#include "family.h"
#include "labmodel.h"
#include "probetexts.h"
#include "teaching.h"
#include "widgets/numberformat.h"

#include <QJsonDocument>
#include <QJsonObject>
#include "training/trainer.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

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
    QString why;
    switch (saveAtomically(request.exportCsv, [&](QIODevice *device) { return writeCurvesCsv(model, families, xs, device); }, &why)) {
    case SaveOutcome::Saved:
        return ExitSuccess;
    case SaveOutcome::NotOpened:
        *error = CommandLine::tr("--export-csv: cannot write '%1': %2").arg(request.exportCsv, why);
        return ExitUsage;
    case SaveOutcome::NotWritten:
        break;
    }
    *error = CommandLine::tr("--export-csv: writing '%1' failed: %2").arg(request.exportCsv, why);
    return ExitFailure;
}

// --- Gradient survival exports (depth lab and batch statistics) ---

// Writes through `write` to `path` ("-": standard output), atomically for files.
int writeExport(const QString &option, const QString &path, const FileWriter &write, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out)) {
            *error = CommandLine::tr("--%1: could not write to standard output").arg(option);
            return ExitFailure;
        }
        return ExitSuccess;
    }
    QString why;
    switch (saveAtomically(path, write, &why)) {
    case SaveOutcome::Saved:
        return ExitSuccess;
    case SaveOutcome::NotOpened:
        *error = CommandLine::tr("--%1: cannot write '%2': %3").arg(option, path, why);
        return ExitUsage;
    case SaveOutcome::NotWritten:
        break;
    }
    *error = CommandLine::tr("--%1: writing '%2' failed: %3").arg(option, path, why);
    return ExitFailure;
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
    if (!exportCheatSheetPdf(model, teaching, request.exportCheatSheet, pageSize, orientation, &why,
                             request.cheatSheetFamilies)) {
        *error = QStringLiteral("--export-cheatsheet: ") % why;
        return ExitUsage;
    }
    return ExitSuccess;
}

// --explain.
namespace {

QByteArray explanationJson(const LabModel &model, const ProbeFacts &facts, const QList<ShownText> &shown,
                           const QString &language)
{
    const Reading &r = facts.reading;
    QJsonObject parameters;
    const FamilySpec &spec = *facts.spec;
    for (int i = 0; i < spec.parameters.size(); ++i) {
        const ParameterSpec &p = spec.parameters[i];
        const double value = facts.values.value(i);
        parameters.insert(p.name, p.isChoice() ? QJsonValue(p.choices.value(int(value))) : QJsonValue(value));
    }
    QJsonObject texts;
    QJsonObject keys;
    for (const ShownText &text : shown) {
        texts.insert(text.card, text.text);
        keys.insert(text.card, text.key);
    }
    const QJsonObject object{
        {QStringLiteral("family"), model.family()},
        {QStringLiteral("language"), language},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("x"), r.x},
        {QStringLiteral("output"), r.output},
        {QStringLiteral("slope"), r.slope},
        {QStringLiteral("onKink"), r.onKink},
        {QStringLiteral("regime"), regimeId(r.regime)},
        {QStringLiteral("health"), healthId(r.health)},
        {QStringLiteral("zone"), facts.zone()},
        {QStringLiteral("texts"), texts},
        {QStringLiteral("keys"), keys},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString explanationText(const LabModel &model, const ProbeFacts &facts, const QList<ShownText> &shown,
                        const QLocale &locale)
{
    QHash<QString, QString> text;
    for (const ShownText &t : shown)
        text.insert(t.card, t.text);
    const Reading &r = facts.reading;
    const FamilySpec &spec = *facts.spec;
    QStringList parameters;
    for (int i = 0; i < spec.parameters.size(); ++i) {
        const ParameterSpec &p = spec.parameters[i];
        const double value = facts.values.value(i);
        parameters.append(p.name % QStringLiteral(" = ")
                          % (p.isChoice() ? p.choices.value(int(value)) : formatReading(value, locale)));
    }
    const QString family = parameters.isEmpty()
        ? spec.displayName
        : spec.displayName % QStringLiteral(" (") % parameters.join(QStringLiteral(", ")) % QLatin1Char(')');
    const auto line = [](const QString &heading, const QString &body) -> QString {
        return heading % QStringLiteral(": ") % body % QLatin1Char('\n');
    };
    QString out = family % QStringLiteral(" · ") % text.value(QStringLiteral("currentRead.title")) % QLatin1Char('\n');
    out += CommandLine::tr("x = %1, output = %2, slope = %3")
               .arg(formatReading(r.x, locale), formatReading(r.output, locale), formatReading(r.slope, locale))
        % QLatin1Char('\n');
    if (r.onKink)
        out += text.value(QStringLiteral("slope.note")) % QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += line(CommandLine::tr("Gradient health"),
                text.value(QStringLiteral("health.name")) % QStringLiteral(". ") % text.value(QStringLiteral("health")));
    out += line(CommandLine::tr("Use case"),
                text.value(QStringLiteral("useCase")) % QStringLiteral(" (") % text.value(QStringLiteral("useCase.note"))
                    % QLatin1Char(')'));
    out += line(CommandLine::tr("Current read"), text.value(QStringLiteral("currentRead")));
    out += line(CommandLine::tr("Diagnosis"),
                text.value(QStringLiteral("diagnosis.title")) % QStringLiteral(". ") % text.value(QStringLiteral("diagnosis")));
    out += line(CommandLine::tr("Try next"), text.value(QStringLiteral("tryNext")));
    out += line(CommandLine::tr("ML translation"), text.value(QStringLiteral("mlTranslation")));
    out += line(CommandLine::tr("Family snapshot"), text.value(QStringLiteral("snapshot")));
    out += line(CommandLine::tr("Why this family exists"), text.value(QStringLiteral("whyExists")));
    out += line(CommandLine::tr("Where you'll see it"), text.value(QStringLiteral("whereSeen")));
    out += line(CommandLine::tr("Choose it when"), text.value(QStringLiteral("chooseWhen")));
    out += line(CommandLine::tr("Watch out for"), text.value(QStringLiteral("watchOut")));
    return out;
}

} // namespace

int explainReading(const LabRequest &request, const LabModel &model, const Teaching &teaching, QString *error)
{
    if (request.explain.isEmpty())
        return ExitSuccess;
    const ProbeFacts facts = ProbeFacts::of(model);
    const QList<ShownText> shown = ProbeTexts::texts(teaching, facts);
    const QByteArray bytes = request.explain == QLatin1String("json")
        ? explanationJson(model, facts, shown, teaching.language())
        : explanationText(model, facts, shown, QLocale(teaching.language())).toUtf8();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        *error = CommandLine::tr("--explain: could not write to standard output");
        return ExitFailure;
    }
    return ExitSuccess;
}

} // namespace relulab
