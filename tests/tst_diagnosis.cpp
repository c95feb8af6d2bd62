// Gradient health around its thresholds, and the regime of every family across x.

#include "diagnosis.h"
#include "family.h"
#include "labmodel.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>

using namespace relulab;

Q_DECLARE_METATYPE(relulab::Regime)
Q_DECLARE_METATYPE(relulab::GradientHealth)

namespace {

constexpr double kTiny = std::numeric_limits<double>::denorm_min();

double below(double x)
{
    return std::nextafter(x, -std::numeric_limits<double>::infinity());
}

double above(double x)
{
    return std::nextafter(x, std::numeric_limits<double>::infinity());
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void thresholdsAreOrdered();
    void classifyHealth_data();
    void classifyHealth();
    void idsAreDistinct();
    void regimeIdsRoundTrip();
    void regimes_data();
    void regimes();
    void readingAtMatchesTheProbeReading();
};

void TestDiagnosis::thresholdsAreOrdered()
{
    QVERIFY(0.0 < HealthThresholds::kHealthyMinimum);
    QVERIFY(HealthThresholds::kHealthyMinimum < 1.0);
    // A slope of exactly 1 (ReLU's active side) must be healthy, not amplifying.
    QVERIFY(1.0 < HealthThresholds::kAmplifyingAbove);
    QVERIFY(1.0 < HealthThresholds::kStraightGainAbove);
    QVERIFY(HealthThresholds::kStraightGainAbove < HealthThresholds::kAmplifyingAbove);
}

void TestDiagnosis::classifyHealth_data()
{
    QTest::addColumn<double>("slope");
    QTest::addColumn<Regime>("regime");
    QTest::addColumn<GradientHealth>("expected");

    const double healthy = HealthThresholds::kHealthyMinimum;
    const double amplifying = HealthThresholds::kAmplifyingAbove;

    QTest::newRow("zero") << 0.0 << Regime::Dead << GradientHealth::Dead;
    QTest::newRow("minus zero") << -0.0 << Regime::SoftFloor << GradientHealth::Dead;
    QTest::newRow("zero on the hinge") << 0.0 << Regime::Hinge << GradientHealth::Dead;
    QTest::newRow("zero on a smooth family") << 0.0 << Regime::SoftFloor << GradientHealth::Dead;

    QTest::newRow("tiny positive, straight") << kTiny << Regime::Leaking << GradientHealth::Leaking;
    QTest::newRow("tiny positive, curved") << kTiny << Regime::SoftFloor << GradientHealth::Fading;
    QTest::newRow("tiny positive, saturating") << kTiny << Regime::Saturating << GradientHealth::Fading;
    QTest::newRow("tiny negative") << -kTiny << Regime::NegativeDip << GradientHealth::Fading;
    QTest::newRow("small negative") << -1e-300 << Regime::SoftFloor << GradientHealth::Fading;
    QTest::newRow("just above the reversal threshold") << -0.00999 << Regime::NegativeDip << GradientHealth::Fading;
    QTest::newRow("at the reversal threshold") << -0.01 << Regime::NegativeDip << GradientHealth::Reversed;
    QTest::newRow("GELU's most negative slope") << -0.1285 << Regime::NegativeDip << GradientHealth::Reversed;
    QTest::newRow("large negative") << -2.0 << Regime::NegativeDip << GradientHealth::Reversed;

    QTest::newRow("leaky default") << 0.01 << Regime::Leaking << GradientHealth::Leaking;
    QTest::newRow("leaky slope on the hinge") << 0.01 << Regime::Hinge << GradientHealth::Leaking;
    QTest::newRow("soft gate, weak") << 0.3 << Regime::SoftGate << GradientHealth::Fading;
    QTest::newRow("just below 0.5, straight") << below(healthy) << Regime::Leaking << GradientHealth::Leaking;
    QTest::newRow("just below 0.5, curved") << below(healthy) << Regime::SoftGate << GradientHealth::Fading;
    QTest::newRow("exactly 0.5, straight") << healthy << Regime::Leaking << GradientHealth::Healthy;
    QTest::newRow("exactly 0.5, curved") << healthy << Regime::SoftGate << GradientHealth::Healthy;
    QTest::newRow("just above 0.5") << above(healthy) << Regime::SoftFloor << GradientHealth::Healthy;

    QTest::newRow("one") << 1.0 << Regime::Active << GradientHealth::Healthy;
    QTest::newRow("exactly 1.1") << amplifying << Regime::SoftGate << GradientHealth::Healthy;
    QTest::newRow("just above 1.1") << above(amplifying) << Regime::Active << GradientHealth::Amplifying;
    QTest::newRow("GELU's steepest") << 1.1289 << Regime::Active << GradientHealth::Amplifying;
    // A straight piece's gain compounds exactly, however small; a curved one only passes by.
    const double straightGain = HealthThresholds::kStraightGainAbove;
    QTest::newRow("SELU's lambda, straight") << 1.0507009873554805 << Regime::Active << GradientHealth::Amplifying;
    QTest::newRow("SiLU's peak, curved") << 1.0998 << Regime::SoftGate << GradientHealth::Healthy;
    QTest::newRow("at the straight gain") << straightGain << Regime::Active << GradientHealth::Healthy;
    QTest::newRow("just above the straight gain") << above(straightGain) << Regime::Active << GradientHealth::Amplifying;
    QTest::newRow("just above the straight gain, curved") << above(straightGain) << Regime::SoftGate << GradientHealth::Healthy;
    QTest::newRow("ELU alpha 3 at the hinge") << 3.0 << Regime::Hinge << GradientHealth::Amplifying;
    QTest::newRow("huge") << 1e300 << Regime::Saturating << GradientHealth::Amplifying;
}

void TestDiagnosis::classifyHealth()
{
    QFETCH(double, slope);
    QFETCH(Regime, regime);
    QFETCH(GradientHealth, expected);
    QCOMPARE(healthId(relulab::classifyHealth(slope, regime)), healthId(expected));
}

void TestDiagnosis::idsAreDistinct()
{
    QSet<QString> ids;
    for (GradientHealth health : allHealthVerdicts()) {
        QVERIFY(!healthId(health).isEmpty());
        ids.insert(healthId(health));
    }
    QCOMPARE(ids.size(), 6);
    QCOMPARE(allHealthVerdicts().size(), 6);
}

void TestDiagnosis::regimeIdsRoundTrip()
{
    QSet<QString> ids;
    for (Regime regime : allRegimes()) {
        const QString id = regimeId(regime);
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        Regime back = Regime::Active;
        QVERIFY(regimeFromId(id, &back));
        QCOMPARE(regimeId(back), id);
    }
    QCOMPARE(ids.size(), allRegimes().size());
    Regime untouched = Regime::SoftGate;
    QVERIFY(!regimeFromId(QStringLiteral("zombie"), &untouched));
    QCOMPARE(untouched, Regime::SoftGate);
}

void TestDiagnosis::regimes_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("assignment"); // empty: defaults
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("health");
    QTest::addColumn<bool>("onKink");

    QTest::newRow("relu far right") << "relu" << "" << 50.0 << "active" << "healthy" << false;
    QTest::newRow("relu just right of 0") << "relu" << "" << kTiny << "active" << "healthy" << false;
    QTest::newRow("relu at 0") << "relu" << "" << 0.0 << "hinge" << "dead" << true;
    QTest::newRow("relu at -0") << "relu" << "" << -0.0 << "hinge" << "dead" << true;
    QTest::newRow("relu just left of 0") << "relu" << "" << -kTiny << "dead" << "dead" << false;
    QTest::newRow("relu far left") << "relu" << "" << -1000.0 << "dead" << "dead" << false;

    QTest::newRow("leaky right") << "leaky-relu" << "" << 2.0 << "active" << "healthy" << false;
    QTest::newRow("leaky at 0") << "leaky-relu" << "" << 0.0 << "hinge" << "leaking" << true;
    QTest::newRow("leaky left") << "leaky-relu" << "" << -3.0 << "leaking" << "leaking" << false;
    QTest::newRow("leaky far left") << "leaky-relu" << "" << -1000.0 << "leaking" << "leaking" << false;
    QTest::newRow("leaky slope 0 is ReLU") << "leaky-relu" << "slope=0" << -1.0 << "dead" << "dead" << false;
    QTest::newRow("leaky slope 0.5") << "leaky-relu" << "slope=0.5" << -1.0 << "leaking" << "healthy" << false;

    QTest::newRow("elu right") << "elu" << "" << 0.5 << "active" << "healthy" << false;
    QTest::newRow("elu alpha 1 is smooth at 0") << "elu" << "" << 0.0 << "saturating" << "healthy" << false;
    QTest::newRow("elu alpha 2 kinks at 0") << "elu" << "alpha=2" << 0.0 << "hinge" << "amplifying" << true;
    QTest::newRow("elu alpha 0.1 kinks at 0") << "elu" << "alpha=0.1" << 0.0 << "hinge" << "fading" << true; // the left piece curves
    QTest::newRow("elu near 0") << "elu" << "" << -0.1 << "saturating" << "healthy" << false;
    QTest::newRow("elu left") << "elu" << "" << -2.5 << "saturating" << "fading" << false;
    QTest::newRow("elu far left") << "elu" << "" << -40.0 << "saturating" << "fading" << false;
    QTest::newRow("elu alpha 3 near 0") << "elu" << "alpha=3" << -0.5 << "saturating" << "amplifying" << false;
    // e^-800 underflows: no gradient at all is left in double precision.
    QTest::newRow("elu beyond underflow") << "elu" << "" << -800.0 << "saturating" << "dead" << false;

    QTest::newRow("gelu right") << "gelu" << "" << 3.0 << "active" << "healthy" << false;
    QTest::newRow("gelu steepest") << "gelu" << "" << 1.5 << "active" << "amplifying" << false;
    QTest::newRow("gelu gate right") << "gelu" << "" << 0.5 << "soft-gate" << "healthy" << false;
    QTest::newRow("gelu at 0") << "gelu" << "" << 0.0 << "soft-gate" << "healthy" << false;
    QTest::newRow("gelu gate left, shallow") << "gelu" << "" << -0.005 << "soft-gate" << "fading" << false;
    QTest::newRow("gelu dip") << "gelu" << "" << -0.75 << "negative-dip" << "fading" << false;
    QTest::newRow("gelu dip, left of minimum") << "gelu" << "" << -0.76 << "negative-dip" << "fading" << false;
    QTest::newRow("gelu dip, well left of minimum") << "gelu" << "" << -0.9 << "negative-dip" << "reversed" << false;
    QTest::newRow("gelu reversed") << "gelu" << "" << -1.5 << "negative-dip" << "reversed" << false;
    QTest::newRow("gelu tanh reversed") << "gelu" << "approximate=tanh" << -1.5 << "negative-dip" << "reversed"
                                        << false;
    QTest::newRow("gelu floor") << "gelu" << "" << -4.0 << "soft-floor" << "fading" << false;
    QTest::newRow("gelu underflowed") << "gelu" << "" << -40.0 << "dead" << "dead" << false;
    QTest::newRow("gelu tanh underflowed") << "gelu" << "approximate=tanh" << -40.0 << "dead" << "dead" << false;

    QTest::newRow("softplus right") << "softplus" << "" << 2.0 << "active" << "healthy" << false;
    QTest::newRow("softplus at 0") << "softplus" << "" << 0.0 << "soft-gate" << "healthy" << false;
    QTest::newRow("softplus gate left") << "softplus" << "" << -0.5 << "soft-gate" << "fading" << false;
    QTest::newRow("softplus floor") << "softplus" << "" << -3.0 << "soft-floor" << "fading" << false;
    QTest::newRow("softplus underflowed") << "softplus" << "" << -1000.0 << "dead" << "dead" << false;
    // The bend is 1/beta wide: a sharp Softplus is ReLU-like close to 0, a blunt one is not.
    QTest::newRow("softplus beta 8, past the bend") << "softplus" << "beta=8" << 0.25 << "active" << "healthy"
                                                    << false;
    QTest::newRow("softplus beta 20, floor") << "softplus" << "beta=20" << -0.5 << "soft-floor" << "fading"
                                             << false;
    QTest::newRow("softplus beta 0.25, still bending") << "softplus" << "beta=0.25" << 2.0 << "soft-gate"
                                                       << "healthy" << false;

    // ReLU6: inactive below 0, capped above 6, slope 0 on both kinks (PyTorch).
    QTest::newRow("relu6 left") << "relu6" << "" << -2.0 << "dead" << "dead" << false;
    QTest::newRow("relu6 at 0") << "relu6" << "" << 0.0 << "hinge" << "dead" << true;
    QTest::newRow("relu6 middle") << "relu6" << "" << 3.0 << "active" << "healthy" << false;
    QTest::newRow("relu6 just below 6") << "relu6" << "" << std::nextafter(6.0, 0.0) << "active" << "healthy" << false;
    QTest::newRow("relu6 at 6") << "relu6" << "" << 6.0 << "hinge" << "dead" << true;
    QTest::newRow("relu6 just above 6") << "relu6" << "" << std::nextafter(6.0, 7.0) << "capped" << "dead" << false;
    QTest::newRow("relu6 far right") << "relu6" << "" << 1000.0 << "capped" << "dead" << false;
    // Hardswish: flat left of -3, a dip with a reversed slope, a parabola that amplifies below 3.
    QTest::newRow("hardswish far left") << "hardswish" << "" << -5.0 << "dead" << "dead" << false;
    QTest::newRow("hardswish at -3") << "hardswish" << "" << -3.0 << "hinge" << "dead" << true;
    QTest::newRow("hardswish dip, reversed") << "hardswish" << "" << -2.0 << "negative-dip" << "reversed" << false;
    QTest::newRow("hardswish dip bottom") << "hardswish" << "" << -1.5 << "negative-dip" << "dead" << false;
    QTest::newRow("hardswish dip, right of bottom") << "hardswish" << "" << -1.0 << "negative-dip" << "fading" << false;
    QTest::newRow("hardswish at 0") << "hardswish" << "" << 0.0 << "soft-gate" << "healthy" << false;
    QTest::newRow("hardswish amplifying") << "hardswish" << "" << 2.5 << "soft-gate" << "amplifying" << false;
    QTest::newRow("hardswish at 3") << "hardswish" << "" << 3.0 << "hinge" << "healthy" << true;
    QTest::newRow("hardswish right") << "hardswish" << "" << 4.0 << "active" << "healthy" << false;
    // Sigmoid's slope is at most 1/4: never healthy, responsive only near 0.
    QTest::newRow("sigmoid at 0") << "sigmoid" << "" << 0.0 << "responsive" << "fading" << false;
    QTest::newRow("sigmoid near 0") << "sigmoid" << "" << 1.5 << "responsive" << "fading" << false;
    QTest::newRow("sigmoid right") << "sigmoid" << "" << 3.0 << "saturated" << "fading" << false;
    QTest::newRow("sigmoid left") << "sigmoid" << "" << -3.0 << "saturated" << "fading" << false;
    QTest::newRow("sigmoid underflowed") << "sigmoid" << "" << -800.0 << "saturated" << "dead" << false;
    QTest::newRow("sigmoid far right") << "sigmoid" << "" << 800.0 << "saturated" << "dead" << false;
    // Tanh: slope 1 at 0, healthy while responsive, fading once saturated.
    QTest::newRow("tanh at 0") << "tanh" << "" << 0.0 << "responsive" << "healthy" << false;
    QTest::newRow("tanh near 0") << "tanh" << "" << -0.8 << "responsive" << "healthy" << false;
    QTest::newRow("tanh left") << "tanh" << "" << -2.0 << "saturated" << "fading" << false;
    QTest::newRow("tanh right") << "tanh" << "" << 2.0 << "saturated" << "fading" << false;
    QTest::newRow("tanh far right") << "tanh" << "" << 500.0 << "saturated" << "dead" << false;
}

void TestDiagnosis::regimes()
{
    QFETCH(QString, family);
    QFETCH(QString, assignment);
    QFETCH(double, x);
    QFETCH(QString, regime);
    QFETCH(QString, health);
    QFETCH(bool, onKink);

    LabModel model;
    QVERIFY(model.setFamily(family));
    if (!assignment.isEmpty()) {
        QString error;
        QVERIFY2(model.setParameterFromText(assignment, &error), qPrintable(error));
    }
    // readingAt does not need the probe there: the selected family's curve at any x.
    QVERIFY(model.setFamily(QStringLiteral("relu")));
    const Reading reading = model.readingAt(family, x);
    QCOMPARE(reading.family, family);
    QCOMPARE(reading.x, x);
    QCOMPARE(regimeId(reading.regime), regime);
    QCOMPARE(healthId(reading.health), health);
    QCOMPARE(reading.onKink, onKink);
    // The verdict is the one classifyHealth gives for this slope on this piece of the curve.
    const relulab::FamilySpec *spec = relulab::FamilyCatalog::find(reading.family);
    QCOMPARE(reading.health, relulab::classifyHealth(reading.slope,
                                                     relulab::isStraightAt(*spec, reading.x, model.parameters(reading.family))));
}

void TestDiagnosis::readingAtMatchesTheProbeReading()
{
    LabModel model;
    for (const QString &family : FamilyCatalog::ids()) {
        QVERIFY(model.setFamily(family));
        for (double x : {-7.5, -1.0, -0.2, 0.0, 0.3, 1.0, 6.0}) {
            QVERIFY(model.setProbe(x));
            const Reading atProbe = model.reading();
            const Reading at = model.readingAt(family, x);
            QCOMPARE(at.output, atProbe.output);
            QCOMPARE(at.slope, atProbe.slope);
            QCOMPARE(at.regime, atProbe.regime);
            QCOMPARE(at.health, atProbe.health);
        }
    }
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
