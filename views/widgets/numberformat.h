#pragma once

#include <QLocale>
#include <QString>

namespace relulab {

// A reading as the lab shows it: three decimals in the given locale ("1.100", "1,100"), a true
// minus sign ("−0.632", as on the axes and in the teaching text), and no "−0.000" for tiny
// negative values.
QString formatReading(double value, const QLocale &locale = QLocale());

// A number the locale formatted, with its minus sign made a true minus sign (U+2212): the lab
// writes negative numbers that way on screen and on paper.
QString withMinusSign(QString number, const QLocale &locale);

} // namespace relulab
