#include "cheatsheet/cheatsheetfacts.h"

#include "family.h"
#include "labmodel.h"
#include "localepunctuation.h"
#include "widgets/numberformat.h"

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

// Scans readings over [from, to] for the lowest output and slope and the last x (from the
// left) where the slope is still negative; for smooth families whose extremes have no
// closed form on the sheet.
struct Scan
{
    double lowestOutput = 0.0;
    double lowestSlope = 0.0;
    double lowestSlopeAt = 0.0;
    double slopeTurnsPositiveAt = 0.0;
};

Scan scan(const LabModel &model, const QString &family, double from, double to, int steps)
{
    Scan result;
    bool negative = false;
    for (int i = 0; i <= steps; ++i) {
        const double x = from + (to - from) * i / steps;
        const Reading r = model.readingAt(family, x);
        result.lowestOutput = std::min(result.lowestOutput, r.output);
        if (r.slope < result.lowestSlope) {
            result.lowestSlope = r.slope;
            result.lowestSlopeAt = x;
        }
        if (r.slope < 0.0)
            negative = true;
        else if (negative && result.slopeTurnsPositiveAt == 0.0)
            result.slopeTurnsPositiveAt = x;
    }
    return result;
}

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

QString kinkConvention(const QString &atZero, const QString &left, const QString &right)
{
    return CheatSheetFacts::tr("%1 by PyTorch's convention (slope %2 just left of 0, %3 just right)")
        .arg(atZero, left, right);
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

QString CheatSheetFacts::parameterSummary(const LabModel &model, const QLocale &locale)
{
    QStringList parts;
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        if (spec.parameters.isEmpty())
            continue;
        parts.append(spec.displayName % QLatin1Char(' ') % parameterText(spec, model.parameters(spec.id), locale, true));
    }
    return parts.join(QStringLiteral("  ·  "));
}

FamilyFacts CheatSheetFacts::forFamily(const LabModel &model, const QString &family, const QLocale &locale)
{
    FamilyFacts facts;
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec)
        return facts;
    const ParameterValues values = model.parameters(family);
    facts.parameters = parameterText(*spec, values, locale, false);
    facts.pytorch = spec->pytorch;
    facts.keras = spec->keras;

    const auto num = [&](double v) { return number(v, locale); };
    using punctuation::End;
    const QString infinity = punctuation::infinity(locale);
    // Outputs from `lower` up to no limit, in the interval notation of the sheet's language.
    const auto upFrom = [&](const QString &lower, End end) { return punctuation::interval(lower, end, infinity, End::Open, locale); };
    const Reading atZero = model.readingAt(family, 0.0);
    const QString slopeAtZero = num(atZero.slope);
    const QString leftLimit = num(model.readingAt(family, -1e-9).slope);
    const QString rightLimit = num(model.readingAt(family, 1e-9).slope);
    const QString smooth = tr("%1 (smooth: no convention needed)").arg(slopeAtZero);
    facts.slopeAtZeroValue = slopeAtZero;
    facts.smoothAtZero = !atZero.onKink;
    const double farLeft = model.readingAt(family, kFarLeft).slope;
    // Exactly 0 (a dead unit) and nearly 0 (a fading one) are different lessons.
    facts.farLeftSlope = farLeft == 0.0 ? QStringLiteral("0")
        : std::fabs(farLeft) < 1e-3     ? QStringLiteral("≈ 0")
                                        : num(farLeft);

    if (family == QLatin1String("relu")) {
        facts.formulas = {QStringLiteral("f(x) = max(0, x)"), QStringLiteral("f′(x) = \\c{1}{x > 0}{0}{x ≤ 0}")};
        facts.outputRange = upFrom(QStringLiteral("0"), End::Closed);
        facts.negativeSlope = tr("%1 (no gradient flows back)").arg(num(model.readingAt(family, -1.0).slope));
        facts.slopeAtZero = kinkConvention(slopeAtZero, leftLimit, rightLimit);
    } else if (family == QLatin1String("leaky-relu")) {
        facts.formulas = {QStringLiteral("f(x) = \\c{x}{x > 0}{a·x}{x ≤ 0}"), QStringLiteral("f′(x) = \\c{1}{x > 0}{a}{x ≤ 0}")};
        const double a = model.readingAt(family, -1.0).slope;
        facts.outputRange = a > 0.0 ? upFrom(punctuation::infinity(locale, true), End::Open)
                                    : upFrom(QStringLiteral("0"), End::Closed);
        facts.negativeSlope = a > 0.0 ? tr("a = %1, constant: small but never 0").arg(num(a))
                                      : tr("a = 0: no gradient flows back");
        facts.slopeAtZero = atZero.onKink ? kinkConvention(slopeAtZero, leftLimit, rightLimit)
                                          : tr("%1 (no kink when a = 1)").arg(slopeAtZero);
        facts.kerasNote = tr("tf.keras 2 names the argument alpha: LeakyReLU(alpha=0.3)");
    } else if (family == QLatin1String("elu")) {
        facts.formulas = {QStringLiteral("f(x) = \\c{x}{x > 0}{α(e^{x} − 1)}{x ≤ 0}"),
                          QStringLiteral("f′(x) = \\c{1}{x > 0}{α·e^{x}}{x ≤ 0}")};
        const double floor = model.readingAt(family, -LabModel::kProbeLimit).output;
        facts.outputRange = upFrom(QStringLiteral("−α"), End::Open) % QStringLiteral(" = ") % upFrom(num(floor), End::Open);
        facts.negativeSlope = tr("α·eˣ: %1 just left of 0, fading to 0 further left").arg(leftLimit);
        facts.slopeAtZero = atZero.onKink ? kinkConvention(slopeAtZero, leftLimit, rightLimit)
                                          : tr("%1 (smooth at 0 when α = 1)").arg(slopeAtZero);
    } else if (family == QLatin1String("gelu")) {
        const bool tanhForm = values.value(0) != 0.0;
        if (tanhForm) {
            facts.formulas = {QStringLiteral("f(x) = ½x(1 + tanh u)"), QStringLiteral("u = √(2/π)(x + 0.044715x^{3})"),
                              QStringLiteral("f′(x) = ½(1 + tanh u) + ½x(1 − tanh^{2}u)·u′"),
                              QStringLiteral("u′ = √(2/π)(1 + 0.134145x^{2})")};
            facts.formulaNote = tr("The tanh approximation of x·Φ(x).");
        } else {
            facts.formulas = {QStringLiteral("f(x) = x·Φ(x)"), QStringLiteral("f′(x) = Φ(x) + x·φ(x)")};
            facts.formulaNote = tr("Φ: standard normal CDF; φ: its density.");
        }
        const Scan s = scan(model, family, -6.0, 0.0, 6000);
        facts.outputRange = upFrom(QStringLiteral("≈\u00a0") % number(s.lowestOutput, locale, 2), End::Closed);
        facts.negativeSlope = tr("from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4")
                                  .arg(leftLimit, number(s.lowestSlope, locale, 2), number(s.lowestSlopeAt, locale, 2),
                                       number(s.slopeTurnsPositiveAt, locale, 2));
        facts.slopeAtZero = smooth;
        facts.kerasNote = tr("keras.ops.gelu defaults to approximate=True");
    } else if (family == QLatin1String("softplus")) {
        facts.formulas = {QStringLiteral("f(x) = \\f{1}{β} log(1 + e^{βx})"),
                          QStringLiteral("f′(x) = σ(βx) = \\f{1}{1 + e^{−βx}}")};
        facts.formulaNote = tr("σ: the logistic sigmoid.");
        facts.outputRange = upFrom(QStringLiteral("0"), End::Open);
        facts.negativeSlope = tr("σ(βx): between 0 and %1, fading to 0 further left").arg(slopeAtZero);
        facts.slopeAtZero = smooth;
    }
    return facts;
}

} // namespace relulab
