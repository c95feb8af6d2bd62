#include "catalogparts.h"

namespace relulab::catalog {

void appendSmoothDescendants(QList<FamilySpec> &)
{
}

} // namespace relulab::catalog
