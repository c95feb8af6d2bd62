#include "valueparsing.h"

#include <QLocale>

#include <cmath>

namespace relulab {

bool parsePlainNumber(const QString &text, double *value)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    bool ok = false;
    const double parsed = QLocale::c().toDouble(trimmed, &ok);
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
    // Shortest of 15..17 digits that reads back exactly.
    for (int digits = 15; digits < 17; ++digits) {
        const QString text = QString::number(value, 'g', digits);
        if (text.toDouble() == value)
            return text;
    }
    return QString::number(value, 'g', 17);
}

QString formatPlainNumber(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace relulab
