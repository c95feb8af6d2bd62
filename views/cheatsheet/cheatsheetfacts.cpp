#include "cheatsheet/cheatsheetfacts.h"

#include "family.h"
#include "labmodel.h"
#include "localepunctuation.h"
#include "widgets/numberformat.h"

#include <cmath>

namespace relulab {
namespace {

QString parameterText(const FamilySpec &spec, const ParameterValues &values, const QLocale &locale, bool withDefault)
{
    QStringList parts;
    for (int i = 0; i < spec.parameters.size(); ++i) {
        const ParameterSpec &p = spec.parameters[i];
        const double value = values.value(i);
        QString text;
        if (p.isChoice())
            text = p.name % QStringLiteral(" = ") % p.choices.value(int(value));
        else
            text = (p.symbol.isEmpty() ? p.name : p.symbol) % QStringLiteral(" = ") % CheatSheetFacts::number(value, locale);
        if (withDefault && value != p.defaultValue) {
            const QString fallback = p.isChoice() ? p.choices.value(int(p.defaultValue))
                                                  : CheatSheetFacts::number(p.defaultValue, locale);
            text += QLatin1Char(' ') % CheatSheetFacts::tr("(default %1)").arg(fallback);
        }
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString CheatSheetFacts::number(double value, const QLocale &locale, int significant)
{
    if (value == 0.0)
        value = 0.0; // no "−0"
    return withMinusSign(locale.toString(value, 'g', significant), locale);
}

QString CheatSheetFacts::parameters(const LabModel &model, const QString &family, const QLocale &locale)
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    return spec ? parameterText(*spec, model.parameters(family), locale, false) : QString();
}

QString CheatSheetFacts::parameterSummary(const LabModel &model, const QLocale &locale, const QStringList &families)
{
    QStringList parts;
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        if (spec.parameters.isEmpty() || (!families.isEmpty() && !families.contains(spec.id)))
            continue;
        parts.append(spec.displayName % QLatin1Char(' ') % parameterText(spec, model.parameters(spec.id), locale, true));
    }
    return parts.join(QStringLiteral("  ·  "));
}

QString CheatSheetFacts::text(const FactText &fact, const QLocale &locale)
{
    if (fact.isEmpty())
        return QString();
    // Intervals first: a number's decimal comma would read as the separator of their ends.
    QString result = punctuation::intervalsIn(QCoreApplication::translate("relulab::FamilyFacts", fact.source), locale);
    for (const FactNumber &n : fact.numbers)
        result = result.arg(number(n.value, locale, n.significant));
    return result;
}

FamilyFactTexts CheatSheetFacts::forFamily(const LabModel &model, const QString &family, const QLocale &locale)
{
    FamilyFactTexts texts;
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec)
        return texts;
    const ParameterValues values = model.parameters(family);
    const FamilyFacts facts = familyFacts(*spec, values);
    for (const QString &line : facts.formula.lines())
        texts.formulas.append(writeFormula(punctuation::decimalsIn(line, locale), *spec));
    texts.formulaNote = facts.formula.note ? QCoreApplication::translate("relulab::FamilyFacts", facts.formula.note) : QString();
    texts.parameters = parameterText(*spec, values, locale, false);
    texts.outputRange = text(facts.outputRange, locale);
    texts.negativeSlope = text(facts.negativeSlope, locale);
    texts.slopeAtZero = text(facts.slopeAtZero, locale);
    texts.pytorch = facts.pytorch;
    texts.keras = facts.keras;
    texts.kerasNote = facts.kerasNote ? QCoreApplication::translate("relulab::FamilyFacts", facts.kerasNote) : QString();
    texts.slopeAtZeroValue = number(facts.slopeAtZeroValue, locale);
    texts.smoothAtZero = !facts.kinkAtZero;
    // Exactly 0 (a dead unit) and nearly 0 (a fading one) are different lessons.
    const double farLeft = facts.farLeftSlope;
    texts.farLeftSlope = farLeft == 0.0 ? QStringLiteral("0")
        : std::fabs(farLeft) < 1e-3     ? QStringLiteral("≈ 0")
                                        : number(farLeft, locale);
    return texts;
}

} // namespace relulab
