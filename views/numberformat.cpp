#include "numberformat.h"

#include <cmath>

namespace relulab {

QString formatReading(double value, const QLocale &locale)
{
    constexpr int kDecimals = 3;
    if (std::fabs(value) < 0.0005)
        value = 0.0; // rounds to zero: show it without a sign
    QString text = locale.toString(value, 'f', kDecimals);
    if (value < 0.0 && text.startsWith(locale.negativeSign()))
        text.replace(0, locale.negativeSign().size(), QChar(0x2212));
    return text;
}

} // namespace relulab
