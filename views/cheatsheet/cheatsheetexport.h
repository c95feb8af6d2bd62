#pragma once

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace relulab {

class LabModel;
class Teaching;

// A4, except Letter where Letter is the paper in use (the US, Canada and a few others).
QPageSize defaultCheatSheetPageSize(const QLocale &locale = QLocale());

// Paints every page of the cheat sheet on an already configured printer or PDF writer, using its
// page layout. Returns false if painting could not start. `families`: the ids to print, in order;
// empty: the default comparison set.
bool paintCheatSheet(QPagedPaintDevice *device, const LabModel &model, const Teaching &teaching,
                     const QStringList &families = {});

// Writes the cheat sheet as a PDF with the model's current parameters. The file is written
// atomically: on failure it returns false, leaves no file (and no partial one) and sets `error`
// to one line naming the path and the problem.
bool exportCheatSheetPdf(const LabModel &model, const Teaching &teaching, const QString &path,
                         const QPageSize &pageSize, QPageLayout::Orientation orientation, QString *error,
                         const QStringList &families = {});

} // namespace relulab
