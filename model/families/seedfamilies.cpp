#include "catalogparts.h"

#include <QCoreApplication>

#include <cmath>

namespace relulab::catalog {
namespace {

using activation::Sample;

void describeRelu(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = max(0, %x)")};
    facts->formula.slope = {QStringLiteral("f′(%x) = \\c{1}{%x > 0}{0}{%x ≤ 0}")};
    facts->outputRange = {kFromZero, {}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "%1 (no gradient flows back)"),
                            {{slopeAt(family, values, -1.0)}}};
}

void describeLeakyRelu(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = \\c{%x}{%x > 0}{%{slope}·%x}{%x ≤ 0}")};
    facts->formula.slope = {QStringLiteral("f′(%x) = \\c{1}{%x > 0}{%{slope}}{%x ≤ 0}")};
    const double a = slopeAt(family, values, -1.0);
    facts->outputRange = {a > 0.0 ? kEverything : kFromZero, {}};
    facts->negativeSlope = a > 0.0
        ? FactText{QT_TRANSLATE_NOOP("relulab::FamilyFacts", "a = %1, constant: small but never 0"), {{a}}}
        : FactText{QT_TRANSLATE_NOOP("relulab::FamilyFacts", "a = 0: no gradient flows back"), {}};
    if (!facts->kinkAtZero)
        facts->slopeAtZero = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "%1 (no kink when a = 1)"), {{facts->slopeAtZeroValue}}};
    facts->kerasNote = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "tf.keras 2 names the argument alpha: LeakyReLU(alpha=0.3)");
}

void describeElu(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = \\c{%x}{%x > 0}{%{alpha}(e^{%x} − 1)}{%x ≤ 0}")};
    facts->formula.slope = {QStringLiteral("f′(%x) = \\c{1}{%x > 0}{%{alpha}·e^{%x}}{%x ≤ 0}")};
    facts->outputRange = {"(−α, ∞) = (%1, ∞)", {{family.evaluate(-kFarEnough, values).value}}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "α·eˣ: %1 just left of 0, fading to 0 further left"),
                            {{facts->slopeLeftOfZero}}};
    if (!facts->kinkAtZero)
        facts->slopeAtZero = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "%1 (smooth at 0 when α = 1)"), {{facts->slopeAtZeroValue}}};
}

void describeGelu(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    if (values.value(0) != 0.0) {
        facts->formula.value = {QStringLiteral("f(%x) = ½%x(1 + tanh u)"), QStringLiteral("u = √(2/π)(%x + 0.044715%x^{3})")};
        facts->formula.slope = {QStringLiteral("f′(%x) = ½(1 + tanh u) + ½%x(1 − tanh^{2}u)·u′"),
                                QStringLiteral("u′ = √(2/π)(1 + 0.134145%x^{2})")};
        facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "The tanh approximation of x·Φ(x).");
    } else {
        facts->formula.value = {QStringLiteral("f(%x) = %x·Φ(%x)")};
        facts->formula.slope = {QStringLiteral("f′(%x) = Φ(%x) + %x·φ(%x)")};
        facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "Φ: standard normal CDF; φ: its density.");
    }
    // The dip lies within [-6, 0] for both forms: further left both are 0 to within 1e-8.
    facts->hasDip = true;
    facts->dip = findDip(family, values, -6.0, 0.0);
    facts->outputRange = {"[≈\u00a0%1, ∞)", {{facts->dip.lowestOutput, 2}}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                              "from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4"),
                            {{facts->slopeLeftOfZero}, {facts->dip.lowestSlope, 2}, {facts->dip.lowestSlopeAt, 2},
                             {facts->dip.slopeRoot, 2}}};
    facts->kerasNote = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "keras.ops.gelu defaults to approximate=True");
}

void describeSoftplus(const FamilySpec &, const ParameterValues &, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = \\f{1}{%{beta}} log(1 + e^{%{beta}%x})")};
    facts->formula.slope = {QStringLiteral("f′(%x) = σ(%{beta}%x) = \\f{1}{1 + e^{−%{beta}%x}}")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "σ: the logistic sigmoid.");
    facts->outputRange = {"(0, ∞)", {}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "σ(βx): between 0 and %1, fading to 0 further left"),
                            {{facts->slopeAtZeroValue}}};
}

} // namespace

void appendSeedFamilies(QList<FamilySpec> &families)
{

    FamilySpec relu;
    relu.id = QStringLiteral("relu");
    relu.displayName = QStringLiteral("ReLU");
    relu.pytorch = QStringLiteral("torch.nn.ReLU()");
    relu.keras = QStringLiteral("keras.layers.ReLU()");
    relu.evaluate = [](double x, const ParameterValues &) { return activation::relu(x); };
    relu.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::reluMany(x, n, value, slope);
    };
    relu.isKink = [](double x, const ParameterValues &) { return x == 0.0; };
    relu.flatAt = [](double x, const ParameterValues &) { return x <= 0.0; };
    relu.regime = [](double x, const ParameterValues &, const Sample &) {
        return piecewiseRegime(x, 0.0, true);
    };
    relu.color = 0x0072B2;
    relu.describe = describeRelu;
    families.append(relu);

    FamilySpec leaky;
    leaky.id = QStringLiteral("leaky-relu");
    leaky.displayName = QStringLiteral("Leaky ReLU");
    leaky.parameters = {{QStringLiteral("slope"), QT_TRANSLATE_NOOP("relulab::Parameter", "Negative slope"),
                         QStringLiteral("a"), 0.01, 0.0, 0.5, 0.01, 2, {}}};
    leaky.pytorch = QStringLiteral("torch.nn.LeakyReLU(negative_slope=0.01)");
    leaky.keras = QStringLiteral("keras.layers.LeakyReLU(negative_slope=0.3)");
    // Okabe–Ito orange, darkened for a contrast of 3:1 on white.
    leaky.evaluate = [](double x, const ParameterValues &v) { return activation::leakyRelu(x, v[0]); };
    leaky.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        activation::leakyReluMany(x, n, v[0], value, slope);
    };
    leaky.isKink = [](double x, const ParameterValues &v) { return x == 0.0 && v[0] != 1.0; };
    leaky.flatAt = [](double x, const ParameterValues &v) { return x <= 0.0 && v[0] == 0.0; };
    leaky.regime = [](double x, const ParameterValues &v, const Sample &) {
        return piecewiseRegime(x, v[0], v[0] != 1.0);
    };
    leaky.color = 0x744500; // dark brown: apart from Softplus for colour-blind viewers and in greyscale (tst_familycolours)
    leaky.describe = describeLeakyRelu;
    families.append(leaky);

    FamilySpec elu;
    elu.id = QStringLiteral("elu");
    elu.displayName = QStringLiteral("ELU");
    elu.parameters = {{QStringLiteral("alpha"), QT_TRANSLATE_NOOP("relulab::Parameter", "Alpha (negative floor)"),
                       QStringLiteral("α"), 1.0, 0.1, 3.0, 0.1, 2, {}}};
    elu.pytorch = QStringLiteral("torch.nn.ELU(alpha=1.0)");
    elu.keras = QStringLiteral("keras.layers.ELU(alpha=1.0)");
    elu.evaluate = [](double x, const ParameterValues &v) { return activation::elu(x, v[0]); };
    elu.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        activation::eluMany(x, n, v[0], value, slope);
    };
    // With alpha = 1 both one-sided slopes at 0 are 1: the curve is smooth there.
    elu.isKink = [](double x, const ParameterValues &v) { return x == 0.0 && v[0] != 1.0; };
    elu.regime = [](double x, const ParameterValues &v, const Sample &) {
        if (x > 0.0)
            return Regime::Active;
        if (x == 0.0 && v[0] != 1.0)
            return Regime::Hinge;
        return Regime::Saturating;
    };
    elu.color = 0x2D9EAF; // teal: lighter than GELU in greyscale, apart from ReLU6 and Mish
    elu.describe = describeElu;
    families.append(elu);

    FamilySpec gelu;
    gelu.id = QStringLiteral("gelu");
    gelu.displayName = QStringLiteral("GELU");
    gelu.parameters = {{QStringLiteral("approximate"), QT_TRANSLATE_NOOP("relulab::Parameter", "Approximation"),
                        QString(), 0.0, 0.0, 1.0, 1.0, 0,
                        {QStringLiteral("none"), QStringLiteral("tanh")},
                        {QT_TRANSLATE_NOOP("relulab::Parameter", "Exact (erf)"),
                         QT_TRANSLATE_NOOP("relulab::Parameter", "Tanh approximation")}}};
    gelu.pytorch = QStringLiteral("torch.nn.GELU(approximate='none')");
    gelu.keras = QStringLiteral("keras.activations.gelu(x, approximate=False)");
    gelu.evaluate = [](double x, const ParameterValues &v) {
        return v[0] == 0.0 ? activation::gelu(x) : activation::geluTanh(x);
    };
    gelu.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        if (v[0] == 0.0)
            activation::geluMany(x, n, value, slope);
        else
            activation::geluTanhMany(x, n, value, slope);
    };
    gelu.isKink = [](double, const ParameterValues &) { return false; };
    gelu.regime = [](double x, const ParameterValues &, const Sample &s) {
        if (x < 0.0 && s.value < kVisibleDip)
            return Regime::NegativeDip;
        return smoothRegime(x, s);
    };
    gelu.color = 0x874E64; // mauve: darker than ELU and Softplus in greyscale
    gelu.describe = describeGelu;
    families.append(gelu);

    FamilySpec softplus;
    softplus.id = QStringLiteral("softplus");
    softplus.displayName = QStringLiteral("Softplus");
    softplus.parameters = {{QStringLiteral("beta"), QT_TRANSLATE_NOOP("relulab::Parameter", "Beta (sharpness)"),
                            QStringLiteral("β"), 1.0, 0.25, 20.0, 0.25, 2, {}}};
    softplus.pytorch = QStringLiteral("torch.nn.Softplus(beta=1.0, threshold=20.0)");
    softplus.keras = QStringLiteral("keras.activations.softplus(x)");
    softplus.evaluate = [](double x, const ParameterValues &v) { return activation::softplus(x, v[0]); };
    softplus.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        activation::softplusMany(x, n, v[0], value, slope);
    };
    softplus.isKink = [](double, const ParameterValues &) { return false; };
    // Softplus has the shape of its curve at beta x: judge the regime there.
    softplus.regime = [](double x, const ParameterValues &v, const Sample &s) { return smoothRegime(v[0] * x, s); };
    softplus.color = 0xD35C00;
    softplus.describe = describeSoftplus;
    families.append(softplus);
}

} // namespace relulab::catalog
