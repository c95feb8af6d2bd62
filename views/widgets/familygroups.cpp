#include "widgets/familygroups.h"

#include <QCoreApplication>

namespace relulab {

QString familyGroupTitle(FamilyGroup group)
{
    switch (group) {
    case FamilyGroup::BeforeRelu:
        return QCoreApplication::translate("relulab::FamilyGroups", "Before ReLU");
    case FamilyGroup::ReluFamily:
        break;
    }
    return QCoreApplication::translate("relulab::FamilyGroups", "ReLU family");
}

QList<FamilyGroupEntries> familyGroups()
{
    QList<FamilyGroupEntries> groups;
    for (FamilyGroup group : {FamilyGroup::ReluFamily, FamilyGroup::BeforeRelu}) {
        FamilyGroupEntries entries{group, familyGroupTitle(group), {}};
        for (const FamilySpec &spec : FamilyCatalog::all()) {
            if (spec.group == group)
                entries.ids.append(spec.id);
        }
        if (!entries.ids.isEmpty())
            groups.append(entries);
    }
    return groups;
}

QStringList familyKeyOrder()
{
    constexpr int kDigitKeys = 9;
    QStringList order = FamilyCatalog::seedIds();
    for (const QString &id : FamilyCatalog::ids()) {
        if (!order.contains(id))
            order.append(id);
    }
    return order.mid(0, kDigitKeys);
}

} // namespace relulab
