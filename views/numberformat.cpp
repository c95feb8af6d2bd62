#include "numberformat.h"

#include <cmath>

namespace relulab {

QString formatReading(double value, const QLocale &locale)
{
    constexpr int kDecimals = 3;
    if (std::fabs(value) < 0.0005)
        value = 0.0; // rounds to zero: show it without a sign
    return locale.toString(value, 'f', kDecimals);
}

} // namespace relulab
