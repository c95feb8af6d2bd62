#include "catalogparts.h"

namespace relulab::catalog {

void appendCappedAndClassicFamilies(QList<FamilySpec> &)
{
}

} // namespace relulab::catalog
