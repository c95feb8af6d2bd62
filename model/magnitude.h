#pragma once

#include <QString>
#include <QStringList>

class QLocale;

namespace relulab {

class Teaching;

// Large and small magnitudes written as a teacher writes them on the board: powers of ten with
// superscript exponents ("10⁻²", "1.5 × 10¹³") and, for large factors, the language's number
// words ("about 15 trillion"). One place for the depth lab's axes and its sentences.
namespace magnitude {

// "⁻¹³" for −13: the exponent in Unicode superscript digits.
QString superscript(int exponent);
// "10⁰", "10⁻²": the label of a decade on a log axis.
QString decade(int exponent);
// "1.5 × 10¹³" (two significant digits, the locale's decimal sign), "10¹³" when the mantissa is 1.
QString scientific(double value, const QLocale &locale);
// A factor in words where its size calls for it: "about 15 trillion (1.5 × 10¹³)" from a million
// up to the language's last number word, "about 3.2 × 10²¹" beyond, plain digits below a
// million ("340", "2.5"). The words and the "about" come from the teaching text (numbers.*).
QString factor(double value, const Teaching &teaching);
// The teaching keys factor() reads (numbers.about, numbers.e12.other, …), for the schema test.
QStringList teachingKeys();

} // namespace magnitude
} // namespace relulab
