#include "widgets/familychecklist.h"

#include "family.h"
#include "widgets/familygroups.h"
#include "widgets/labstyle.h"

#include <QEvent>
#include <QHeaderView>

namespace relulab {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

FamilyChecklist::FamilyChecklist(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    for (const FamilyGroupEntries &group : familyGroups()) {
        auto *header = new QTreeWidgetItem(this);
        header->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        QFont bold = font();
        bold.setBold(true);
        header->setFont(0, bold);
        for (const QString &id : group.ids) {
            auto *item = new QTreeWidgetItem(header);
            item->setText(0, FamilyCatalog::find(id)->displayName);
            item->setData(0, kIdRole, id);
            item->setIcon(0, style::familySwatch(id, palette()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    expandAll();
    retranslate();
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0)->child(0));
    connect(this, &QTreeWidget::itemChanged, this, [this] { emit checkedIdsChanged(checkedIds()); });
}

QStringList FamilyChecklist::checkedIds() const
{
    QStringList ids;
    for (const QString &id : FamilyCatalog::ids()) {
        const QTreeWidgetItem *item = familyItem(id);
        if (item && item->checkState(0) == Qt::Checked)
            ids.append(id);
    }
    return ids;
}

void FamilyChecklist::setCheckedIds(const QStringList &ids)
{
    for (const QString &id : FamilyCatalog::ids()) {
        if (QTreeWidgetItem *item = familyItem(id))
            item->setCheckState(0, ids.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QTreeWidgetItem *FamilyChecklist::familyItem(const QString &id) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kIdRole).toString() == id)
                return group->child(i);
        }
    }
    return nullptr;
}

QSize FamilyChecklist::sizeHint() const
{
    // Tall enough for every row without a scroll bar: the whole catalog fits a dialog.
    int rows = 0;
    for (int g = 0; g < topLevelItemCount(); ++g)
        rows += 1 + topLevelItem(g)->childCount();
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 6);
    return QSize(QTreeWidget::sizeHint().width(), rows * rowHeight + 2 * frameWidth() + 4);
}

void FamilyChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void FamilyChecklist::retranslate()
{
    const QList<FamilyGroupEntries> groups = familyGroups();
    for (int g = 0; g < topLevelItemCount() && g < groups.size(); ++g)
        topLevelItem(g)->setText(0, groups[g].title);
    setAccessibleName(tr("Families"));
}

} // namespace relulab
