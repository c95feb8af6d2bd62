// The depth-lab facts the sigmoid, tanh and SELU families are meant to teach, checked through the
// real depth simulation with the catalog's own entries (the depth lab's scenarios run them).

#include "depthsimulation.h"
#include "family.h"
#include "survivalscenario.h"

#include <QTest>

#include <cmath>

using namespace relulab;

class TestDepthFacts : public QObject
{
    Q_OBJECT

private slots:
    void sigmoidGradientShrinksSixteenfoldPerLayer_data();
    void sigmoidGradientShrinksSixteenfoldPerLayer();
    void tanhWithXavierStillVanishes_data();
    void tanhWithXavierStillVanishes();
    void depthScenariosRunTheCatalogFamilies();
    void seluKeepsActivationsAtUnitScale_data();
    void seluKeepsActivationsAtUnitScale();
    void seluScenarioShowsWhatItsNoteSays();
};

void TestDepthFacts::sigmoidGradientShrinksSixteenfoldPerLayer_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
    QTest::newRow("seed 2024") << quint64(2024);
}

void TestDepthFacts::sigmoidGradientShrinksSixteenfoldPerLayer()
{
    QFETCH(quint64, seed);
    // With Xavier (variance 1/n here) W^T keeps the squared norm of the gradient on average, and
    // sigma' <= 1/4 multiplies every entry by at most 1/4: at least 16-fold less per layer.
    DepthSettings settings;
    settings.family = QStringLiteral("sigmoid");
    settings.init = WeightInit::Xavier;
    settings.depth = 30;
    settings.seed = seed;
    QString error;
    QVERIFY2(settings.validate(&error), qPrintable(error));
    const DepthResult result = DepthSimulation::run(settings);
    QCOMPARE(result.layers.size(), 30);
    for (int i = 0; i + 1 < result.layers.size(); ++i) {
        const double nearer = result.layers[i].gradientNorm;   // closer to the input
        const double further = result.layers[i + 1].gradientNorm;
        QVERIFY2(nearer > 0.0, qPrintable(QString::number(i + 1)));
        const double shrink = (further / nearer) * (further / nearer);
        QVERIFY2(shrink >= 16.0, qPrintable(QStringLiteral("layer %1: squared norm shrinks %2-fold").arg(i + 1).arg(shrink)));
    }
    QCOMPARE(classifyGradientTrend(gradientChangeFactor(result)), GradientTrend::Vanishing);
}

void TestDepthFacts::tanhWithXavierStillVanishes_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
    QTest::newRow("seed 2024") << quint64(2024);
}

void TestDepthFacts::tanhWithXavierStillVanishes()
{
    QFETCH(quint64, seed);
    // tanh' <= 1, with equality only at 0: with Xavier the activations shrink layer by layer
    // toward 0 where the slope is near 1, so tanh loses far less than sigmoid, yet every layer
    // still loses some of the squared gradient norm.
    DepthSettings settings;
    settings.family = QStringLiteral("tanh");
    settings.init = WeightInit::Xavier;
    settings.depth = 30;
    settings.seed = seed;
    const DepthResult result = DepthSimulation::run(settings);
    QCOMPARE(result.layers.size(), 30);
    for (int i = 0; i + 1 < result.layers.size(); ++i)
        QVERIFY2(result.layers[i].gradientNorm < result.layers[i + 1].gradientNorm, qPrintable(QString::number(i + 1)));
    const double factor = gradientChangeFactor(result);
    // What the scenario's note says: the first layer keeps about 15 % of the last layer's
    // gradient norm, while the activations shrink from about 0.63 to about 0.13.
    QVERIFY2(factor > 0.1 && factor < 0.2, qPrintable(QString::number(factor)));
    QCOMPARE(classifyGradientTrend(factor), GradientTrend::Vanishing);
    QVERIFY(result.layers.constFirst().activationStd > 0.55);
    QVERIFY(result.layers.constLast().activationStd < 0.2);
    DepthSettings sigmoid = settings;
    sigmoid.family = QStringLiteral("sigmoid");
    QVERIFY2(factor > 1e6 * gradientChangeFactor(DepthSimulation::run(sigmoid)), qPrintable(QString::number(factor)));
}

// The depth lab's sigmoid and tanh scenarios name the catalog's families with Xavier weights.
void TestDepthFacts::depthScenariosRunTheCatalogFamilies()
{
    for (const char *id : {"sigmoid-stack", "tanh-xavier"}) {
        const SurvivalScenario *scenario = findSurvivalScenario(QString::fromLatin1(id));
        QVERIFY2(scenario, id);
        QCOMPARE(scenario->page, SurvivalScenario::Page::Depth);
        QVERIFY(FamilyCatalog::find(scenario->family));
        QCOMPARE(scenario->init, WeightInit::Xavier);
    }
    QCOMPARE(findSurvivalScenario(QStringLiteral("sigmoid-stack"))->family, QStringLiteral("sigmoid"));
    QCOMPARE(findSurvivalScenario(QStringLiteral("tanh-xavier"))->family, QStringLiteral("tanh"));
}

void TestDepthFacts::seluKeepsActivationsAtUnitScale_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 7") << quint64(7);
    QTest::newRow("seed 2024") << quint64(2024);
}

void TestDepthFacts::seluKeepsActivationsAtUnitScale()
{
    QFETCH(quint64, seed);
    // Klambauer et al. 2017: with LeCun normal weights, SELU's lambda and alpha make (mean 0,
    // variance 1) a stable fixed point, so the activations keep unit scale over 30 layers. (The
    // gradient is not held at 1 as well: E[f'(z)^2] is about 1.07 at the fixed point, so its norm
    // grows by about 1.035 per layer, about 2.8-fold over 30.)
    DepthSettings settings;
    settings.family = QStringLiteral("selu"); // the catalog's own SELU
    settings.init = WeightInit::LeCun;
    settings.depth = 30;
    settings.seed = seed;
    const DepthResult result = DepthSimulation::run(settings);
    QCOMPARE(result.layers.size(), 30);
    for (const DepthLayer &layer : result.layers) {
        QVERIFY2(std::fabs(layer.activationStd - 1.0) <= 0.1,
                 qPrintable(QStringLiteral("layer %1: std %2").arg(layer.layer).arg(layer.activationStd)));
    }
    const double factor = gradientChangeFactor(result);
    QVERIFY2(factor > 1.5 && factor < 5.0, qPrintable(QString::number(factor)));
}

void TestDepthFacts::seluScenarioShowsWhatItsNoteSays()
{
    // The note: "the activations' standard deviation stays near 1 at every layer ... its norm
    // grows slowly, about 2.8-fold from the last layer back to the first."
    const SurvivalScenario *scenario = findSurvivalScenario(QStringLiteral("selu-self-normalizing"));
    QVERIFY(scenario);
    QCOMPARE(scenario->page, SurvivalScenario::Page::Depth);
    QCOMPARE(scenario->family, QStringLiteral("selu"));
    QCOMPARE(scenario->init, WeightInit::LeCun);
    DepthSettings settings; // the scenario runs with the default sizes and seed
    settings.family = scenario->family;
    settings.init = scenario->init;
    QString error;
    QVERIFY2(settings.validate(&error), qPrintable(error));
    const DepthResult result = DepthSimulation::run(settings);
    QCOMPARE(result.layers.size(), 30);
    for (const DepthLayer &layer : result.layers)
        QVERIFY2(std::fabs(layer.activationStd - 1.0) <= 0.05, qPrintable(QString::number(layer.activationStd)));
    const double factor = gradientChangeFactor(result);
    QVERIFY2(factor > 2.6 && factor < 3.0, qPrintable(QString::number(factor)));
}

QTEST_GUILESS_MAIN(TestDepthFacts)
#include "tst_depthfacts.moc"
