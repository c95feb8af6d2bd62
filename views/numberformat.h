#pragma once

#include <QLocale>
#include <QString>

namespace relulab {

// A reading as the lab shows it: three decimals in the given locale ("1.100", "1,100"), a true
// minus sign ("−0.632", as on the axes and in the teaching text), and no "−0.000" for tiny
// negative values.
QString formatReading(double value, const QLocale &locale = QLocale());

} // namespace relulab
