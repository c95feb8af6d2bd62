#pragma once

#include "lessondeck.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace relulab {

class LabModel;
class LessonStepFields;
class LessonViewState;
class Teaching;

// Prepares a lesson deck: steps captured from the lab, put in order, titled and annotated in the
// current teaching language (texts in other languages are kept), then saved as a .relulesson file.
// Modeless, so that the teacher can set up the lab between two "Add current lab state" clicks.
class LessonEditor : public QDialog
{
    Q_OBJECT

public:
    LessonEditor(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    // Where "Capture current view" reads the window's tab, faint curves and survival settings;
    // without it, it captures what the model holds (family, parameters, probe, zoom).
    void setViewState(const LessonViewState *viewState) { m_viewState = viewState; }

    // `path` is where the deck came from: the suggestion for "Save as…" (empty: none).
    void setDeck(const LessonDeck &deck, const QString &path = QString());
    const LessonDeck &deck() const { return m_deck; }
    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }
    int currentStep() const;
    void selectStep(int index);

    void addCurrentState();
    void moveUp();
    void moveDown();
    void deleteStep();
    // Sets the selected step from what the lab shows now (lab state and view fields).
    void captureCurrentView();
    // Asks for a file name, then saves there; a failure is shown in a message box.
    void saveAs();
    // Saves without asking (what "Save as…" does once it has a file name); on failure `error`
    // names the file and the problem and nothing on disk changes.
    bool saveTo(const QString &path, QString *error);

    QListWidget *stepList() const { return m_steps; }
    QLineEdit *deckTitleEdit() const { return m_deckTitle; }
    QLineEdit *stepTitleEdit() const { return m_stepTitle; }
    QPlainTextEdit *stepNoteEdit() const { return m_stepNote; }
    QPlainTextEdit *speakerNotesEdit() const { return m_speakerNotes; }
    LessonStepFields *stepFields() const { return m_fields; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *saveAsButton() const { return m_saveAs; }

signals:
    void deckSaved(const QString &path);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QString language() const;
    QString stepLabel(int index) const;
    QString stateSummary(const LessonStep &step) const;
    void refreshList(int select);
    void refreshItem(int index);
    void showStep();
    void updateButtons();
    void setModified(bool modified);
    void updateWindowTitle();
    void retranslate();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    const LessonViewState *m_viewState = nullptr;
    LessonDeck m_deck;
    QString m_path;
    bool m_modified = false;
    bool m_filling = false; // widgets are being filled from the deck, not edited

    QLabel *m_deckTitleLabel = nullptr;
    QLineEdit *m_deckTitle = nullptr;
    QLabel *m_stepsLabel = nullptr;
    QListWidget *m_steps = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_stepTitleLabel = nullptr;
    QLineEdit *m_stepTitle = nullptr;
    QLabel *m_stepNoteLabel = nullptr;
    QPlainTextEdit *m_stepNote = nullptr;
    QLabel *m_speakerNotesLabel = nullptr;
    QPlainTextEdit *m_speakerNotes = nullptr;
    LessonStepFields *m_fields = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveAs = nullptr;
};

} // namespace relulab
