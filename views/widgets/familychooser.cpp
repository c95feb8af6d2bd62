#include "widgets/familychooser.h"

#include "family.h"
#include "widgets/familygroups.h"
#include "widgets/labstyle.h"
#include "labmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace relulab {

FamilyChooser::FamilyChooser(LabModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    // Each group under a header row that cannot be chosen: arrow keys and typing skip it.
    auto *items = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (const FamilyGroupEntries &group : familyGroups()) {
        auto *header = new QStandardItem(group.title);
        header->setFlags(Qt::NoItemFlags);
        QFont bold = m_combo->font();
        bold.setBold(true);
        header->setFont(bold);
        items->appendRow(header);
        m_headerRows.append(header->row());
        for (const QString &id : group.ids)
            m_combo->addItem(FamilyCatalog::find(id)->displayName, id);
    }
    updateSwatches();
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (!id.isEmpty())
            m_model->setFamily(id);
    });
    connect(m_model, &LabModel::familyChanged, this, &FamilyChooser::showFamily);
    showFamily(m_model->family());
}

QStringList FamilyChooser::groupTitles() const
{
    QStringList titles;
    for (int row : m_headerRows)
        titles.append(m_combo->itemText(row));
    return titles;
}

void FamilyChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateSwatches();
    if (event->type() == QEvent::LanguageChange) {
        const QList<FamilyGroupEntries> groups = familyGroups();
        for (int i = 0; i < m_headerRows.size() && i < groups.size(); ++i)
            m_combo->setItemText(m_headerRows[i], groups[i].title);
    }
    QWidget::changeEvent(event);
}

void FamilyChooser::showFamily(const QString &familyId)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(familyId));
}

void FamilyChooser::updateSwatches()
{
    for (int i = 0; i < m_combo->count(); ++i) {
        if (!m_headerRows.contains(i))
            m_combo->setItemIcon(i, style::familySwatch(m_combo->itemData(i).toString(), palette()));
    }
}

} // namespace relulab
