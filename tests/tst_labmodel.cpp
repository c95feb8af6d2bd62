// The lab model: what each setter emits, what it refuses, scenarios and properties.

#include "family.h"
#include "labmodel.h"
#include "scenario.h"

#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace relulab;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// Everything a setter could change, to show that a refusal changed nothing.
struct ModelState
{
    QString family;
    double probe = 0.0;
    QHash<QString, ParameterValues> parameters;
    double viewMinimum = 0.0;
    double viewMaximum = 0.0;

    static ModelState of(const LabModel &model)
    {
        ModelState state;
        state.family = model.family();
        state.probe = model.probe();
        for (const QString &id : FamilyCatalog::ids())
            state.parameters.insert(id, model.parameters(id));
        state.viewMinimum = model.viewMinimum();
        state.viewMaximum = model.viewMaximum();
        return state;
    }

    bool operator==(const ModelState &other) const
    {
        return family == other.family && probe == other.probe && parameters == other.parameters
            && viewMinimum == other.viewMinimum && viewMaximum == other.viewMaximum;
    }
};

// One spy per signal of the model.
struct Spies
{
    explicit Spies(LabModel *model)
        : family(model, &LabModel::familyChanged)
        , probe(model, &LabModel::probeChanged)
        , parameter(model, &LabModel::parameterChanged)
        , viewRange(model, &LabModel::viewRangeChanged)
        , reading(model, &LabModel::readingChanged)
    {
    }

    int total() const { return family.size() + probe.size() + parameter.size() + viewRange.size() + reading.size(); }

    QSignalSpy family;
    QSignalSpy probe;
    QSignalSpy parameter;
    QSignalSpy viewRange;
    QSignalSpy reading;
};

// The kinds of change a data row can ask the model for.
enum class Operation { Family, Probe, Parameter, ParameterText, ViewRange };

bool perform(LabModel *model, Operation operation, const QString &family, const QString &text, double a, double b,
             QString *error)
{
    switch (operation) {
    case Operation::Family: return model->setFamily(text, error);
    case Operation::Probe: return model->setProbe(a, error);
    case Operation::Parameter: return model->setParameter(family, text, a, error);
    case Operation::ParameterText: return model->setParameterFromText(text, error);
    case Operation::ViewRange: return model->setViewRange(a, b, error);
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(Operation)

class TestLabModel : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheActiveHighway();
    void comparisonSetIsValidatedAndOrdered();

    void setFamilyEmitsFamilyAndReading();
    void setProbeEmitsProbeAndReading();
    void setParameter_data();
    void setParameter();
    void setViewRangeEmitsOnlyViewRange();
    void unchangedValuesEmitNothing_data();
    void unchangedValuesEmitNothing();

    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();

    void parameterFromText_data();
    void parameterFromText();

    void scenarioEmitsReadingOnce();
    void badScenarioChangesNothing_data();
    void badScenarioChangesNothing();
    void builtInScenarios_data();
    void builtInScenarios();
    void everyScenarioIsTested();
    void scenarioResetsUnnamedParameters();

    void resetParameters();
    void resetParametersAtDefaultsIsSilent();
    void nestedBatchEmitsReadingOnce();

    void propertiesAreReadable();
    void propertiesHaveNotifySignals();
    void probePropertyIsWritableAndValidated();

private:
    static const QStringList kCheckedScenarios;
};

void TestLabModel::startsOnTheActiveHighway()
{
    LabModel model;
    QCOMPARE(model.family(), QStringLiteral("relu"));
    QCOMPARE(model.probe(), 1.1);
    QCOMPARE(model.viewMinimum(), -4.0);
    QCOMPARE(model.viewMaximum(), 4.0);
    for (const FamilySpec &spec : FamilyCatalog::all())
        QCOMPARE(model.parameters(spec.id), spec.defaults());
}

void TestLabModel::setFamilyEmitsFamilyAndReading()
{
    LabModel model;
    Spies spies(&model);
    QString error;
    QVERIFY(model.setFamily(QStringLiteral("elu"), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(spies.family.size(), 1);
    QCOMPARE(spies.family.at(0).at(0).toString(), QStringLiteral("elu"));
    QCOMPARE(spies.reading.size(), 1);
    QCOMPARE(spies.probe.size(), 0);
    QCOMPARE(spies.parameter.size(), 0);
    QCOMPARE(spies.viewRange.size(), 0);
    QCOMPARE(model.family(), QStringLiteral("elu"));
    QCOMPARE(model.reading().family, QStringLiteral("elu"));
}

void TestLabModel::setProbeEmitsProbeAndReading()
{
    LabModel model;
    Spies spies(&model);
    QVERIFY(model.setProbe(-0.25));
    QCOMPARE(spies.probe.size(), 1);
    QCOMPARE(spies.probe.at(0).at(0).toDouble(), -0.25);
    QCOMPARE(spies.reading.size(), 1);
    QCOMPARE(spies.total(), 2);
    QCOMPARE(model.probe(), -0.25);
    QCOMPARE(model.reading().x, -0.25);
    // The limits themselves are valid positions.
    QVERIFY(model.setProbe(LabModel::kProbeLimit));
    QVERIFY(model.setProbe(-LabModel::kProbeLimit));
    QCOMPARE(spies.probe.size(), 3);
}

void TestLabModel::setParameter_data()
{
    QTest::addColumn<QString>("selected");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("readingSignals");

    QTest::newRow("leaky slope, leaky selected") << "leaky-relu" << "leaky-relu" << "slope" << 0.2 << 1;
    QTest::newRow("leaky slope at its minimum") << "leaky-relu" << "leaky-relu" << "slope" << 0.0 << 1;
    QTest::newRow("elu alpha at its maximum") << "elu" << "elu" << "alpha" << 3.0 << 1;
    QTest::newRow("gelu approximate=tanh") << "gelu" << "gelu" << "approximate" << 1.0 << 1;
    QTest::newRow("softplus beta") << "softplus" << "softplus" << "beta" << 20.0 << 1;
    // Another family's curve changes, but not the reading at the probe.
    QTest::newRow("elu alpha, relu selected") << "relu" << "elu" << "alpha" << 2.0 << 0;
    QTest::newRow("softplus beta, gelu selected") << "gelu" << "softplus" << "beta" << 0.25 << 0;
}

void TestLabModel::setParameter()
{
    QFETCH(QString, selected);
    QFETCH(QString, family);
    QFETCH(QString, name);
    QFETCH(double, value);
    QFETCH(int, readingSignals);

    LabModel model;
    QVERIFY(model.setFamily(selected));
    Spies spies(&model);
    QString error;
    QVERIFY(model.setParameter(family, name, value, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(spies.parameter.size(), 1);
    const QList<QVariant> arguments = spies.parameter.at(0);
    QCOMPARE(arguments.at(0).toString(), family);
    QCOMPARE(arguments.at(1).toString(), name);
    QCOMPARE(arguments.at(2).toDouble(), value);
    QCOMPARE(spies.reading.size(), readingSignals);
    QCOMPARE(spies.family.size(), 0);
    QCOMPARE(spies.probe.size(), 0);
    QCOMPARE(spies.viewRange.size(), 0);
    QCOMPARE(model.parameter(family, name), value);
}

void TestLabModel::setViewRangeEmitsOnlyViewRange()
{
    LabModel model;
    Spies spies(&model);
    QVERIFY(model.setViewRange(-8.0, 2.5));
    QCOMPARE(spies.viewRange.size(), 1);
    QCOMPARE(spies.viewRange.at(0).at(0).toDouble(), -8.0);
    QCOMPARE(spies.viewRange.at(0).at(1).toDouble(), 2.5);
    QCOMPARE(spies.total(), 1); // the reading does not depend on what is visible
    QCOMPARE(model.viewMinimum(), -8.0);
    QCOMPARE(model.viewMaximum(), 2.5);
}

void TestLabModel::unchangedValuesEmitNothing_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");

    // The model is on Leaky ReLU at x = 1.1, everything at its default.
    QTest::newRow("same family") << Operation::Family << "" << "leaky-relu" << 0.0 << 0.0;
    QTest::newRow("same probe") << Operation::Probe << "" << "" << 1.1 << 0.0;
    QTest::newRow("same parameter, other family") << Operation::Parameter << "elu" << "alpha" << 1.0 << 0.0;
    QTest::newRow("same parameter, selected family") << Operation::Parameter << "leaky-relu" << "slope" << 0.01 << 0.0;
    QTest::newRow("same parameter as text") << Operation::ParameterText << "" << "slope=0.01" << 0.0 << 0.0;
    QTest::newRow("same view range") << Operation::ViewRange << "" << "" << -4.0 << 4.0;
}

void TestLabModel::unchangedValuesEmitNothing()
{
    QFETCH(Operation, operation);
    QFETCH(QString, family);
    QFETCH(QString, text);
    QFETCH(double, a);
    QFETCH(double, b);

    LabModel model;
    QVERIFY(model.setFamily(QStringLiteral("leaky-relu")));
    const ModelState before = ModelState::of(model);
    Spies spies(&model);
    QString error;
    QVERIFY2(perform(&model, operation, family, text, a, b, &error), qPrintable(error));
    QCOMPARE(spies.total(), 0);
    QVERIFY(ModelState::of(model) == before);
}

void TestLabModel::invalidValuesAreRefused_data()
{
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<QString>("mentions"); // what the reason must name

    QTest::newRow("unknown family") << Operation::Family << "" << "softsign" << 0.0 << 0.0 << "softsign";
    QTest::newRow("empty family") << Operation::Family << "" << "" << 0.0 << 0.0 << "leaky-relu";
    QTest::newRow("family in capitals") << Operation::Family << "" << "ReLU" << 0.0 << 0.0 << "relu";

    QTest::newRow("probe NaN") << Operation::Probe << "" << "" << kNaN << 0.0 << "1000";
    QTest::newRow("probe +inf") << Operation::Probe << "" << "" << kInf << 0.0 << "1000";
    QTest::newRow("probe -inf") << Operation::Probe << "" << "" << -kInf << 0.0 << "1000";
    QTest::newRow("probe just past the limit") << Operation::Probe << "" << "" << 1000.0000001 << 0.0 << "1000";
    QTest::newRow("probe far left") << Operation::Probe << "" << "" << -1e9 << 0.0 << "-1000";

    QTest::newRow("parameter of unknown family") << Operation::Parameter << "swish" << "beta" << 1.0 << 0.0 << "swish";
    QTest::newRow("unknown parameter") << Operation::Parameter << "elu" << "beta" << 1.0 << 0.0 << "alpha";
    QTest::newRow("ReLU has no parameters") << Operation::Parameter << "relu" << "slope" << 0.1 << 0.0 << "none";
    QTest::newRow("parameter NaN") << Operation::Parameter << "elu" << "alpha" << kNaN << 0.0 << "0.1 to 3";
    QTest::newRow("parameter +inf") << Operation::Parameter << "softplus" << "beta" << kInf << 0.0 << "0.25 to 20";
    QTest::newRow("parameter below minimum") << Operation::Parameter << "elu" << "alpha" << 0.05 << 0.0 << "0.1 to 3";
    QTest::newRow("parameter above maximum") << Operation::Parameter << "leaky-relu" << "slope" << 0.51 << 0.0
                                             << "0 to 0.5";
    QTest::newRow("negative leaky slope") << Operation::Parameter << "leaky-relu" << "slope" << -0.01 << 0.0
                                          << "0 to 0.5";
    QTest::newRow("choice between options") << Operation::Parameter << "gelu" << "approximate" << 0.5 << 0.0
                                            << "none or tanh";
    QTest::newRow("choice past the last") << Operation::Parameter << "gelu" << "approximate" << 2.0 << 0.0
                                          << "none or tanh";

    QTest::newRow("view NaN") << Operation::ViewRange << "" << "" << kNaN << 4.0 << "1000";
    QTest::newRow("view inf") << Operation::ViewRange << "" << "" << -4.0 << kInf << "1000";
    QTest::newRow("view reversed") << Operation::ViewRange << "" << "" << 4.0 << -4.0 << "A < B";
    QTest::newRow("view empty") << Operation::ViewRange << "" << "" << 1.0 << 1.0 << "A < B";
    QTest::newRow("view too narrow") << Operation::ViewRange << "" << "" << 1.0 << 1.001 << "0.01";
    QTest::newRow("view past the limit") << Operation::ViewRange << "" << "" << -1001.0 << 0.0 << "1000";
}

void TestLabModel::invalidValuesAreRefused()
{
    QFETCH(Operation, operation);
    QFETCH(QString, family);
    QFETCH(QString, text);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(QString, mentions);

    LabModel model;
    // Away from every default, so that a silent clamp to a default or a limit would show.
    QVERIFY(model.setFamily(QStringLiteral("elu")));
    QVERIFY(model.setProbe(-0.3));
    QVERIFY(model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 1.7));
    QVERIFY(model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.2));
    QVERIFY(model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 3.0));
    QVERIFY(model.setViewRange(-6.0, 3.0));
    const ModelState before = ModelState::of(model);

    Spies spies(&model);
    QString error;
    QVERIFY(!perform(&model, operation, family, text, a, b, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(spies.total(), 0);
    QVERIFY(ModelState::of(model) == before);
    // A caller that does not want the reason still gets the refusal.
    QVERIFY(!perform(&model, operation, family, text, a, b, nullptr));
    QVERIFY(ModelState::of(model) == before);
}

void TestLabModel::parameterFromText_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("value");   // stored value when accepted
    QTest::addColumn<QString>("mentions"); // what the reason must name when refused

    QTest::newRow("approximate=tanh") << "gelu" << "approximate=tanh" << true << "approximate" << 1.0 << "";
    QTest::newRow("slope=0.25") << "leaky-relu" << "slope=0.25" << true << "slope" << 0.25 << "";
    QTest::newRow("spaces around") << "elu" << " alpha = 2.5 " << true << "alpha" << 2.5 << "";
    QTest::newRow("exponent") << "softplus" << "beta=1.5e1" << true << "beta" << 15.0 << "";
    QTest::newRow("slope=0") << "leaky-relu" << "slope=0" << true << "slope" << 0.0 << "";

    QTest::newRow("unknown option name") << "gelu" << "approximate=fast" << false << "approximate" << 0.0 << "none or tanh";
    QTest::newRow("option index instead of name") << "gelu" << "approximate=1" << false << "approximate" << 0.0
                                                  << "none or tanh";
    QTest::newRow("option name in capitals") << "gelu" << "approximate=TANH" << false << "approximate" << 0.0
                                             << "none or tanh";
    QTest::newRow("not a number") << "elu" << "alpha=abc" << false << "alpha" << 0.0 << "abc";
    QTest::newRow("trailing junk") << "elu" << "alpha=1.5x" << false << "alpha" << 0.0 << "1.5x";
    QTest::newRow("decimal comma") << "elu" << "alpha=1,5" << false << "alpha" << 0.0 << "1,5";
    QTest::newRow("group separator") << "softplus" << "beta=1,000" << false << "beta" << 0.0 << "1,000";
    QTest::newRow("empty value") << "elu" << "alpha=" << false << "alpha" << 0.0 << "alpha";
    QTest::newRow("nan") << "elu" << "alpha=nan" << false << "alpha" << 0.0 << "nan";
    QTest::newRow("inf") << "softplus" << "beta=inf" << false << "beta" << 0.0 << "inf";
    QTest::newRow("out of range") << "leaky-relu" << "slope=0.9" << false << "slope" << 0.0 << "0 to 0.5";
    QTest::newRow("no equals sign") << "elu" << "alpha" << false << "alpha" << 0.0 << "NAME=VALUE";
    QTest::newRow("no name") << "elu" << "=1" << false << "alpha" << 0.0 << "NAME=VALUE";
    QTest::newRow("unknown name") << "elu" << "beta=2" << false << "alpha" << 0.0 << "alpha";
    QTest::newRow("ReLU has none") << "relu" << "slope=0.1" << false << "" << 0.0 << "none";
}

void TestLabModel::parameterFromText()
{
    QFETCH(QString, family);
    QFETCH(QString, assignment);
    QFETCH(bool, accepted);
    QFETCH(QString, name);
    QFETCH(double, value);
    QFETCH(QString, mentions);

    LabModel model;
    QVERIFY(model.setFamily(family));
    const ModelState before = ModelState::of(model);
    Spies spies(&model);
    QString error;
    QCOMPARE(model.setParameterFromText(assignment, &error), accepted);
    if (accepted) {
        QVERIFY(error.isEmpty());
        QCOMPARE(model.parameter(family, name), value);
        QCOMPARE(spies.parameter.size(), 1);
        QCOMPARE(spies.parameter.at(0).at(1).toString(), name);
        QCOMPARE(spies.reading.size(), 1);
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(spies.total(), 0);
        QVERIFY(ModelState::of(model) == before);
    }
}

void TestLabModel::scenarioEmitsReadingOnce()
{
    LabModel model;
    QVERIFY(model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.3));
    Spies spies(&model);
    const Scenario *scenario = findScenario(QStringLiteral("leaky-rescue"));
    QVERIFY(scenario);
    QString error;
    QVERIFY2(model.applyScenario(*scenario, &error), qPrintable(error));
    // Family, parameter and probe all change; the views repaint once.
    QCOMPARE(spies.family.size(), 1);
    QCOMPARE(spies.parameter.size(), 1);
    QCOMPARE(spies.probe.size(), 1);
    QCOMPARE(spies.reading.size(), 1);
    QCOMPARE(spies.viewRange.size(), 0);

    // Applying it again changes nothing, so nothing is said.
    QVERIFY(model.applyScenario(*scenario));
    QCOMPARE(spies.total(), 4);
}

void TestLabModel::badScenarioChangesNothing_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("probe");

    QTest::newRow("unknown family") << "swish" << "" << 0.0 << 0.5;
    QTest::newRow("unknown parameter") << "elu" << "beta" << 1.0 << -1.0;
    QTest::newRow("parameter out of range") << "elu" << "alpha" << 5.0 << -1.0;
    QTest::newRow("parameter NaN") << "softplus" << "beta" << kNaN << 0.0;
    QTest::newRow("choice between options") << "gelu" << "approximate" << 0.5 << -1.0;
    QTest::newRow("probe NaN") << "gelu" << "" << 0.0 << kNaN;
    QTest::newRow("probe infinite") << "leaky-relu" << "" << 0.0 << -kInf;
    QTest::newRow("probe out of range") << "leaky-relu" << "slope" << 0.2 << 1500.0;
}

void TestLabModel::badScenarioChangesNothing()
{
    QFETCH(QString, family);
    QFETCH(QString, parameter);
    QFETCH(double, value);
    QFETCH(double, probe);

    Scenario scenario;
    scenario.id = QStringLiteral("broken");
    scenario.family = family;
    if (!parameter.isEmpty())
        scenario.parameters.append({parameter, value});
    scenario.probe = probe;

    LabModel model;
    QVERIFY(model.setProbe(0.7));
    const ModelState before = ModelState::of(model);
    Spies spies(&model);
    QString error;
    QVERIFY(!model.applyScenario(scenario, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QLatin1String("broken")), qPrintable(error));
    QCOMPARE(spies.total(), 0);
    QVERIFY(ModelState::of(model) == before);
}

// What a teacher expects each built-in scenario to show.
const QStringList TestLabModel::kCheckedScenarios = {
    QStringLiteral("active-highway"), QStringLiteral("dead-unit"), QStringLiteral("hinge-up-close"),
    QStringLiteral("leaky-rescue"), QStringLiteral("elu-saturation"), QStringLiteral("gelu-dip"),
    QStringLiteral("gelu-reversed"), QStringLiteral("softplus-sharpening"), QStringLiteral("silu-dip"),
    QStringLiteral("mish-reversed"), QStringLiteral("selu-amplifies"), QStringLiteral("relu6-ceiling"),
    QStringLiteral("hardswish-dip"), QStringLiteral("sigmoid-fading"), QStringLiteral("tanh-saturates"),
};

void TestLabModel::builtInScenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("family");
    QTest::addColumn<double>("output");
    QTest::addColumn<double>("slope");
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("health");
    QTest::addColumn<bool>("onKink");

    // Outputs and slopes of the smooth cases from 40-digit references (mpmath).
    QTest::newRow("active-highway") << "active-highway" << "relu" << 1.1 << 1.0 << "active" << "healthy" << false;
    QTest::newRow("dead-unit") << "dead-unit" << "relu" << 0.0 << 0.0 << "dead" << "dead" << false;
    QTest::newRow("hinge-up-close") << "hinge-up-close" << "relu" << 0.0 << 0.0 << "hinge" << "dead" << true;
    QTest::newRow("leaky-rescue") << "leaky-rescue" << "leaky-relu" << -0.15 << 0.1 << "leaking" << "leaking"
                                  << false;
    QTest::newRow("elu-saturation") << "elu-saturation" << "elu" << -0.9179150013761012 << 0.0820849986238988
                                    << "saturating" << "fading" << false;
    // Just right of the minimum at -0.7518: deep in the dip, the slope almost gone.
    QTest::newRow("gelu-dip") << "gelu-dip" << "gelu" << -0.16997051428265115 << 0.0007742782607648956
                              << "negative-dip" << "fading" << false;
    QTest::newRow("gelu-reversed") << "gelu-reversed" << "gelu" << -0.1002108019032871 << -0.12746919222997953
                                   << "negative-dip" << "reversed" << false;
    // beta = 8 puts x = 0.25 past the bend: nearly ReLU's active line (0.266 for 0.25, slope 0.88).
    QTest::newRow("softplus-sharpening") << "softplus-sharpening" << "softplus" << 0.26586600138037156
                                         << 0.8807970779778824 << "active" << "healthy" << false;
    // Just left of SiLU's minimum at -1.2785: the slope negative but negligible.
    QTest::newRow("silu-dip") << "silu-dip" << "silu" << -0.278464286178416 << -0.00033409488523572033
                              << "negative-dip" << "fading" << false;
    QTest::newRow("mish-reversed") << "mish-reversed" << "mish" << -0.25250148269570886 << -0.10835509242039394
                                   << "negative-dip" << "reversed" << false;
    // Slope lambda, not 1, on a straight piece: the same gain for every input, called amplifying.
    QTest::newRow("selu-amplifies") << "selu-amplifies" << "selu" << 1.0507009873554805 << 1.0507009873554805
                                    << "active" << "amplifying" << false;
    // Above ReLU6's ceiling: output 6, no gradient.
    QTest::newRow("relu6-ceiling") << "relu6-ceiling" << "relu6" << 6.0 << 0.0 << "capped" << "dead" << false;
    // Left of Hardswish's minimum at -1.5: x(x + 3)/6 = -1/3, slope (2x + 3)/6 = -1/6.
    QTest::newRow("hardswish-dip") << "hardswish-dip" << "hardswish" << -1.0 / 3.0 << -1.0 / 6.0 << "negative-dip"
                                   << "reversed" << false;
    // sigma(3) and sigma(3)(1 - sigma(3)), to 30 digits: 0.952574126822433219..., 0.0451766597309121326...
    QTest::newRow("sigmoid-fading") << "sigmoid-fading" << "sigmoid" << 0.952574126822433219 << 0.0451766597309121326
                                    << "saturated" << "fading" << false;
    // tanh(2.5) and sech^2(2.5): 0.986614298151430288..., 0.0265922266831606196...
    QTest::newRow("tanh-saturates") << "tanh-saturates" << "tanh" << 0.986614298151430288 << 0.0265922266831606196
                                    << "saturated" << "fading" << false;
}

void TestLabModel::builtInScenarios()
{
    QFETCH(QString, id);
    QFETCH(QString, family);
    QFETCH(double, output);
    QFETCH(double, slope);
    QFETCH(QString, regime);
    QFETCH(QString, health);
    QFETCH(bool, onKink);

    const Scenario *scenario = findScenario(id);
    QVERIFY(scenario);
    QCOMPARE(scenario->id, id);
    LabModel model;
    // Start from somewhere else, with every parameter moved, so the scenario must set everything.
    QVERIFY(model.setFamily(QStringLiteral("softplus")));
    QVERIFY(model.setProbe(-3.0));
    QVERIFY(model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.4));
    QVERIFY(model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.5));
    QVERIFY(model.setParameter(QStringLiteral("gelu"), QStringLiteral("approximate"), 1.0));
    QVERIFY(model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 0.5));
    QString error;
    QVERIFY2(model.applyScenario(*scenario, &error), qPrintable(error));

    const Reading reading = model.reading();
    QCOMPARE(model.family(), family);
    QCOMPARE(reading.family, family);
    QCOMPARE(reading.x, scenario->probe);
    // A few ulps of room: the exact math is checked against references elsewhere.
    QVERIFY2(std::fabs(reading.output - output) <= 4e-16 * std::max(1.0, std::fabs(output)),
             qPrintable(QString::number(reading.output, 'g', 17)));
    QVERIFY2(std::fabs(reading.slope - slope) <= 4e-16 * std::max(1.0, std::fabs(slope)),
             qPrintable(QString::number(reading.slope, 'g', 17)));
    QCOMPARE(regimeId(reading.regime), regime);
    QCOMPARE(healthId(reading.health), health);
    QCOMPARE(reading.onKink, onKink);
    QCOMPARE(model.regimeName(), regime);
    QCOMPARE(model.healthName(), health);

    // The probe is on the board: a scenario beyond the default view widens it.
    QVERIFY(model.viewMinimum() <= reading.x && reading.x <= model.viewMaximum());

    // The teacher reads three decimals on the board.
    if (id == QLatin1String("active-highway")) {
        QCOMPARE(QString::number(model.output(), 'f', 3), QStringLiteral("1.100"));
        QCOMPARE(QString::number(model.slope(), 'f', 3), QStringLiteral("1.000"));
    }
}

void TestLabModel::everyScenarioIsTested()
{
    QStringList ids;
    for (const Scenario &scenario : relulab::builtInScenarios())
        ids.append(scenario.id);
    QCOMPARE(ids, kCheckedScenarios);
    QVERIFY(!findScenario(QStringLiteral("no-such-scenario")));
}

void TestLabModel::scenarioResetsUnnamedParameters()
{
    // A scenario that does not name a parameter shows its default, not what the teacher left there.
    Scenario scenario;
    scenario.id = QStringLiteral("plain-elu");
    scenario.family = QStringLiteral("elu");
    scenario.probe = -1.0;
    LabModel model;
    QVERIFY(model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.0));
    QVERIFY(model.applyScenario(scenario));
    QCOMPARE(model.parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 1.0);
}

void TestLabModel::resetParameters()
{
    LabModel model;
    QVERIFY(model.setFamily(QStringLiteral("elu")));
    QVERIFY(model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.3));
    QVERIFY(model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 0.5));
    QVERIFY(model.setParameter(QStringLiteral("gelu"), QStringLiteral("approximate"), 1.0));
    QVERIFY(model.setProbe(-2.0));
    Spies spies(&model);
    model.resetParameters();
    for (const FamilySpec &spec : FamilyCatalog::all())
        QCOMPARE(model.parameters(spec.id), spec.defaults());
    QCOMPARE(spies.parameter.size(), 3);
    QCOMPARE(spies.reading.size(), 1);
    QCOMPARE(spies.family.size(), 0);
    QCOMPARE(spies.probe.size(), 0);
    // Family and probe are not parameters.
    QCOMPARE(model.family(), QStringLiteral("elu"));
    QCOMPARE(model.probe(), -2.0);
}

void TestLabModel::resetParametersAtDefaultsIsSilent()
{
    LabModel model;
    QVERIFY(model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 4.0));
    Spies spies(&model);
    model.resetParameters(); // only a family that is not selected changes
    QCOMPARE(spies.parameter.size(), 1);
    QCOMPARE(spies.reading.size(), 0);
    model.resetParameters();
    QCOMPARE(spies.total(), 1);
}

void TestLabModel::nestedBatchEmitsReadingOnce()
{
    LabModel model;
    Spies spies(&model);
    model.beginBatch();
    QVERIFY(model.setFamily(QStringLiteral("gelu")));
    model.beginBatch();
    QVERIFY(model.setProbe(-1.0));
    model.endBatch();
    QCOMPARE(spies.reading.size(), 0);
    QVERIFY(model.setProbe(-1.5));
    model.endBatch();
    QCOMPARE(spies.reading.size(), 1);
    QCOMPARE(spies.probe.size(), 2);
    QCOMPARE(spies.family.size(), 1);
}

void TestLabModel::propertiesAreReadable()
{
    LabModel model;
    QVERIFY(model.setFamily(QStringLiteral("leaky-relu")));
    QVERIFY(model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.2));
    QVERIFY(model.setProbe(-2.0));
    QVERIFY(model.setViewRange(-5.0, 1.0));

    QCOMPARE(model.property("family").toString(), QStringLiteral("leaky-relu"));
    QCOMPARE(model.property("probe").toDouble(), -2.0);
    QCOMPARE(model.property("output").toDouble(), -0.4);
    QCOMPARE(model.property("slope").toDouble(), 0.2);
    QCOMPARE(model.property("regime").toString(), QStringLiteral("leaking"));
    QCOMPARE(model.property("health").toString(), QStringLiteral("leaking"));
    const QVariantMap parameters = model.property("parameters").toMap();
    QCOMPARE(parameters.keys(), QStringList{QStringLiteral("slope")});
    QCOMPARE(parameters.value(QStringLiteral("slope")).toDouble(), 0.2);
    QCOMPARE(model.property("viewMinimum").toDouble(), -5.0);
    QCOMPARE(model.property("viewMaximum").toDouble(), 1.0);

    QVERIFY(model.setFamily(QStringLiteral("relu")));
    QVERIFY(model.property("parameters").toMap().isEmpty());
}

void TestLabModel::propertiesHaveNotifySignals()
{
    LabModel model;
    const QMetaObject *meta = model.metaObject();
    const QStringList names = {QStringLiteral("family"), QStringLiteral("probe"), QStringLiteral("parameters"),
                               QStringLiteral("output"), QStringLiteral("slope"), QStringLiteral("regime"),
                               QStringLiteral("health"), QStringLiteral("viewMinimum"),
                               QStringLiteral("viewMaximum")};
    for (const QString &name : names) {
        const int index = meta->indexOfProperty(qPrintable(name));
        QVERIFY2(index >= 0, qPrintable(name));
        QVERIFY2(meta->property(index).hasNotifySignal(), qPrintable(name));
    }
    QCOMPARE(meta->property(meta->indexOfProperty("family")).notifySignal(),
             QMetaMethod::fromSignal(&LabModel::familyChanged));
    QCOMPARE(meta->property(meta->indexOfProperty("probe")).notifySignal(),
             QMetaMethod::fromSignal(&LabModel::probeChanged));
    QCOMPARE(meta->property(meta->indexOfProperty("slope")).notifySignal(),
             QMetaMethod::fromSignal(&LabModel::readingChanged));
}

void TestLabModel::probePropertyIsWritableAndValidated()
{
    LabModel model;
    Spies spies(&model);
    QVERIFY(model.setProperty("probe", -0.5));
    QCOMPARE(model.probe(), -0.5);
    QCOMPARE(spies.probe.size(), 1);
    QVERIFY(model.setProperty("family", QStringLiteral("gelu")));
    QCOMPARE(model.family(), QStringLiteral("gelu"));
    // Written through the property system, invalid values are still refused.
    model.setProperty("probe", kNaN);
    model.setProperty("family", QStringLiteral("softsign"));
    QCOMPARE(model.probe(), -0.5);
    QCOMPARE(model.family(), QStringLiteral("gelu"));
    QCOMPARE(spies.probe.size(), 1);
    QCOMPARE(spies.family.size(), 1);
}

void TestLabModel::comparisonSetIsValidatedAndOrdered()
{
    LabModel model;
    QCOMPARE(model.comparisonIds(), FamilyCatalog::seedIds());
    QSignalSpy changed(&model, &LabModel::comparisonChanged);
    QSignalSpy reading(&model, &LabModel::readingChanged);
    const QStringList ids = FamilyCatalog::ids();
    // Any order in, catalog order out; one signal; the reading is not touched.
    QVERIFY(model.setComparisonIds({ids.at(3), ids.at(0)}));
    QCOMPARE(model.comparisonIds(), QStringList({ids.at(0), ids.at(3)}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toStringList(), model.comparisonIds());
    QVERIFY(model.isCompared(ids.at(3)) && !model.isCompared(ids.at(1)));
    QVERIFY(model.setComparisonIds({ids.at(0), ids.at(3)}));
    QCOMPARE(changed.size(), 1); // unchanged: no signal
    QString error;
    QVERIFY(!model.setComparisonIds({ids.at(1), QStringLiteral("swish")}, &error));
    QVERIFY2(error.contains(QStringLiteral("'swish'")) && error.contains(ids.join(QStringLiteral(", "))), qPrintable(error));
    QVERIFY(!model.setComparisonIds({ids.at(1), ids.at(1)}, &error));
    QVERIFY2(error.contains(QStringLiteral("twice")), qPrintable(error));
    QCOMPARE(model.comparisonIds(), QStringList({ids.at(0), ids.at(3)})); // a refusal changes nothing
    QVERIFY(model.setComparisonIds({}));
    QVERIFY(model.comparisonIds().isEmpty());
    QCOMPARE(reading.size(), 0);
    // A teacher's choice, not lab state: resetting the lab keeps it.
    model.setProbe(-2.0);
    model.resetToDefaults();
    QVERIFY(model.comparisonIds().isEmpty());
}

QTEST_GUILESS_MAIN(TestLabModel)
#include "tst_labmodel.moc"
