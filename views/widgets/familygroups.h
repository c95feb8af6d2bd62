#pragma once

#include "family.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relulab {

// The catalog by group, in the order the lab tells its story ("ReLU family", then "Before ReLU"):
// every chooser and checklist of families groups them this way.
struct FamilyGroupEntries
{
    FamilyGroup group = FamilyGroup::ReluFamily;
    QString title;   // translated
    QStringList ids; // in catalog order
};

// The groups that have families, each with its families; titles in the interface language.
QList<FamilyGroupEntries> familyGroups();
QString familyGroupTitle(FamilyGroup group);

// The families keys 1–9 choose, in key order: the seed families first (1–5 keep their meaning
// whatever the catalog adds), then the others in catalog order; at most nine.
QStringList familyKeyOrder();

} // namespace relulab
