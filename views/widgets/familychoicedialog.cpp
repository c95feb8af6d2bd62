#include "widgets/familychoicedialog.h"

#include "family.h"
#include "widgets/familychecklist.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace relulab {

FamilyChoiceDialog::FamilyChoiceDialog(const QString &title, const QString &explanation, const QStringList &checked,
                                       bool atLeastOne, QWidget *parent)
    : QDialog(parent)
    , m_checklist(new FamilyChecklist(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_atLeastOne(atLeastOne)
{
    setWindowTitle(title);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_checklist->setCheckedIds(checked);
    m_problem->setText(tr("Choose at least one family."));
    m_problem->setWordWrap(true);
    QPushButton *seeds = m_buttons->addButton(tr("&Seed families"), QDialogButtonBox::ResetRole);
    seeds->setObjectName(QStringLiteral("seedFamilies"));
    seeds->setToolTip(tr("The families the lab began with: ReLU and its first descendants"));
    connect(seeds, &QPushButton::clicked, this, [this] { m_checklist->setCheckedIds(FamilyCatalog::seedIds()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checklist, &FamilyChecklist::checkedIdsChanged, this, &FamilyChoiceDialog::updateAcceptance);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_checklist, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    text->setBuddy(m_checklist);
    m_checklist->setFocus();
    updateAcceptance();
}

QStringList FamilyChoiceDialog::checkedIds() const
{
    return m_checklist->checkedIds();
}

void FamilyChoiceDialog::updateAcceptance()
{
    const bool missing = m_atLeastOne && m_checklist->checkedIds().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing);
    m_problem->setVisible(missing);
}

} // namespace relulab
