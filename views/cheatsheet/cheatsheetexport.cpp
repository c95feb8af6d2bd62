#include "cheatsheet/cheatsheetexport.h"

#include "atomicfile.h"
#include "cheatsheet/cheatsheetpainter.h"
#include "labmodel.h"
#include "teaching.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMarginsF>
#include <QPainter>
#include <QPdfWriter>


namespace relulab {
namespace {

// Half an inch all round: inside what classroom printers can reach.
const QMarginsF kMargins(36, 36, 36, 36);

} // namespace

QPageSize defaultCheatSheetPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

bool paintCheatSheet(QPagedPaintDevice *device, const LabModel &model, const Teaching &teaching,
                     const QStringList &families)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    CheatSheetPainter sheet(model, teaching, families);
    const QSizeF area = device->pageLayout().paintRect(QPageLayout::Point).size();
    const int pages = sheet.layout(area, device);
    const QRectF target(0, 0, device->width(), device->height());
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        sheet.paintPage(&painter, target, page);
    }
    return painter.end();
}

bool exportCheatSheetPdf(const LabModel &model, const Teaching &teaching, const QString &path,
                         const QPageSize &pageSize, QPageLayout::Orientation orientation, QString *error,
                         const QStringList &families)
{
    // The path is opened before anything is drawn. The PDF is drawn in memory (a few hundred kB)
    // and written in one checked write: QPdfWriter never looks at what its writes return, so
    // writing through it could commit a truncated PDF over the previous file.
    bool painted = false;
    const auto drawAndWrite = [&](QIODevice *device) {
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&pdf);
            writer.setPageLayout(QPageLayout(pageSize, orientation, kMargins, QPageLayout::Point));
            writer.setTitle(
                QCoreApplication::translate("relulab::CheatSheetExport", "ReLU Family Lab: the family cheat sheet"));
            writer.setCreator(QStringLiteral("ReLU Family Lab ") % QStringLiteral(RELULAB_VERSION));
            painted = paintCheatSheet(&writer, model, teaching, families);
        } // the writer finishes the PDF when it goes
        return painted && device->write(pdf.data()) == pdf.size();
    };
    QString why;
    switch (saveAtomically(path, drawAndWrite, &why)) {
    case SaveOutcome::Saved:
        return true;
    case SaveOutcome::NotOpened:
        if (error)
            *error = QCoreApplication::translate("relulab::CheatSheetExport", "cannot write '%1': %2").arg(path, why);
        return false;
    case SaveOutcome::NotWritten:
        break;
    }
    if (error) {
        if (!painted)
            why = QCoreApplication::translate("relulab::CheatSheetExport", "the PDF could not be drawn");
        *error = QCoreApplication::translate("relulab::CheatSheetExport", "writing '%1' failed: %2").arg(path, why);
    }
    return false;
}

} // namespace relulab
