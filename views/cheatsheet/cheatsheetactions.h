#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QPrinter;
class QWidget;

namespace relulab {

class LabModel;
class Teaching;

// The File menu's cheat sheet actions for a window: Print cheat sheet… (Ctrl+P, a print
// dialog), Print preview…, Export cheat sheet as PDF… (a file dialog; a message box names the
// file and the problem on failure) and Cheat sheet families… (which families the sheet prints).
// The print dialog carries the same families checklist on a tab of its own. The choice (by
// default the seed families) is remembered between runs. Their texts follow the interface language.
class CheatSheetActions : public QObject
{
    Q_OBJECT

public:
    CheatSheetActions(LabModel *model, Teaching *teaching, QWidget *window);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction() const { return m_export; }
    QAction *familiesAction() const { return m_chooseFamilies; }
    QList<QAction *> actions() const { return {m_print, m_preview, m_export, m_chooseFamilies}; }

    // The families the sheet prints, in catalog order (never empty).
    QStringList families() const { return m_families; }
    // Ignored when empty or naming an id that is not a family; remembered in the settings.
    void setFamilies(const QStringList &ids);

    // What the export action does once a file name is chosen: true on success, else false
    // after a message box names the file and the problem.
    bool exportTo(const QString &path);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void print();
    void preview();
    void exportPdf();
    void setUpPrinter(QPrinter *printer) const;
    void chooseFamilies();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_export = nullptr;
    QAction *m_chooseFamilies = nullptr;
    QStringList m_families;
    QString m_lastDirectory;
};

} // namespace relulab
