#include "headless.h"

#include "commandline.h"
#include "curvesampling.h"
#include "family.h"
#include "labmodel.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
            *error = QStringLiteral("--export-csv: could not write to standard output");
            return ExitFailure;
        }
        return ExitSuccess;
    }
    const QFileInfo target(request.exportCsv);
    if (target.isDir()) {
        *error = QStringLiteral("--export-csv: '%1' is a directory; valid: a file name, or - for standard output")
                     .arg(request.exportCsv);
        return ExitUsage;
    }
    if (target.exists() && !target.isFile()) {
        // A pipe or a device such as /dev/null: QSaveFile would replace it with a regular file
        // (as root even in /dev), so stream into it instead. There is nothing to keep atomic.
        QFile out(request.exportCsv);
        if (!out.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("--export-csv: cannot write '%1': %2").arg(request.exportCsv, out.errorString());
            return ExitUsage;
        }
        if (!writeCurvesCsv(model, families, xs, &out) || !out.flush()) {
            *error = QStringLiteral("--export-csv: writing '%1' failed: %2").arg(request.exportCsv, out.errorString());
            return ExitFailure;
        }
        return ExitSuccess;
    }
    QSaveFile file(request.exportCsv);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("--export-csv: cannot write '%1': %2").arg(request.exportCsv, file.errorString());
        return ExitUsage;
    }
    if (!writeCurvesCsv(model, families, xs, &file) || !file.commit()) {
        *error = QStringLiteral("--export-csv: writing '%1' failed: %2").arg(request.exportCsv, file.errorString());
        return ExitFailure; // the QSaveFile destructor drops the temporary file
    }
    return ExitSuccess;
}

} // namespace

int runHeadlessExports(const LabRequest &request, const LabModel &model, QString *error)
{
    if (!request.exportCsv.isEmpty())
        return exportCsv(request, model, error);
    return ExitSuccess;
}

} // namespace relulab
