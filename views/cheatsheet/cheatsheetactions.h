#pragma once

#include <QObject>
#include <QString>

class QAction;
class QPrinter;
class QWidget;

namespace relulab {

class LabModel;
class Teaching;

// The File menu's cheat sheet actions for a window: Print cheat sheet… (Ctrl+P, a print
// dialog), Print preview… and Export cheat sheet as PDF… (a file dialog; a message box names the
// file and the problem on failure). Their texts follow the interface language.
class CheatSheetActions : public QObject
{
    Q_OBJECT

public:
    CheatSheetActions(LabModel *model, Teaching *teaching, QWidget *window);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportAction() const { return m_export; }
    QList<QAction *> actions() const { return {m_print, m_preview, m_export}; }

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

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_print = nullptr;
    QAction *m_preview = nullptr;
    QAction *m_export = nullptr;
    QString m_lastDirectory;
};

} // namespace relulab
