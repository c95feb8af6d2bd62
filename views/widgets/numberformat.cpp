#include "widgets/numberformat.h"

#include <cmath>

namespace relulab {

QString formatReading(double value, const QLocale &locale)
{
    constexpr int kDecimals = 3;
    if (std::fabs(value) < 0.0005)
        value = 0.0; // rounds to zero: show it without a sign
    return withMinusSign(locale.toString(value, 'f', kDecimals), locale);
}

QString withMinusSign(QString number, const QLocale &locale)
{
    return number.replace(locale.negativeSign(), QChar(0x2212));
}

} // namespace relulab
