#include "catalogparts.h"

#include <QCoreApplication>

namespace relulab::catalog {
namespace {

using activation::Sample;

// SiLU's and Mish's dips, like GELU's, in one sentence with their own numbers.
void describeDip(const FamilySpec &family, const ParameterValues &values, double from, FamilyFacts *facts)
{
    facts->hasDip = true;
    facts->dip = findDip(family, values, from, 0.0);
    facts->outputRange = {"[≈\u00a0%1, ∞)", {{facts->dip.lowestOutput, 3}}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                              "from %1 down to ≈ %2 near x = %3, then back toward 0; negative left of x ≈ %4"),
                            {{facts->slopeLeftOfZero}, {facts->dip.lowestSlope, 2}, {facts->dip.lowestSlopeAt, 2},
                             {facts->dip.slopeRoot, 3}}};
}

void describeSilu(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = %x·σ(%{beta}%x)")};
    facts->formula.slope = {QStringLiteral("f′(%x) = σ(%{beta}%x)·(1 + %{beta}%x·(1 − σ(%{beta}%x)))")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "σ: the logistic sigmoid.");
    // The curve at beta is the curve at 1 scaled by 1/beta in both directions: its dip and the
    // turn of its slope lie within 20/beta of 0 (further left both are 0 to within 1e-7/beta).
    describeDip(family, values, -20.0 / values.value(0), facts);
    facts->kerasNote = QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                         "torch.nn.SiLU() and keras.activations.silu(x) fix β = 1; tf.nn.silu(x, beta=1.0) takes β");
}

void describeMish(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = %x·tanh(s)"), QStringLiteral("s = log(1 + e^{%x})")};
    facts->formula.slope = {QStringLiteral("f′(%x) = tanh(s) + %x·sech^{2}(s)·σ(%x)")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "s: the softplus of x; σ: the logistic sigmoid.");
    describeDip(family, values, -20.0, facts);
}

void describeSelu(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = \\c{λ·%x}{%x > 0}{λα(e^{%x} − 1)}{%x ≤ 0}")};
    facts->formula.slope = {QStringLiteral("f′(%x) = \\c{λ}{%x > 0}{λα·e^{%x}}{%x ≤ 0}")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                            "λ = 1.0507009873554805 and α = 1.6732632423543772 (Klambauer et al. 2017): PyTorch's scale and alpha.");
    facts->outputRange = {"(−λα, ∞) = (%1, ∞)", {{family.evaluate(-kFarEnough, values).value, 4}}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "λα·eˣ: %1 just left of 0, fading to 0 further left"),
                            {{facts->slopeLeftOfZero, 4}}};
    facts->slopeAtZero = {QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                            "%1 by PyTorch's convention (slope %2 just left of 0, %3 just right)"),
                          {{facts->slopeAtZeroValue, 4}, {facts->slopeLeftOfZero, 4}, {facts->slopeRightOfZero, 4}}};
}

} // namespace

void appendSmoothDescendants(QList<FamilySpec> &families)
{
    FamilySpec silu;
    silu.id = QStringLiteral("silu");
    silu.displayName = QStringLiteral("SiLU/Swish");
    silu.seed = false;
    silu.group = FamilyGroup::ReluFamily;
    silu.parameters = {{QStringLiteral("beta"), QT_TRANSLATE_NOOP("relulab::Parameter", "Beta (sharpness)"),
                        QStringLiteral("β"), 1.0, 0.1, 10.0, 0.1, 2, {}, {}, false}};
    silu.pytorch = QStringLiteral("torch.nn.SiLU()");
    silu.keras = QStringLiteral("keras.activations.silu(x)");
    silu.evaluate = [](double x, const ParameterValues &v) { return activation::silu(x, v[0]); };
    silu.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        activation::siluMany(x, n, v[0], value, slope);
    };
    silu.isKink = [](double, const ParameterValues &) { return false; };
    // Its slope depends on beta x alone: judge the zones there, as for Softplus.
    silu.regime = [](double x, const ParameterValues &v, const Sample &s) {
        if (x < 0.0 && s.value < kVisibleDip)
            return Regime::NegativeDip;
        return smoothRegime(v[0] * x, s);
    };
    silu.color = 0x0044AA; // deep blue, darker than ReLU (tst_familycolours checks every pair)
    silu.describe = describeSilu;
    families.append(silu);

    FamilySpec mish;
    mish.id = QStringLiteral("mish");
    mish.displayName = QStringLiteral("Mish");
    mish.seed = false;
    mish.group = FamilyGroup::ReluFamily;
    mish.pytorch = QStringLiteral("torch.nn.Mish()");
    mish.keras = QStringLiteral("keras.activations.mish(x)");
    mish.evaluate = [](double x, const ParameterValues &) { return activation::mish(x); };
    mish.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::mishMany(x, n, value, slope);
    };
    mish.isKink = [](double, const ParameterValues &) { return false; };
    mish.regime = [](double x, const ParameterValues &, const Sample &s) {
        if (x < 0.0 && s.value < kVisibleDip)
            return Regime::NegativeDip;
        return smoothRegime(x, s);
    };
    mish.color = 0x774433; // umber
    mish.describe = describeMish;
    families.append(mish);

    FamilySpec selu;
    selu.id = QStringLiteral("selu");
    selu.displayName = QStringLiteral("SELU");
    selu.seed = false;
    selu.group = FamilyGroup::ReluFamily;
    selu.pytorch = QStringLiteral("torch.nn.SELU()");
    selu.keras = QStringLiteral("keras.activations.selu(x)");
    selu.evaluate = [](double x, const ParameterValues &) { return activation::selu(x); };
    selu.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::seluMany(x, n, value, slope);
    };
    // λ on the right, λα on the left: always a corner at 0.
    selu.isKink = [](double x, const ParameterValues &) { return x == 0.0; };
    selu.regime = [](double x, const ParameterValues &, const Sample &) {
        if (x > 0.0)
            return Regime::Active;
        if (x == 0.0)
            return Regime::Hinge;
        return Regime::Saturating;
    };
    selu.color = 0x7766FF; // periwinkle
    selu.describe = describeSelu;
    families.append(selu);
}

} // namespace relulab::catalog
