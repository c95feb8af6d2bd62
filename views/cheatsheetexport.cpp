#include "cheatsheetexport.h"

#include "cheatsheetpainter.h"
#include "labmodel.h"
#include "teaching.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

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

bool paintCheatSheet(QPagedPaintDevice *device, const LabModel &model, const Teaching &teaching)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    CheatSheetPainter sheet(model, teaching);
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
                         const QPageSize &pageSize, QPageLayout::Orientation orientation, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("relulab::CheatSheetExport", "cannot write '%1': %2")
                         .arg(path, file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(pageSize, orientation, kMargins, QPageLayout::Point));
        writer.setTitle(
            QCoreApplication::translate("relulab::CheatSheetExport", "ReLU Family Lab: the family cheat sheet"));
        writer.setCreator(QStringLiteral("ReLU Family Lab ") % QStringLiteral(RELULAB_VERSION));
        painted = paintCheatSheet(&writer, model, teaching);
    } // the writer finishes the PDF when it goes
    if (!painted || file.error() != QFileDevice::NoError || !file.commit()) {
        if (error) {
            const QString why = painted
                ? file.errorString()
                : QCoreApplication::translate("relulab::CheatSheetExport", "the PDF could not be drawn");
            *error = QCoreApplication::translate("relulab::CheatSheetExport", "writing '%1' failed: %2").arg(path, why);
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace relulab
