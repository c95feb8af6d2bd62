#include "cheatsheet/cheatsheetactions.h"

#include "cheatsheet/cheatsheetexport.h"
#include "family.h"
#include "widgets/familychecklist.h"
#include "widgets/familychoicedialog.h"
#include "labmodel.h"
#include "teaching.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QWidget>

namespace relulab {
namespace {

const QString kFamiliesKey = QStringLiteral("cheatSheet/families");

QString familiesExplanation()
{
    return CheatSheetActions::tr("The cheat sheet describes these families, one block each, and lists them in its "
                                 "at-a-glance table.");
}

} // namespace

CheatSheetActions::CheatSheetActions(LabModel *model, Teaching *teaching, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_teaching(teaching)
    , m_window(window)
    , m_print(new QAction(window))
    , m_preview(new QAction(window))
    , m_export(new QAction(window))
    , m_chooseFamilies(new QAction(window))
    , m_families(FamilyCatalog::seedIds())
{
    m_chooseFamilies->setObjectName(QStringLiteral("cheatSheetFamilies"));
    // A remembered choice that names a family this build lacks is dropped as a whole.
    const QVariant saved = QSettings().value(kFamiliesKey);
    QStringList ids;
    QString why;
    if (saved.isValid() && FamilyCatalog::parseIdList(saved.toString(), &ids, &why))
        setFamilies(ids);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_preview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    connect(m_print, &QAction::triggered, this, &CheatSheetActions::print);
    connect(m_preview, &QAction::triggered, this, &CheatSheetActions::preview);
    connect(m_export, &QAction::triggered, this, &CheatSheetActions::exportPdf);
    connect(m_chooseFamilies, &QAction::triggered, this, &CheatSheetActions::chooseFamilies);
    // The window sees LanguageChange when a translator is installed; the actions do not.
    window->installEventFilter(this);
    retranslate();
}

bool CheatSheetActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void CheatSheetActions::retranslate()
{
    m_print->setText(tr("&Print cheat sheet…"));
    m_print->setStatusTip(tr("Print the family cheat sheet with the current parameters"));
    m_preview->setText(tr("Print pre&view…"));
    m_preview->setStatusTip(tr("See the printed cheat sheet before printing it"));
    m_export->setText(tr("&Export cheat sheet as PDF…"));
    m_export->setStatusTip(tr("Save the family cheat sheet with the current parameters as a PDF file"));
    m_chooseFamilies->setText(tr("Cheat sheet &families…"));
    m_chooseFamilies->setStatusTip(tr("Choose which families the printed cheat sheet describes"));
}

void CheatSheetActions::setFamilies(const QStringList &ids)
{
    QStringList ordered;
    for (const QString &id : FamilyCatalog::ids()) {
        if (ids.contains(id))
            ordered.append(id);
    }
    if (ordered.isEmpty() || ordered.size() != ids.size() || ordered == m_families)
        return;
    m_families = ordered;
    QSettings().setValue(kFamiliesKey, m_families.join(QLatin1Char(',')));
}

void CheatSheetActions::chooseFamilies()
{
    FamilyChoiceDialog dialog(tr("Cheat sheet families"), familiesExplanation(), m_families, true, m_window);
    dialog.setObjectName(QStringLiteral("cheatSheetFamiliesDialog"));
    if (dialog.exec() == QDialog::Accepted)
        setFamilies(dialog.checkedIds());
}

void CheatSheetActions::setUpPrinter(QPrinter *printer) const
{
    printer->setPageSize(defaultCheatSheetPageSize());
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(36, 36, 36, 36), QPageLayout::Point);
    printer->setDocName(tr("ReLU Family Lab cheat sheet"));
}

void CheatSheetActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print cheat sheet"));
    // The families to print, on a tab of the print dialog itself.
    auto *families = new QWidget;
    families->setObjectName(QStringLiteral("cheatSheetFamiliesTab"));
    families->setWindowTitle(tr("Families"));
    auto *explanation = new QLabel(familiesExplanation(), families);
    explanation->setWordWrap(true);
    auto *checklist = new FamilyChecklist(families);
    checklist->setCheckedIds(m_families);
    auto *layout = new QVBoxLayout(families);
    layout->addWidget(explanation);
    layout->addWidget(checklist, 1);
    dialog.setOptionTabs({families});
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (checklist->checkedIds().isEmpty()) {
        QMessageBox::warning(m_window, tr("Print cheat sheet"), tr("Choose at least one family to print."));
        return;
    }
    setFamilies(checklist->checkedIds());
    if (!paintCheatSheet(&printer, *m_model, *m_teaching, m_families)) {
        QMessageBox::warning(m_window, tr("Print cheat sheet"),
                             tr("The cheat sheet could not be sent to the printer “%1”.").arg(printer.printerName()));
    }
}

void CheatSheetActions::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Cheat sheet preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { paintCheatSheet(target, *m_model, *m_teaching, m_families); });
    dialog.exec();
}

void CheatSheetActions::exportPdf()
{
    if (m_lastDirectory.isEmpty())
        m_lastDirectory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(m_lastDirectory).filePath(tr("relu-family-cheat-sheet.pdf"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export cheat sheet as PDF"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    m_lastDirectory = QFileInfo(path).absolutePath();
    exportTo(path);
}

bool CheatSheetActions::exportTo(const QString &path)
{
    QString error;
    if (exportCheatSheetPdf(*m_model, *m_teaching, path, defaultCheatSheetPageSize(), QPageLayout::Portrait, &error,
                            m_families))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Export cheat sheet as PDF"),
                    tr("The cheat sheet could not be saved as “%1”.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, m_window);
    box.setInformativeText(error);
    box.exec();
    return false;
}

} // namespace relulab
