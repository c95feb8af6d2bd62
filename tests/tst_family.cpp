// The family catalog: ids, names, parameter specs, framework strings and regime ids.

#include "curvesampling.h"
#include "family.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

using relulab::FamilyCatalog;
using relulab::FamilySpec;
using relulab::ParameterSpec;
using relulab::Regime;
using relulab::Dip;
using relulab::FactText;
using relulab::FamilyFacts;
using relulab::ParameterValues;
using relulab::familyFacts;
using relulab::writeFormula;
using relulab::regimeId;
namespace activation = relulab::activation;

Q_DECLARE_METATYPE(Regime)

namespace {

const ParameterSpec *findParameter(const QString &family, const QString &name)
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec)
        return nullptr;
    const int index = spec->parameterIndex(name);
    return index < 0 ? nullptr : &spec->parameters[index];
}

// How a PyTorch signature writes a default: 1.0 and 0.01, or 'none' for a choice.
QString pythonLiteral(const ParameterSpec &parameter)
{
    if (parameter.isChoice())
        return QLatin1Char('\'') + parameter.choices.value(static_cast<int>(parameter.defaultValue)) + QLatin1Char('\'');
    const double value = parameter.defaultValue;
    return value == std::floor(value) ? QString::number(value, 'f', 1) : QString::number(value, 'g', 6);
}

} // namespace

class TestFamily : public QObject
{
    Q_OBJECT

private slots:
    void catalogOrder();
    void identity_data();
    void identity();
    void findRejectsUnknownIds();
    void seedFamiliesAreTheDefaultSet();
    void parseIdList_data();
    void parseIdList();
    void parameterSpecs_data();
    void parameterSpecs();
    void parametersAreSane_data();
    void parametersAreSane();
    void geluApproximationIsAChoice();
    void accepts_data();
    void accepts();
    void describeRange_data();
    void describeRange();
    void frameworkStrings_data();
    void frameworkStrings();
    void pytorchStringMentionsEveryDefault_data();
    void pytorchStringMentionsEveryDefault();
    void parameterIndex_data();
    void parameterIndex();
    void regimeIds_data();
    void regimeIds();
    void regimeIdsAreUniqueAndComplete();
    void unknownRegimeIdIsRejected();
    void evaluateManyMatchesEvaluate_data();
    void evaluateManyMatchesEvaluate();
    void formulas_data();
    void formulas();
    void formulaAtAPoint();
    void factsOfEveryFamily_data();
    void factsOfEveryFamily();
    void geluDipIsFoundExactly_data();
    void geluDipIsFoundExactly();
    void siluAndMishDipsAreFoundExactly_data();
    void siluAndMishDipsAreFoundExactly();
    void seluFacts();
    void cappedAndClassicShapes();
    void kinksOfEveryFamily();
    void slopePiecesCutAtEveryKink();
};

void TestFamily::catalogOrder()
{
    const QStringList expected = {QStringLiteral("relu"),      QStringLiteral("leaky-relu"), QStringLiteral("elu"),
                                  QStringLiteral("gelu"),      QStringLiteral("softplus"),   QStringLiteral("silu"),
                                  QStringLiteral("mish"),      QStringLiteral("selu"),       QStringLiteral("relu6"),
                                  QStringLiteral("hardswish"), QStringLiteral("sigmoid"),    QStringLiteral("tanh")};
    QCOMPARE(FamilyCatalog::ids(), expected);
    QCOMPARE(FamilyCatalog::all().size(), expected.size());
}

void TestFamily::identity_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<int>("parameterCount");

    QTest::newRow("relu") << QStringLiteral("relu") << QStringLiteral("ReLU") << 0;
    QTest::newRow("leaky-relu") << QStringLiteral("leaky-relu") << QStringLiteral("Leaky ReLU") << 1;
    QTest::newRow("elu") << QStringLiteral("elu") << QStringLiteral("ELU") << 1;
    QTest::newRow("gelu") << QStringLiteral("gelu") << QStringLiteral("GELU") << 1;
    QTest::newRow("softplus") << QStringLiteral("softplus") << QStringLiteral("Softplus") << 1;
    QTest::newRow("silu") << QStringLiteral("silu") << QStringLiteral("SiLU/Swish") << 1;
    QTest::newRow("mish") << QStringLiteral("mish") << QStringLiteral("Mish") << 0;
    QTest::newRow("selu") << QStringLiteral("selu") << QStringLiteral("SELU") << 0;
    QTest::newRow("relu6") << QStringLiteral("relu6") << QStringLiteral("ReLU6") << 0;
    QTest::newRow("hardswish") << QStringLiteral("hardswish") << QStringLiteral("Hardswish") << 0;
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << QStringLiteral("Sigmoid") << 0;
    QTest::newRow("tanh") << QStringLiteral("tanh") << QStringLiteral("Tanh") << 0;
}

void TestFamily::identity()
{
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QFETCH(int, parameterCount);

    const FamilySpec *spec = FamilyCatalog::find(id);
    QVERIFY(spec);
    QCOMPARE(spec->id, id);
    QCOMPARE(spec->displayName, displayName);
    QCOMPARE(spec->parameters.size(), parameterCount);
    QVERIFY(spec->evaluate);
    QVERIFY(spec->isKink);
    QVERIFY(spec->regime);
    // defaults() lists every parameter's default, in order.
    const relulab::ParameterValues defaults = spec->defaults();
    QCOMPARE(defaults.size(), parameterCount);
    for (int i = 0; i < parameterCount; ++i)
        QCOMPARE(defaults[i], spec->parameters[i].defaultValue);
}

void TestFamily::findRejectsUnknownIds()
{
    QCOMPARE(FamilyCatalog::find(QString()), nullptr);
    QCOMPARE(FamilyCatalog::find(QStringLiteral("ReLU")), nullptr); // ids are case-sensitive
    QCOMPARE(FamilyCatalog::find(QStringLiteral("leaky_relu")), nullptr);
    QCOMPARE(FamilyCatalog::find(QStringLiteral("swish")), nullptr);
}

void TestFamily::seedFamiliesAreTheDefaultSet()
{
    QCOMPARE(FamilyCatalog::seedIds(), (QStringList{QStringLiteral("relu"), QStringLiteral("leaky-relu"),
                                                    QStringLiteral("elu"), QStringLiteral("gelu"),
                                                    QStringLiteral("softplus")}));
}

void TestFamily::parseIdList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");   // empty: refused
    QTest::addColumn<QString>("named");     // what the refusal names
    QTest::newRow("two, in the order given") << QStringLiteral("gelu,relu")
                                             << QStringList{QStringLiteral("gelu"), QStringLiteral("relu")} << QString();
    QTest::newRow("spaces around ids") << QStringLiteral(" elu , softplus ")
                                       << QStringList{QStringLiteral("elu"), QStringLiteral("softplus")} << QString();
    QTest::newRow("unknown id") << QStringLiteral("relu,swish2") << QStringList{}
                                << QStringLiteral("'swish2' is not a family; valid: relu, leaky-relu, elu");
    QTest::newRow("repeated id") << QStringLiteral("relu,elu,relu") << QStringList{} << QStringLiteral("'relu'");
    QTest::newRow("empty item") << QStringLiteral("relu,,elu") << QStringList{} << QStringLiteral("'' is not a family");
    QTest::newRow("nothing") << QString() << QStringList{} << QStringLiteral("'' is not a family");
}

void TestFamily::parseIdList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QFETCH(QString, named);
    QStringList parsed;
    QString why;
    const bool ok = FamilyCatalog::parseIdList(text, &parsed, &why);
    QCOMPARE(ok, !ids.isEmpty());
    if (ok)
        QCOMPARE(parsed, ids);
    else
        QVERIFY2(why.contains(named), qPrintable(why));
}

void TestFamily::parameterSpecs_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<double>("defaultValue");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("decimals");

    // The defaults are PyTorch's; the ranges are what a classroom needs to see each effect.
    QTest::newRow("leaky-relu slope") << QStringLiteral("leaky-relu") << QStringLiteral("slope")
                                      << QStringLiteral("a") << 0.01 << 0.0 << 0.5 << 0.01 << 2;
    QTest::newRow("elu alpha") << QStringLiteral("elu") << QStringLiteral("alpha")
                               << QStringLiteral("α") << 1.0 << 0.1 << 3.0 << 0.1 << 2;
    QTest::newRow("gelu approximate") << QStringLiteral("gelu") << QStringLiteral("approximate")
                                      << QString() << 0.0 << 0.0 << 1.0 << 1.0 << 0;
    QTest::newRow("softplus beta") << QStringLiteral("softplus") << QStringLiteral("beta")
                                   << QStringLiteral("β") << 1.0 << 0.25 << 20.0 << 0.25 << 2;
    QTest::newRow("silu beta") << QStringLiteral("silu") << QStringLiteral("beta")
                               << QStringLiteral("β") << 1.0 << 0.1 << 10.0 << 0.1 << 2;
}

void TestFamily::parameterSpecs()
{
    QFETCH(QString, family);
    QFETCH(QString, name);
    QFETCH(QString, symbol);
    QFETCH(double, defaultValue);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    QFETCH(double, step);
    QFETCH(int, decimals);

    const ParameterSpec *parameter = findParameter(family, name);
    QVERIFY(parameter);
    QCOMPARE(parameter->symbol, symbol);
    QCOMPARE(parameter->defaultValue, defaultValue);
    QCOMPARE(parameter->minimum, minimum);
    QCOMPARE(parameter->maximum, maximum);
    QCOMPARE(parameter->step, step);
    QCOMPARE(parameter->decimals, decimals);
}

void TestFamily::parametersAreSane_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    for (const FamilySpec &family : FamilyCatalog::all()) {
        for (const ParameterSpec &parameter : family.parameters)
            QTest::newRow(qPrintable(family.id + QLatin1Char(' ') + parameter.name)) << family.id << parameter.name;
    }
}

void TestFamily::parametersAreSane()
{
    QFETCH(QString, family);
    QFETCH(QString, name);
    const ParameterSpec *parameter = findParameter(family, name);
    QVERIFY(parameter);

    QVERIFY(parameter->label && *parameter->label);
    QCOMPARE(parameter->name, parameter->name.toLower());
    QVERIFY(parameter->minimum < parameter->maximum);
    QVERIFY(parameter->defaultValue >= parameter->minimum && parameter->defaultValue <= parameter->maximum);
    QVERIFY(parameter->accepts(parameter->defaultValue));
    QVERIFY(parameter->accepts(parameter->minimum));
    QVERIFY(parameter->accepts(parameter->maximum));

    // The step divides the range and lands on the default; the shown decimals can show a step.
    QVERIFY(parameter->step > 0.0 && parameter->step <= parameter->maximum - parameter->minimum);
    const double steps = (parameter->maximum - parameter->minimum) / parameter->step;
    QVERIFY2(std::fabs(steps - std::round(steps)) < 1e-9, qPrintable(QString::number(steps)));
    const double stepsToDefault = (parameter->defaultValue - parameter->minimum) / parameter->step;
    QVERIFY2(std::fabs(stepsToDefault - std::round(stepsToDefault)) < 1e-9, qPrintable(QString::number(stepsToDefault)));
    QVERIFY(parameter->decimals >= 0 && parameter->decimals <= 6);
    QVERIFY(parameter->step >= std::pow(10.0, -parameter->decimals) * (1 - 1e-12));

    // A numeric parameter has a symbol for formulas; a choice has one option per step.
    if (parameter->isChoice())
        QCOMPARE(parameter->choices.size(), static_cast<int>(std::lround(steps)) + 1);
    else
        QVERIFY(!parameter->symbol.isEmpty());
}

void TestFamily::geluApproximationIsAChoice()
{
    const ParameterSpec *parameter = findParameter(QStringLiteral("gelu"), QStringLiteral("approximate"));
    QVERIFY(parameter);
    QVERIFY(parameter->isChoice());
    QCOMPARE(parameter->choices, QStringList({QStringLiteral("none"), QStringLiteral("tanh")}));
    QCOMPARE(parameter->defaultValue, 0.0); // 'none', as in PyTorch
    QVERIFY(parameter->accepts(0.0));
    QVERIFY(parameter->accepts(1.0));
    QVERIFY(!parameter->accepts(0.5)); // an index, not a blend
    QVERIFY(!parameter->accepts(2.0));

    // The choice really switches the math: the tanh form differs from x Phi(x) away from 0.
    const FamilySpec *gelu = FamilyCatalog::find(QStringLiteral("gelu"));
    QCOMPARE(gelu->evaluate(-2.0, {0.0}).value, relulab::activation::gelu(-2.0).value);
    QCOMPARE(gelu->evaluate(-2.0, {1.0}).value, relulab::activation::geluTanh(-2.0).value);
    QVERIFY(gelu->evaluate(-2.0, {0.0}).value != gelu->evaluate(-2.0, {1.0}).value);
}

void TestFamily::accepts_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");

    const QString leaky = QStringLiteral("leaky-relu");
    const QString slope = QStringLiteral("slope");
    const QString softplus = QStringLiteral("softplus");
    const QString beta = QStringLiteral("beta");
    QTest::newRow("slope 0") << leaky << slope << 0.0 << true;
    QTest::newRow("slope 0.37 (off the step grid, still valid)") << leaky << slope << 0.37 << true;
    QTest::newRow("slope -0.01") << leaky << slope << -0.01 << false;
    QTest::newRow("slope 0.51") << leaky << slope << 0.51 << false;
    QTest::newRow("slope nan") << leaky << slope << std::nan("") << false;
    QTest::newRow("beta 0.25") << softplus << beta << 0.25 << true;
    QTest::newRow("beta 0.2") << softplus << beta << 0.2 << false;
    QTest::newRow("beta 0") << softplus << beta << 0.0 << false;
    QTest::newRow("beta 20") << softplus << beta << 20.0 << true;
    QTest::newRow("beta 20.000001") << softplus << beta << 20.000001 << false;
    QTest::newRow("beta inf") << softplus << beta << HUGE_VAL << false;
    QTest::newRow("alpha 0.1") << QStringLiteral("elu") << QStringLiteral("alpha") << 0.1 << true;
    QTest::newRow("alpha 0.05") << QStringLiteral("elu") << QStringLiteral("alpha") << 0.05 << false;
    QTest::newRow("alpha 3.5") << QStringLiteral("elu") << QStringLiteral("alpha") << 3.5 << false;
}

void TestFamily::accepts()
{
    QFETCH(QString, family);
    QFETCH(QString, name);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    const ParameterSpec *parameter = findParameter(family, name);
    QVERIFY(parameter);
    QCOMPARE(parameter->accepts(value), accepted);
}

void TestFamily::describeRange_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");

    QTest::newRow("slope") << QStringLiteral("leaky-relu") << QStringLiteral("slope") << QStringLiteral("0 to 0.5");
    QTest::newRow("alpha") << QStringLiteral("elu") << QStringLiteral("alpha") << QStringLiteral("0.1 to 3");
    QTest::newRow("approximate") << QStringLiteral("gelu") << QStringLiteral("approximate")
                                 << QStringLiteral("none or tanh");
    QTest::newRow("beta") << QStringLiteral("softplus") << QStringLiteral("beta") << QStringLiteral("0.25 to 20");
}

void TestFamily::describeRange()
{
    QFETCH(QString, family);
    QFETCH(QString, name);
    QFETCH(QString, description);
    const ParameterSpec *parameter = findParameter(family, name);
    QVERIFY(parameter);
    QCOMPARE(parameter->describeRange(), description);
}

void TestFamily::frameworkStrings_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("pytorch");
    QTest::addColumn<QString>("keras");

    // PyTorch 2.x and Keras 3 signatures with their documented defaults.
    QTest::newRow("relu") << QStringLiteral("relu") << QStringLiteral("torch.nn.ReLU()")
                          << QStringLiteral("keras.layers.ReLU()");
    QTest::newRow("leaky-relu") << QStringLiteral("leaky-relu") << QStringLiteral("torch.nn.LeakyReLU(negative_slope=0.01)")
                                << QStringLiteral("keras.layers.LeakyReLU(negative_slope=0.3)");
    QTest::newRow("elu") << QStringLiteral("elu") << QStringLiteral("torch.nn.ELU(alpha=1.0)")
                         << QStringLiteral("keras.layers.ELU(alpha=1.0)");
    QTest::newRow("gelu") << QStringLiteral("gelu") << QStringLiteral("torch.nn.GELU(approximate='none')")
                          << QStringLiteral("keras.activations.gelu(x, approximate=False)");
    QTest::newRow("softplus") << QStringLiteral("softplus")
                              << QStringLiteral("torch.nn.Softplus(beta=1.0, threshold=20.0)")
                              << QStringLiteral("keras.activations.softplus(x)");
    // Neither module takes SiLU's beta (tf.nn.silu does; the Keras note says so).
    QTest::newRow("silu") << QStringLiteral("silu") << QStringLiteral("torch.nn.SiLU()")
                          << QStringLiteral("keras.activations.silu(x)");
    QTest::newRow("mish") << QStringLiteral("mish") << QStringLiteral("torch.nn.Mish()")
                          << QStringLiteral("keras.activations.mish(x)");
    // SELU's lambda and alpha are fixed in both (PyTorch's scale and alpha).
    QTest::newRow("selu") << QStringLiteral("selu") << QStringLiteral("torch.nn.SELU()")
                          << QStringLiteral("keras.activations.selu(x)");
    QTest::newRow("relu6") << QStringLiteral("relu6") << QStringLiteral("torch.nn.ReLU6()")
                           << QStringLiteral("keras.activations.relu6(x)");
    QTest::newRow("hardswish") << QStringLiteral("hardswish") << QStringLiteral("torch.nn.Hardswish()")
                               << QStringLiteral("keras.activations.hard_silu(x)");
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << QStringLiteral("torch.nn.Sigmoid()")
                             << QStringLiteral("keras.activations.sigmoid(x)");
    QTest::newRow("tanh") << QStringLiteral("tanh") << QStringLiteral("torch.nn.Tanh()")
                          << QStringLiteral("keras.activations.tanh(x)");
}

void TestFamily::frameworkStrings()
{
    QFETCH(QString, family);
    QFETCH(QString, pytorch);
    QFETCH(QString, keras);
    const FamilySpec *spec = FamilyCatalog::find(family);
    QVERIFY(spec);
    QCOMPARE(spec->pytorch, pytorch);
    QCOMPARE(spec->keras, keras);
}

void TestFamily::pytorchStringMentionsEveryDefault_data()
{
    QTest::addColumn<QString>("family");
    for (const FamilySpec &family : FamilyCatalog::all())
        QTest::newRow(qPrintable(family.id)) << family.id;
}

void TestFamily::pytorchStringMentionsEveryDefault()
{
    QFETCH(QString, family);
    const FamilySpec *spec = FamilyCatalog::find(family);
    QVERIFY(spec);
    QVERIFY(spec->pytorch.startsWith(QLatin1String("torch.nn.")));
    // The lab's default is the framework's default, so a copied line behaves as shown.
    for (const ParameterSpec &parameter : spec->parameters) {
        if (!parameter.pytorchArgument)
            continue;
        const QString literal = QLatin1Char('=') + pythonLiteral(parameter);
        QVERIFY2(spec->pytorch.contains(literal), qPrintable(spec->pytorch + QStringLiteral(" lacks ") + literal));
    }
}

void TestFamily::parameterIndex_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");

    QTest::newRow("leaky-relu slope") << QStringLiteral("leaky-relu") << QStringLiteral("slope") << 0;
    QTest::newRow("elu alpha") << QStringLiteral("elu") << QStringLiteral("alpha") << 0;
    QTest::newRow("gelu approximate") << QStringLiteral("gelu") << QStringLiteral("approximate") << 0;
    QTest::newRow("softplus beta") << QStringLiteral("softplus") << QStringLiteral("beta") << 0;
    QTest::newRow("relu has none") << QStringLiteral("relu") << QStringLiteral("slope") << -1;
    QTest::newRow("elu has no beta") << QStringLiteral("elu") << QStringLiteral("beta") << -1;
    QTest::newRow("case matters") << QStringLiteral("elu") << QStringLiteral("Alpha") << -1;
    QTest::newRow("empty name") << QStringLiteral("softplus") << QString() << -1;
}

void TestFamily::parameterIndex()
{
    QFETCH(QString, family);
    QFETCH(QString, name);
    QFETCH(int, index);
    const FamilySpec *spec = FamilyCatalog::find(family);
    QVERIFY(spec);
    QCOMPARE(spec->parameterIndex(name), index);
}

void TestFamily::regimeIds_data()
{
    QTest::addColumn<Regime>("regime");
    QTest::addColumn<QString>("id");

    QTest::newRow("active") << Regime::Active << QStringLiteral("active");
    QTest::newRow("dead") << Regime::Dead << QStringLiteral("dead");
    QTest::newRow("leaking") << Regime::Leaking << QStringLiteral("leaking");
    QTest::newRow("saturating") << Regime::Saturating << QStringLiteral("saturating");
    QTest::newRow("hinge") << Regime::Hinge << QStringLiteral("hinge");
    QTest::newRow("soft-gate") << Regime::SoftGate << QStringLiteral("soft-gate");
    QTest::newRow("negative-dip") << Regime::NegativeDip << QStringLiteral("negative-dip");
    QTest::newRow("soft-floor") << Regime::SoftFloor << QStringLiteral("soft-floor");
    QTest::newRow("capped") << Regime::Capped << QStringLiteral("capped");
    QTest::newRow("responsive") << Regime::Responsive << QStringLiteral("responsive");
    QTest::newRow("saturated") << Regime::Saturated << QStringLiteral("saturated");
}

void TestFamily::regimeIds()
{
    QFETCH(Regime, regime);
    QFETCH(QString, id);
    QCOMPARE(relulab::regimeId(regime), id);
    Regime parsed = regime == Regime::Active ? Regime::Dead : Regime::Active;
    QVERIFY(relulab::regimeFromId(id, &parsed));
    QCOMPARE(parsed, regime);
}

void TestFamily::regimeIdsAreUniqueAndComplete()
{
    const QList<Regime> regimes = relulab::allRegimes();
    QCOMPARE(regimes.size(), 11);
    QSet<QString> ids;
    for (const Regime regime : regimes) {
        const QString id = relulab::regimeId(regime);
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        Regime parsed = Regime::Active;
        QVERIFY(relulab::regimeFromId(id, &parsed));
        QCOMPARE(parsed, regime);
    }
    QCOMPARE(ids.size(), regimes.size());
}

void TestFamily::unknownRegimeIdIsRejected()
{
    for (const QString &id : {QStringLiteral("Active"), QStringLiteral("soft_gate"), QString(), QStringLiteral("zombie")}) {
        Regime parsed = Regime::Hinge;
        QVERIFY2(!relulab::regimeFromId(id, &parsed), qPrintable(id));
        QCOMPARE(parsed, Regime::Hinge); // left untouched
    }
}

void TestFamily::evaluateManyMatchesEvaluate_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<relulab::ParameterValues>("values");
    QTest::newRow("relu") << QStringLiteral("relu") << relulab::ParameterValues{};
    QTest::newRow("leaky-relu") << QStringLiteral("leaky-relu") << relulab::ParameterValues{0.01};
    QTest::newRow("leaky-relu, slope 0") << QStringLiteral("leaky-relu") << relulab::ParameterValues{0.0};
    QTest::newRow("elu") << QStringLiteral("elu") << relulab::ParameterValues{1.0};
    QTest::newRow("elu, alpha 0.3") << QStringLiteral("elu") << relulab::ParameterValues{0.3};
    QTest::newRow("gelu") << QStringLiteral("gelu") << relulab::ParameterValues{0.0};
    QTest::newRow("gelu tanh") << QStringLiteral("gelu") << relulab::ParameterValues{1.0};
    QTest::newRow("softplus") << QStringLiteral("softplus") << relulab::ParameterValues{1.0};
    QTest::newRow("softplus, beta 7.5") << QStringLiteral("softplus") << relulab::ParameterValues{7.5};
    QTest::newRow("silu") << QStringLiteral("silu") << relulab::ParameterValues{1.0};
    QTest::newRow("silu, beta 0.1") << QStringLiteral("silu") << relulab::ParameterValues{0.1};
    QTest::newRow("silu, beta 10") << QStringLiteral("silu") << relulab::ParameterValues{10.0};
    QTest::newRow("mish") << QStringLiteral("mish") << relulab::ParameterValues{};
    QTest::newRow("selu") << QStringLiteral("selu") << relulab::ParameterValues{};
    for (const char *id : {"relu6", "hardswish", "sigmoid", "tanh"})
        QTest::newRow(id) << QString::fromLatin1(id) << relulab::ParameterValues{};
}

void TestFamily::evaluateManyMatchesEvaluate()
{
    QFETCH(QString, family);
    QFETCH(relulab::ParameterValues, values);
    const FamilySpec *spec = FamilyCatalog::find(family);
    QVERIFY(spec && spec->evaluateMany);
    // Both signs of zero, the tails, the kinks, infinities and NaN, and a dense sweep.
    QList<double> xs = {0.0, -0.0, 1e-320, -1e-320, 1e-10, -1e-10, 8.0, -8.0, 40.0, -40.0, 1e6, -1e6, 3.0, -3.0, 6.0,
                        std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                        std::numeric_limits<double>::quiet_NaN()};
    for (int i = -4000; i <= 4000; ++i)
        xs.append(i * 0.0123);
    QList<double> value(xs.size());
    QList<double> slope(xs.size());
    spec->evaluateMany(xs.constData(), xs.size(), values, value.data(), slope.data());
    for (int i = 0; i < xs.size(); ++i) {
        const relulab::activation::Sample one = spec->evaluate(xs[i], values);
        // Bit for bit, so that both signs of zero and NaN compare too.
        QVERIFY2(std::memcmp(&one.value, &value[i], sizeof(double)) == 0, qPrintable(QString::number(xs[i])));
        QVERIFY2(std::memcmp(&one.slope, &slope[i], sizeof(double)) == 0, qPrintable(QString::number(xs[i])));
    }
}

// ReLU6, Hardswish, sigmoid and tanh: their groups, kinks, flat pieces and Hardswish's dip, from
// the catalog's own functions.
void TestFamily::cappedAndClassicShapes()
{
    const FamilySpec &relu6 = *FamilyCatalog::find(QStringLiteral("relu6"));
    const FamilySpec &hardswish = *FamilyCatalog::find(QStringLiteral("hardswish"));
    const FamilySpec &sigmoid = *FamilyCatalog::find(QStringLiteral("sigmoid"));
    const FamilySpec &tanh = *FamilyCatalog::find(QStringLiteral("tanh"));
    QCOMPARE(relu6.group, relulab::FamilyGroup::ReluFamily);
    QCOMPARE(hardswish.group, relulab::FamilyGroup::ReluFamily);
    QCOMPARE(sigmoid.group, relulab::FamilyGroup::BeforeRelu);
    QCOMPARE(tanh.group, relulab::FamilyGroup::BeforeRelu);
    for (const FamilySpec *spec : {&relu6, &hardswish, &sigmoid, &tanh})
        QVERIFY2(!spec->seed, qPrintable(spec->id));

    // ReLU6 kinks at 0 and 6 and is flat (no gradient) left of 0 and from 6 on.
    for (double x : {0.0, 6.0})
        QVERIFY(relu6.isKink(x, {}));
    for (double x : {-1.0, 3.0, 5.999, 6.001})
        QVERIFY(!relu6.isKink(x, {}));
    for (double x : {-1.0, 0.0, 6.0, 100.0})
        QVERIFY(relu6.flatAt(x, {}) && relu6.evaluate(x, {}).slope == 0.0);
    QVERIFY(!relu6.flatAt(3.0, {}));
    QCOMPARE(relu6.evaluate(100.0, {}).value, 6.0);

    // Hardswish kinks at -3 and 3 only; its dip is the parabola's vertex.
    for (double x : {-3.0, 3.0})
        QVERIFY(hardswish.isKink(x, {}));
    for (double x : {-1.5, 0.0, 2.9})
        QVERIFY(!hardswish.isKink(x, {}));
    const FamilyFacts facts = familyFacts(hardswish, {});
    QVERIFY(facts.hasDip);
    QCOMPARE(facts.dip.lowestOutputAt, -1.5);
    QCOMPARE(facts.dip.lowestOutput, -0.375);
    QCOMPARE(facts.dip.slopeRoot, -1.5);
    QCOMPARE(hardswish.evaluate(facts.dip.slopeRoot, {}).slope, 0.0);
    QVERIFY(std::fabs(facts.dip.lowestSlope + 0.5) < 1e-15);
    for (double x = -2.99; x < 0.0; x += 0.01)
        QVERIFY2(hardswish.evaluate(x, {}).value >= facts.dip.lowestOutput, qPrintable(QString::number(x)));

    // Sigmoid's slope never exceeds 1/4, tanh's never exceeds 1; neither has a kink.
    for (double x = -40.0; x <= 40.0; x += 0.01) {
        QVERIFY(sigmoid.evaluate(x, {}).slope <= 0.25);
        QVERIFY(tanh.evaluate(x, {}).slope <= 1.0);
        QVERIFY(!sigmoid.isKink(x, {}) && !tanh.isKink(x, {}));
    }
    QCOMPARE(familyFacts(sigmoid, {}).slopeAtZeroValue, 0.25);
    QCOMPARE(familyFacts(tanh, {}).slopeAtZeroValue, 1.0);
}

QTEST_GUILESS_MAIN(TestFamily)
void TestFamily::formulas_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<double>("parameter");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("relu") << "relu" << 0.0
                          << QStringList{"f(x) = max(0, x)", "f′(x) = \\c{1}{x > 0}{0}{x ≤ 0}"};
    QTest::newRow("leaky-relu") << "leaky-relu" << 0.01
                                << QStringList{"f(x) = \\c{x}{x > 0}{a·x}{x ≤ 0}", "f′(x) = \\c{1}{x > 0}{a}{x ≤ 0}"};
    QTest::newRow("elu") << "elu" << 1.0
                         << QStringList{"f(x) = \\c{x}{x > 0}{α(e^{x} − 1)}{x ≤ 0}", "f′(x) = \\c{1}{x > 0}{α·e^{x}}{x ≤ 0}"};
    QTest::newRow("gelu") << "gelu" << 0.0 << QStringList{"f(x) = x·Φ(x)", "f′(x) = Φ(x) + x·φ(x)"};
    QTest::newRow("gelu tanh") << "gelu" << 1.0
                               << QStringList{"f(x) = ½x(1 + tanh u)", "u = √(2/π)(x + 0.044715x^{3})",
                                              "f′(x) = ½(1 + tanh u) + ½x(1 − tanh^{2}u)·u′",
                                              "u′ = √(2/π)(1 + 0.134145x^{2})"};
    QTest::newRow("softplus") << "softplus" << 1.0
                              << QStringList{"f(x) = \\f{1}{β} log(1 + e^{βx})", "f′(x) = σ(βx) = \\f{1}{1 + e^{−βx}}"};
    QTest::newRow("silu") << "silu" << 1.0
                          << QStringList{"f(x) = x·σ(βx)", "f′(x) = σ(βx)·(1 + βx·(1 − σ(βx)))"};
    QTest::newRow("mish") << "mish" << 0.0
                          << QStringList{"f(x) = x·tanh(s)", "s = log(1 + e^{x})", "f′(x) = tanh(s) + x·sech^{2}(s)·σ(x)"};
    QTest::newRow("selu") << "selu" << 0.0
                          << QStringList{"f(x) = \\c{λ·x}{x > 0}{λα(e^{x} − 1)}{x ≤ 0}", "f′(x) = \\c{λ}{x > 0}{λα·e^{x}}{x ≤ 0}"};
    QTest::newRow("relu6") << "relu6" << 0.0
                           << QStringList{"f(x) = min(max(0, x), 6)", "f′(x) = \\c{0}{x ≤ 0}{1}{0 < x < 6}{0}{x ≥ 6}"};
    QTest::newRow("hardswish") << "hardswish" << 0.0
                               << QStringList{"f(x) = \\c{0}{x ≤ −3}{x(x + 3)/6}{−3 < x < 3}{x}{x ≥ 3}",
                                              "f′(x) = \\c{0}{x ≤ −3}{(2x + 3)/6}{−3 < x < 3}{1}{x ≥ 3}"};
    QTest::newRow("sigmoid") << "sigmoid" << 0.0
                             << QStringList{"f(x) = σ(x) = \\f{1}{1 + e^{−x}}", "f′(x) = σ(x)(1 − σ(x))"};
    QTest::newRow("tanh") << "tanh" << 0.0
                          << QStringList{"f(x) = tanh x = \\f{e^{x} − e^{−x}}{e^{x} + e^{−x}}", "f′(x) = 1 − tanh^{2}x"};
}

void TestFamily::formulas()
{
    QFETCH(QString, family);
    QFETCH(double, parameter);
    QFETCH(QStringList, lines);
    const FamilySpec &spec = *FamilyCatalog::find(family);
    ParameterValues values = spec.defaults();
    if (!values.isEmpty())
        values[0] = parameter;
    QStringList written;
    for (const QString &line : familyFacts(spec, values).formula.lines())
        written.append(writeFormula(line, spec));
    QCOMPARE(written, lines);
}

void TestFamily::formulaAtAPoint()
{
    const FamilySpec &relu = *FamilyCatalog::find(QStringLiteral("relu"));
    QCOMPARE(writeFormula(familyFacts(relu, {}).formula.value.constFirst(), relu, QStringLiteral("−1.5")),
             QStringLiteral("f(−1.5) = max(0, −1.5)"));
    const FamilySpec &elu = *FamilyCatalog::find(QStringLiteral("elu"));
    QCOMPARE(writeFormula(familyFacts(elu, {0.5}).formula.slope.constFirst(), elu, QStringLiteral("(−2)"), {QStringLiteral("0.5")}),
             QStringLiteral("f′((−2)) = \\c{1}{(−2) > 0}{0.5·e^{(−2)}}{(−2) ≤ 0}"));
}

void TestFamily::factsOfEveryFamily_data()
{
    QTest::addColumn<QString>("family");
    for (const QString &id : FamilyCatalog::ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestFamily::factsOfEveryFamily()
{
    QFETCH(QString, family);
    const FamilySpec &spec = *FamilyCatalog::find(family);
    const ParameterValues values = spec.defaults();
    const FamilyFacts facts = familyFacts(spec, values);
    // A family without them would print a cheat sheet with holes.
    QVERIFY(!facts.formula.value.isEmpty());
    QVERIFY(!facts.formula.slope.isEmpty());
    QVERIFY(facts.formula.value.constFirst().startsWith(QStringLiteral("f(%x) = ")));
    QVERIFY(facts.formula.slope.constFirst().startsWith(QStringLiteral("f′(%x) = ")));
    QVERIFY(!facts.outputRange.isEmpty());
    QVERIFY(!facts.negativeSlope.isEmpty());
    QVERIFY(!facts.slopeAtZero.isEmpty());
    for (const FactText &text : {facts.outputRange, facts.negativeSlope, facts.slopeAtZero}) {
        // Every number has its placeholder and every placeholder its number.
        const QString source = QString::fromUtf8(text.source);
        for (int i = 1; i <= text.numbers.size(); ++i)
            QVERIFY2(source.contains(QLatin1Char('%') + QString::number(i)), text.source);
        QVERIFY2(!source.contains(QLatin1Char('%') + QString::number(text.numbers.size() + 1)), text.source);
    }
    QCOMPARE(facts.pytorch, spec.pytorch);
    QCOMPARE(facts.keras, spec.keras);
    QCOMPARE(facts.slopeAtZeroValue, spec.evaluate(0.0, values).slope);
    QCOMPARE(facts.farLeftSlope, spec.evaluate(FamilyFacts::kFarLeft, values).slope);
    QCOMPARE(facts.kinkAtZero, spec.isKink(0.0, values));
}

void TestFamily::geluDipIsFoundExactly_data()
{
    QTest::addColumn<double>("approximate");
    QTest::newRow("none") << 0.0;
    QTest::newRow("tanh") << 1.0;
}

void TestFamily::geluDipIsFoundExactly()
{
    QFETCH(double, approximate);
    const FamilySpec &gelu = *FamilyCatalog::find(QStringLiteral("gelu"));
    const FamilyFacts facts = familyFacts(gelu, {approximate});
    QVERIFY(facts.hasDip);
    const Dip &dip = facts.dip;
    // The slope is 0 where the output is lowest: the two searches must agree.
    QVERIFY2(std::fabs(dip.slopeRoot - dip.lowestOutputAt) < 1e-6, qPrintable(QString::number(dip.slopeRoot, 'g', 17)));
    QVERIFY(std::fabs(gelu.evaluate(dip.slopeRoot, {approximate}).slope) < 1e-12);
    QVERIFY(gelu.evaluate(dip.lowestOutputAt - 1e-3, {approximate}).value > dip.lowestOutput);
    QVERIFY(gelu.evaluate(dip.lowestOutputAt + 1e-3, {approximate}).value > dip.lowestOutput);
    QVERIFY(std::fabs(dip.lowestOutput - -0.16997) < 2e-4);
    if (approximate == 0.0) {
        // x·Φ(x) has f″(x) = φ(x)(2 − x²): the slope is lowest at −√2 and its minimum is
        // Φ(−√2) − √2·φ(√2).
        QVERIFY(std::fabs(dip.lowestSlopeAt + std::sqrt(2.0)) < 1e-6);
        const double phi = std::exp(-1.0) / std::sqrt(2.0 * M_PI);
        QVERIFY(std::fabs(dip.lowestSlope - (0.5 * std::erfc(1.0) - std::sqrt(2.0) * phi)) < 1e-12);
        QVERIFY(std::fabs(dip.lowestOutputAt - -0.7517915247) < 1e-6);
    }
}

void TestFamily::siluAndMishDipsAreFoundExactly_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<relulab::ParameterValues>("values");
    QTest::addColumn<double>("lowestAt");  // mpmath, 30 digits
    QTest::addColumn<double>("lowest");
    // SiLU at beta is SiLU at 1 scaled by 1/beta in both directions: its minimum sits at u/beta,
    // where 1 + u·sigma(-u) = 0, and is (u + 1)/beta there.
    const double u = -1.27846454276107379510935873902;
    for (double beta : {0.1, 1.0, 10.0})
        QTest::newRow(qPrintable(QStringLiteral("silu, beta %1").arg(beta))) << QStringLiteral("silu")
            << relulab::ParameterValues{beta} << u / beta << (u + 1.0) / beta;
    QTest::newRow("mish") << QStringLiteral("mish") << relulab::ParameterValues{}
                          << -1.19243121451549521213758834042 << -0.308843413017250406628760229042;
}

void TestFamily::siluAndMishDipsAreFoundExactly()
{
    QFETCH(QString, family);
    QFETCH(relulab::ParameterValues, values);
    QFETCH(double, lowestAt);
    QFETCH(double, lowest);
    const FamilySpec &spec = *FamilyCatalog::find(family);
    const FamilyFacts facts = familyFacts(spec, values);
    QVERIFY(facts.hasDip);
    const Dip &dip = facts.dip;
    const double scale = std::fabs(lowestAt);
    QVERIFY2(std::fabs(dip.slopeRoot - lowestAt) < 1e-9 * scale, qPrintable(QString::number(dip.slopeRoot, 'g', 17)));
    QVERIFY2(std::fabs(dip.lowestOutputAt - lowestAt) < 1e-6 * scale, qPrintable(QString::number(dip.lowestOutputAt, 'g', 17)));
    QVERIFY2(std::fabs(dip.lowestOutput - lowest) < 1e-12 * std::fabs(lowest), qPrintable(QString::number(dip.lowestOutput, 'g', 17)));
    // The slope is lowest further left, and negative from there up to the root.
    QVERIFY(dip.lowestSlopeAt < dip.slopeRoot);
    QVERIFY(dip.lowestSlope < 0.0);
    if (family == QLatin1String("mish"))
        QVERIFY(std::fabs(dip.lowestSlope - -0.112526122389462556407327901149) < 1e-12);
    // The cheat sheet's output range starts at the dip.
    QCOMPARE(facts.outputRange.numbers.value(0).value, dip.lowestOutput);
}

void TestFamily::seluFacts()
{
    const FamilySpec &selu = *FamilyCatalog::find(QStringLiteral("selu"));
    const FamilyFacts facts = familyFacts(selu, {});
    const double lambdaAlpha = activation::kSeluLambda * activation::kSeluAlpha;
    // A corner at 0 with PyTorch's slope lambda·alpha there, lambda on the right: SELU amplifies.
    QVERIFY(facts.kinkAtZero);
    QCOMPARE(facts.slopeAtZeroValue, lambdaAlpha);
    QCOMPARE(facts.slopeRightOfZero, activation::kSeluLambda);
    QVERIFY(facts.slopeRightOfZero > 1.05);
    QVERIFY(std::fabs(facts.slopeLeftOfZero - lambdaAlpha) < 1e-8);
    // The left side levels off at -lambda·alpha.
    QVERIFY(std::fabs(facts.outputRange.numbers.value(0).value + lambdaAlpha) < 1e-15);
    QVERIFY(!facts.hasDip);
    QCOMPARE(regimeId(selu.regime(0.0, {}, selu.evaluate(0.0, {}))), QStringLiteral("hinge"));
    QCOMPARE(regimeId(selu.regime(-3.0, {}, selu.evaluate(-3.0, {}))), QStringLiteral("saturating"));
}

// Every kink the catalog lists is one (isKink holds, the slope jumps), and a dense sweep finds no
// kink the list leaves out; ReLU6 and Hardswish have theirs away from 0.
void TestFamily::kinksOfEveryFamily()
{
    const auto xsOf = [](const QList<relulab::Kink> &kinks) {
        QList<double> xs;
        for (const relulab::Kink &k : kinks)
            xs.append(k.x);
        return xs;
    };
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        const relulab::ParameterValues values = spec.defaults();
        const QList<relulab::Kink> kinks = relulab::kinksOf(spec, values);
        for (const relulab::Kink &k : kinks) {
            QVERIFY2(spec.isKink(k.x, values), qPrintable(spec.id));
            QVERIFY2(k.slopeLeft != k.slopeRight, qPrintable(spec.id));
            QVERIFY2(k.slope == k.slopeLeft || k.slope == k.slopeRight, qPrintable(spec.id));
            QCOMPARE(k.output, spec.evaluate(k.x, values).value);
            QVERIFY(k.slopeNotTaken() != k.slope);
        }
        for (int i = -1000; i <= 1000; ++i) {
            const double x = i / 100.0;
            QVERIFY2(spec.isKink(x, values) == xsOf(kinks).contains(x), qPrintable(spec.id + QString::number(x)));
        }
    }
    const FamilySpec &relu6 = *FamilyCatalog::find(QStringLiteral("relu6"));
    QCOMPARE(xsOf(relulab::kinksOf(relu6, {})), QList<double>({0.0, 6.0}));
    const relulab::Kink cap = relulab::kinksOf(relu6, {}).last();
    QCOMPARE(cap.slopeLeft, 1.0);
    QCOMPARE(cap.slopeRight, 0.0);
    QCOMPARE(xsOf(relulab::kinksOf(*FamilyCatalog::find(QStringLiteral("hardswish")), {})), QList<double>({-3.0, 3.0}));
    // Leaky ReLU with slope 1 is the identity: no kink at all.
    const FamilySpec &leaky = *FamilyCatalog::find(QStringLiteral("leaky-relu"));
    QVERIFY(relulab::kinksOf(leaky, {1.0}).isEmpty());
    QCOMPARE(relulab::kinksOf(leaky, leaky.defaults()).size(), 1);
}

// The slope curve is cut at each kink: pieces end and start on the one-sided limits, never on a
// vertical segment through the kink, and the sampler puts a point on every kink.
void TestFamily::slopePiecesCutAtEveryKink()
{
    const FamilySpec &hardswish = *FamilyCatalog::find(QStringLiteral("hardswish"));
    const QList<relulab::Kink> kinks = relulab::kinksOf(hardswish, {});
    const relulab::FamilyCurves curves = relulab::sampleFamilyCurves(hardswish, {}, -4.0, 4.0, 10);
    for (const relulab::Kink &k : kinks)
        QVERIFY(std::any_of(curves.slope.cbegin(), curves.slope.cend(), [&](const QPointF &p) { return p.x() == k.x; }));
    const QList<QList<QPointF>> pieces = relulab::slopePieces(curves.slope, kinks);
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces[0].last(), QPointF(-3.0, kinks[0].slopeLeft));
    QCOMPARE(pieces[1].first(), QPointF(-3.0, kinks[0].slopeRight));
    QCOMPARE(pieces[1].last(), QPointF(3.0, kinks[1].slopeLeft));
    QCOMPARE(pieces[2].first(), QPointF(3.0, kinks[1].slopeRight));
    for (const QList<QPointF> &piece : pieces) {
        for (qsizetype i = 1; i < piece.size(); ++i)
            QVERIFY(piece[i].x() > piece[i - 1].x()); // no vertical segment anywhere
    }
    // A range holding no kink, or starting on one, stays whole.
    QCOMPARE(relulab::slopePieces(relulab::sampleFamilyCurves(hardswish, {}, -2.0, 2.0, 10).slope, kinks).size(), 1);
    const QList<QList<QPointF>> fromKink = relulab::slopePieces(relulab::sampleFamilyCurves(hardswish, {}, 3.0, 5.0, 10).slope, kinks);
    QCOMPARE(fromKink.size(), 1);
    QCOMPARE(fromKink[0].first(), QPointF(3.0, kinks[1].slopeRight));
}

#include "tst_family.moc"
