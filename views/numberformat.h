#pragma once

#include <QLocale>
#include <QString>

namespace relulab {

// A reading as the lab shows it: three decimals in the given locale ("1.100", "1,100"), and no
// "-0.000" for tiny negative values.
QString formatReading(double value, const QLocale &locale = QLocale());

} // namespace relulab
