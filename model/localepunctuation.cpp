#include "localepunctuation.h"

#include <QRegularExpression>

#include <QStringBuilder>

namespace relulab::punctuation {
namespace {

constexpr QChar kNoBreakSpace(0x00A0);
constexpr QChar kNarrowNoBreakSpace(0x202F); // before ; ? ! in French, as the teaching text does
// Line breaking reads "]" as closing and "[" as opening punctuation; French intervals use them the
// other way round (]0 ; +∞[), so a word joiner keeps each bracket with its end.
constexpr QChar kWordJoiner(0x2060);

bool isFrench(const QLocale &locale)
{
    return locale.language() == QLocale::French;
}

// German and Spanish write decimal commas, so a comma cannot also part an interval's ends.
bool usesSemicolonInIntervals(const QLocale &locale)
{
    return locale.language() == QLocale::German || locale.language() == QLocale::Spanish;
}

} // namespace

QString labelled(const QString &label, const QString &value, const QLocale &locale)
{
    if (isFrench(locale))
        return label % kNoBreakSpace % QStringLiteral(": ") % value;
    return label % QStringLiteral(": ") % value;
}

QString quoted(const QString &text, const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::German:
        return QChar(0x201E) % text % QChar(0x201C);
    case QLocale::Spanish:
        return QChar(0x00AB) % text % QChar(0x00BB);
    case QLocale::French:
        return QChar(0x00AB) % kNoBreakSpace % text % kNoBreakSpace % QChar(0x00BB);
    default:
        return QLatin1Char('\'') % text % QLatin1Char('\'');
    }
}

QString interval(const QString &lower, End lowerEnd, const QString &upper, End upperEnd, const QLocale &locale)
{
    if (isFrench(locale)) {
        const QChar open = lowerEnd == End::Closed ? QLatin1Char('[') : QLatin1Char(']');
        const QChar close = upperEnd == End::Closed ? QLatin1Char(']') : QLatin1Char('[');
        return open % kWordJoiner % lower % kNarrowNoBreakSpace % QLatin1Char(';') % kNoBreakSpace % upper % kWordJoiner
            % close;
    }
    const QChar open = lowerEnd == End::Closed ? QLatin1Char('[') : QLatin1Char('(');
    const QChar close = upperEnd == End::Closed ? QLatin1Char(']') : QLatin1Char(')');
    if (usesSemicolonInIntervals(locale))
        return open % lower % QLatin1Char(';') % kNoBreakSpace % upper % close;
    return open % lower % QStringLiteral(", ") % upper % close;
}

QString infinity(const QLocale &locale, bool negative)
{
    if (negative)
        return QStringLiteral("−∞");
    const bool signedInfinity = isFrench(locale) || locale.language() == QLocale::Spanish;
    return signedInfinity ? QStringLiteral("+∞") : QStringLiteral("∞");
}

QString decimalsIn(const QString &text, const QLocale &locale)
{
    static const QRegularExpression point(QStringLiteral("(?<=\\d)\\.(?=\\d)"));
    return QString(text).replace(point, locale.decimalPoint());
}

QString intervalsIn(const QString &text, const QLocale &locale)
{
    // A bracket right after a letter or digit opens a function's arguments, as in max(0, x).
    static const QRegularExpression plainInterval(QStringLiteral("(?<![\\w′)])([\\[(])([^\\[\\](),]+), ([^\\[\\](),]+)([\\])])"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
    const auto end = [&locale](const QString &value) {
        if (value == QStringLiteral("∞"))
            return infinity(locale);
        if (value == QStringLiteral("−∞"))
            return infinity(locale, true);
        return value;
    };
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : plainInterval.globalMatch(text)) {
        result += text.mid(done, match.capturedStart() - done);
        result += interval(end(match.captured(2)), match.captured(1) == QStringLiteral("[") ? End::Closed : End::Open,
                           end(match.captured(3)), match.captured(4) == QStringLiteral("]") ? End::Closed : End::Open,
                           locale);
        done = match.capturedEnd();
    }
    return result + text.mid(done);
}

} // namespace relulab::punctuation
