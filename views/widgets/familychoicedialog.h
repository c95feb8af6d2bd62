#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;

namespace relulab {

class FamilyChecklist;

// Asks which families to include (the board's comparison set, the cheat sheet's families): a
// sentence saying what the choice is for, the grouped checklist, "Seed families" to go back to
// the default, OK and Cancel. With `atLeastOne`, OK waits for a checked family and says so.
class FamilyChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    FamilyChoiceDialog(const QString &title, const QString &explanation, const QStringList &checked, bool atLeastOne,
                       QWidget *parent = nullptr);

    QStringList checkedIds() const;
    FamilyChecklist *checklist() const { return m_checklist; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateAcceptance();

    FamilyChecklist *m_checklist = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_atLeastOne = false;
};

} // namespace relulab
