#include "family.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace relulab {
namespace {

using activation::Sample;

// Where the hinge region of the board ends on either side; smooth families change regime here.
constexpr double kHingeHalfWidth = 1.0;
// GELU's output counts as a visible dip while it is below this (its minimum is about -0.17).
constexpr double kVisibleDip = -0.01;

Regime piecewiseRegime(double x, double negativeSlope, bool kink)
{
    if (x > 0.0)
        return Regime::Active;
    if (x == 0.0 && kink)
        return Regime::Hinge;
    return negativeSlope == 0.0 ? Regime::Dead : Regime::Leaking;
}

Regime smoothRegime(double x, const Sample &sample)
{
    if (x > kHingeHalfWidth)
        return Regime::Active;
    if (x >= -kHingeHalfWidth)
        return Regime::SoftGate;
    if (sample.value == 0.0 && sample.slope == 0.0)
        return Regime::Dead; // the tail has underflowed: nothing at all comes through
    return Regime::SoftFloor;
}

QList<FamilySpec> buildCatalog()
{
    QList<FamilySpec> families;

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
    families.append(relu);

    FamilySpec leaky;
    leaky.id = QStringLiteral("leaky-relu");
    leaky.displayName = QStringLiteral("Leaky ReLU");
    leaky.parameters = {{QStringLiteral("slope"), QT_TRANSLATE_NOOP("relulab::Parameter", "Negative slope"),
                         QStringLiteral("a"), 0.01, 0.0, 0.5, 0.01, 2, {}}};
    leaky.pytorch = QStringLiteral("torch.nn.LeakyReLU(negative_slope=0.01)");
    leaky.keras = QStringLiteral("keras.layers.LeakyReLU(negative_slope=0.3)");
    leaky.evaluate = [](double x, const ParameterValues &v) { return activation::leakyRelu(x, v[0]); };
    leaky.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        activation::leakyReluMany(x, n, v[0], value, slope);
    };
    leaky.isKink = [](double x, const ParameterValues &v) { return x == 0.0 && v[0] != 1.0; };
    leaky.flatAt = [](double x, const ParameterValues &v) { return x <= 0.0 && v[0] == 0.0; };
    leaky.regime = [](double x, const ParameterValues &v, const Sample &) {
        return piecewiseRegime(x, v[0], v[0] != 1.0);
    };
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
    families.append(elu);

    FamilySpec gelu;
    gelu.id = QStringLiteral("gelu");
    gelu.displayName = QStringLiteral("GELU");
    gelu.parameters = {{QStringLiteral("approximate"), QT_TRANSLATE_NOOP("relulab::Parameter", "Approximation"),
                        QString(), 0.0, 0.0, 1.0, 1.0, 0,
                        {QStringLiteral("none"), QStringLiteral("tanh")}}};
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
    families.append(softplus);

    return families;
}

} // namespace

bool ParameterSpec::accepts(double value) const
{
    if (!std::isfinite(value) || value < minimum || value > maximum)
        return false;
    return !isChoice() || value == std::floor(value);
}

QString ParameterSpec::describeRange() const
{
    // Translated where a translator is installed (the window, the lesson editor); plain English
    // on the command line.
    if (isChoice()) {
        return QCoreApplication::translate("relulab::ParameterSpec", "%1 or %2")
            .arg(choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")), choices.constLast());
    }
    const QLocale c = QLocale::c();
    return QCoreApplication::translate("relulab::ParameterSpec", "%1 to %2")
        .arg(c.toString(minimum, 'g', 6), c.toString(maximum, 'g', 6));
}

ParameterValues FamilySpec::defaults() const
{
    ParameterValues values;
    values.reserve(parameters.size());
    for (const ParameterSpec &parameter : parameters)
        values.append(parameter.defaultValue);
    return values;
}

int FamilySpec::parameterIndex(const QString &name) const
{
    for (int i = 0; i < parameters.size(); ++i) {
        if (parameters[i].name == name)
            return i;
    }
    return -1;
}

const QList<FamilySpec> &FamilyCatalog::all()
{
    static const QList<FamilySpec> catalog = buildCatalog();
    return catalog;
}

const FamilySpec *FamilyCatalog::find(const QString &id)
{
    for (const FamilySpec &family : all()) {
        if (family.id == id)
            return &family;
    }
    return nullptr;
}

QStringList FamilyCatalog::ids()
{
    QStringList result;
    for (const FamilySpec &family : all())
        result.append(family.id);
    return result;
}

namespace {
struct RegimeName
{
    Regime regime;
    const char *id;
};
constexpr RegimeName kRegimeNames[] = {
    {Regime::Active, "active"},         {Regime::Dead, "dead"},
    {Regime::Leaking, "leaking"},       {Regime::Saturating, "saturating"},
    {Regime::Hinge, "hinge"},           {Regime::SoftGate, "soft-gate"},
    {Regime::NegativeDip, "negative-dip"}, {Regime::SoftFloor, "soft-floor"},
};
} // namespace

QString regimeId(Regime regime)
{
    for (const RegimeName &entry : kRegimeNames) {
        if (entry.regime == regime)
            return QString::fromLatin1(entry.id);
    }
    return QString();
}

bool regimeFromId(const QString &id, Regime *regime)
{
    for (const RegimeName &entry : kRegimeNames) {
        if (id == QLatin1String(entry.id)) {
            *regime = entry.regime;
            return true;
        }
    }
    return false;
}

QList<Regime> allRegimes()
{
    QList<Regime> result;
    for (const RegimeName &entry : kRegimeNames)
        result.append(entry.regime);
    return result;
}

} // namespace relulab
