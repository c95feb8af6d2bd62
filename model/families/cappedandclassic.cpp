#include "catalogparts.h"

#include <QCoreApplication>

#include <cmath>

namespace relulab::catalog {
namespace {

using activation::Sample;

// ReLU6's ceiling and Hardswish's two knees.
constexpr double kRelu6Cap = 6.0;
constexpr double kHardswishKnee = 3.0;

// Sigmoid and tanh count as saturated once their slope has fallen below half its peak (sigmoid:
// 1/8, beyond |x| ≈ 1.76; tanh: 1/2, beyond |x| ≈ 0.88); nearer to 0 they respond.
Regime classicRegime(const Sample &sample, double peakSlope)
{
    return sample.slope < peakSlope / 2.0 ? Regime::Saturated : Regime::Responsive;
}

void describeRelu6(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = min(max(0, %x), 6)")};
    facts->formula.slope = {QStringLiteral("f′(%x) = \\c{0}{%x ≤ 0}{1}{0 < %x < 6}{0}{%x ≥ 6}")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                            "On both kinks, x = 0 and x = 6, PyTorch uses slope 0.");
    facts->outputRange = {"[0, 6]", {}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts", "%1 (no gradient flows back)"),
                            {{slopeAt(family, values, -1.0)}}};
}

void describeHardswish(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = \\c{0}{%x ≤ −3}{%x(%x + 3)/6}{−3 < %x < 3}{%x}{%x ≥ 3}")};
    facts->formula.slope = {QStringLiteral("f′(%x) = \\c{0}{%x ≤ −3}{(2%x + 3)/6}{−3 < %x < 3}{1}{%x ≥ 3}")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                            "On the knees PyTorch uses the outer slope: 0 at x = −3, 1 at x = 3.");
    // The dip is the parabola's vertex: lowest output -3/8 at x = -3/2, where the slope is 0; the
    // slope is lowest (-1/2) just right of the knee at -3.
    facts->hasDip = true;
    facts->dip.lowestOutputAt = -1.5;
    facts->dip.lowestOutput = family.evaluate(-1.5, values).value;
    facts->dip.lowestSlopeAt = -kHardswishKnee;
    facts->dip.lowestSlope = slopeAt(family, values, std::nextafter(-kHardswishKnee, 0.0));
    facts->dip.slopeRoot = -1.5;
    facts->outputRange = {"[%1, ∞)", {{facts->dip.lowestOutput}}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                              "0 left of x = −3; from %1 just right of it up to %2 at 0, negative left of x = %3"),
                            {{facts->dip.lowestSlope}, {facts->slopeLeftOfZero}, {facts->dip.slopeRoot}}};
    facts->kerasNote = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "Keras also names it hard_swish");
}

void describeSigmoid(const FamilySpec &, const ParameterValues &, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = σ(%x) = \\f{1}{1 + e^{−%x}}")};
    facts->formula.slope = {QStringLiteral("f′(%x) = σ(%x)(1 − σ(%x))")};
    facts->formula.note = QT_TRANSLATE_NOOP("relulab::FamilyFacts", "σ: the logistic sigmoid.");
    facts->outputRange = {"(0, 1)", {}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                              "σ(1 − σ): at most %1 (at 0), fading to 0 on both sides"),
                            {{facts->slopeAtZeroValue}}};
}

void describeTanh(const FamilySpec &, const ParameterValues &, FamilyFacts *facts)
{
    facts->formula.value = {QStringLiteral("f(%x) = tanh %x = \\f{e^{%x} − e^{−%x}}{e^{%x} + e^{−%x}}")};
    facts->formula.slope = {QStringLiteral("f′(%x) = 1 − tanh^{2}%x")};
    facts->outputRange = {"(−1, 1)", {}};
    facts->negativeSlope = {QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                              "1 − tanh²x: at most %1 (at 0), fading to 0 on both sides"),
                            {{facts->slopeAtZeroValue}}};
}

} // namespace

void appendCappedAndClassicFamilies(QList<FamilySpec> &families)
{
    FamilySpec relu6;
    relu6.id = QStringLiteral("relu6");
    relu6.displayName = QStringLiteral("ReLU6");
    relu6.seed = false;
    relu6.group = FamilyGroup::ReluFamily;
    relu6.pytorch = QStringLiteral("torch.nn.ReLU6()");
    relu6.keras = QStringLiteral("keras.activations.relu6(x)");
    relu6.evaluate = [](double x, const ParameterValues &) { return activation::relu6(x); };
    relu6.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::relu6Many(x, n, value, slope);
    };
    relu6.isKink = [](double x, const ParameterValues &) { return x == 0.0 || x == kRelu6Cap; };
    relu6.kinkCandidates = {0.0, kRelu6Cap};
    relu6.flatAt = [](double x, const ParameterValues &) { return x <= 0.0 || x >= kRelu6Cap; };
    relu6.regime = [](double x, const ParameterValues &, const Sample &) {
        if (x == 0.0 || x == kRelu6Cap)
            return Regime::Hinge;
        if (x > kRelu6Cap)
            return Regime::Capped;
        return x > 0.0 ? Regime::Active : Regime::Dead;
    };
    relu6.color = 0xCC7755; // terracotta: apart from every other family for colour-blind viewers (tst_familycolours)
    relu6.describe = describeRelu6;
    families.append(relu6);

    FamilySpec hardswish;
    hardswish.id = QStringLiteral("hardswish");
    hardswish.displayName = QStringLiteral("Hardswish");
    hardswish.seed = false;
    hardswish.group = FamilyGroup::ReluFamily;
    hardswish.pytorch = QStringLiteral("torch.nn.Hardswish()");
    hardswish.keras = QStringLiteral("keras.activations.hard_silu(x)");
    hardswish.evaluate = [](double x, const ParameterValues &) { return activation::hardswish(x); };
    hardswish.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::hardswishMany(x, n, value, slope);
    };
    hardswish.isKink = [](double x, const ParameterValues &) { return std::fabs(x) == kHardswishKnee; };
    hardswish.kinkCandidates = {-kHardswishKnee, kHardswishKnee};
    hardswish.flatAt = [](double x, const ParameterValues &) { return x <= -kHardswishKnee; };
    hardswish.regime = [](double x, const ParameterValues &, const Sample &s) {
        if (std::fabs(x) == kHardswishKnee)
            return Regime::Hinge;
        if (x > kHardswishKnee)
            return Regime::Active;
        if (x < -kHardswishKnee)
            return Regime::Dead;
        // The parabola between the knees: a dip where its output is below 0 (not where a tiny
        // negative x rounds it to -0), a gate letting part of the input through from 0 on.
        return s.value < 0.0 ? Regime::NegativeDip : Regime::SoftGate;
    };
    hardswish.color = 0x881177; // plum
    hardswish.describe = describeHardswish;
    families.append(hardswish);

    FamilySpec sigmoid;
    sigmoid.id = QStringLiteral("sigmoid");
    sigmoid.displayName = QStringLiteral("Sigmoid");
    sigmoid.seed = false;
    sigmoid.group = FamilyGroup::BeforeRelu;
    sigmoid.pytorch = QStringLiteral("torch.nn.Sigmoid()");
    sigmoid.keras = QStringLiteral("keras.activations.sigmoid(x)");
    sigmoid.evaluate = [](double x, const ParameterValues &) { return activation::sigmoid(x); };
    sigmoid.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::sigmoidMany(x, n, value, slope);
    };
    sigmoid.isKink = [](double, const ParameterValues &) { return false; };
    sigmoid.regime = [](double, const ParameterValues &, const Sample &s) { return classicRegime(s, 0.25); };
    sigmoid.color = 0x888888; // mid grey: the old baseline, apart from GELU and ELU in lightness
    sigmoid.describe = describeSigmoid;
    families.append(sigmoid);

    FamilySpec tanh;
    tanh.id = QStringLiteral("tanh");
    tanh.displayName = QStringLiteral("Tanh");
    tanh.seed = false;
    tanh.group = FamilyGroup::BeforeRelu;
    tanh.pytorch = QStringLiteral("torch.nn.Tanh()");
    tanh.keras = QStringLiteral("keras.activations.tanh(x)");
    tanh.evaluate = [](double x, const ParameterValues &) { return activation::hyperbolicTangent(x); };
    tanh.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &, double *value, double *slope) {
        activation::hyperbolicTangentMany(x, n, value, slope);
    };
    tanh.isKink = [](double, const ParameterValues &) { return false; };
    tanh.regime = [](double, const ParameterValues &, const Sample &s) { return classicRegime(s, 1.0); };
    tanh.color = 0x0000FF; // pure blue: far from ReLU's and SiLU's blues in lightness
    tanh.describe = describeTanh;
    families.append(tanh);
}

} // namespace relulab::catalog
