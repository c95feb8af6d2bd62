#include "magnitude.h"

#include "teaching.h"

#include <QLocale>
#include <QStringBuilder>

#include <cmath>

namespace relulab::magnitude {
namespace {

// The number words a teacher uses, by power of ten (teaching keys numbers.e6 … numbers.e15).
constexpr int kWordedExponents[] = {6, 9, 12, 15};

// `value` as mantissa × 10^exponent with the mantissa rounded to `digits` significant digits.
void split(double value, int digits, double *mantissa, int *exponent)
{
    *exponent = static_cast<int>(std::floor(std::log10(value)));
    const double scale = std::pow(10.0, digits - 1);
    *mantissa = std::round(value / std::pow(10.0, *exponent) * scale) / scale;
    if (*mantissa >= 10.0) { // 9.96 rounds up to 10
        *mantissa /= 10.0;
        ++*exponent;
    }
}

} // namespace

QString superscript(int exponent)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    const QString plain = QString::number(std::abs(exponent));
    QString result = exponent < 0 ? QString(QChar(0x207B)) : QString();
    for (QChar c : plain)
        result += QChar(digits[c.digitValue()]);
    return result;
}

QString decade(int exponent)
{
    return QStringLiteral("10") % superscript(exponent);
}

QString scientific(double value, const QLocale &locale)
{
    if (!std::isfinite(value) || value <= 0.0)
        return locale.toString(value);
    double mantissa = 0.0;
    int exponent = 0;
    split(value, 2, &mantissa, &exponent);
    if (exponent == 0)
        return locale.toString(mantissa, 'g', 2);
    if (mantissa == 1.0)
        return decade(exponent);
    return locale.toString(mantissa, 'g', 2) % QStringLiteral(" × ") % decade(exponent);
}

QString factor(double value, const Teaching &teaching)
{
    const QLocale locale(teaching.language());
    if (!std::isfinite(value) || value <= 0.0)
        return locale.toString(value);
    if (value < 100.0)
        return locale.toString(value, 'g', 3);
    if (value < 1e6)
        return locale.toString(std::round(value), 'f', 0);
    // Rounded first to the two digits that are said, so that 999.7 million reads "1 billion".
    double mantissa = 0.0;
    int power = 0;
    split(value, 2, &mantissa, &power);
    value = mantissa * std::pow(10.0, power);
    const QString about = teaching.text(QStringLiteral("numbers.about"));
    for (auto it = std::rbegin(kWordedExponents); it != std::rend(kWordedExponents); ++it) {
        const int exponent = *it;
        const double inUnits = value / std::pow(10.0, exponent) * (1.0 + 1e-12); // 1e9 / 1e9 may be 0.999…
        if (inUnits < 1.0 || inUnits >= 1000.0)
            continue;
        // Two significant digits, as spoken: "1.5 trillion", "15 trillion", "150 trillion".
        const double rounded = inUnits >= 100.0 ? std::round(inUnits / 10.0) * 10.0
            : inUnits >= 10.0                   ? std::round(inUnits)
                                                : std::round(inUnits * 10.0) / 10.0;
        // Languages differ below two: "1,5 billion" in French, "1,5 Billionen" in German.
        const QString key = QStringLiteral("numbers.e") % QString::number(exponent)
            % (rounded == 1.0 ? QStringLiteral(".one") : rounded < 2.0 ? QStringLiteral(".lessThanTwo") : QStringLiteral(".other"));
        const QString words = teaching.text(key).arg(locale.toString(rounded, 'g', 3));
        return about.arg(words, scientific(value, locale));
    }
    return teaching.text(QStringLiteral("numbers.aboutPower")).arg(scientific(value, locale));
}

QStringList teachingKeys()
{
    QStringList keys{QStringLiteral("numbers.about"), QStringLiteral("numbers.aboutPower")};
    for (int exponent : kWordedExponents) {
        for (const char *form : {"one", "lessThanTwo", "other"})
            keys << QStringLiteral("numbers.e") % QString::number(exponent) % QLatin1Char('.') % QLatin1String(form);
    }
    return keys;
}

} // namespace relulab::magnitude
