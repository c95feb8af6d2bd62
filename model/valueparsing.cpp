#include "valueparsing.h"

#include <QLocale>

#include <cmath>

namespace relulab {

bool parsePlainNumber(const QString &text, double *value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    // The C locale would read "1,000" as 1000; on a command line that is more likely a typo
    // for a list or a decimal comma, so group separators are refused.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double parsed = c.toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(parsed))
        return false;
    *value = parsed;
    return true;
}

bool parseRange(const QString &text, double *minimum, double *maximum)
{
    // The separator is the first ':' that is not at the very start.
    const int colon = text.indexOf(QLatin1Char(':'), 1);
    if (colon < 0)
        return false;
    double a = 0.0;
    double b = 0.0;
    if (!parsePlainNumber(text.left(colon), &a) || !parsePlainNumber(text.mid(colon + 1), &b) || !(a < b))
        return false;
    *minimum = a;
    *maximum = b;
    return true;
}

bool parseNumberList(const QString &text, QList<double> *values)
{
    QList<double> parsed;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        double value = 0.0;
        if (!parsePlainNumber(part, &value))
            return false;
        parsed.append(value);
    }
    *values = parsed;
    return true;
}

QString formatRoundTrip(double value)
{
    if (value == 0.0)
        return std::signbit(value) ? QStringLiteral("-0") : QStringLiteral("0");
    // Qt's shortest mode also finds short forms of subnormals ("5e-324"), which a fixed
    // 15-to-17-digit search would miss.
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString formatPlainNumber(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace relulab
