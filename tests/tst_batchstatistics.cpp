#include "activation.h"
#include "batchstatistics.h"
#include "family.h"
#include "labmodel.h"

#include <QBuffer>
#include <QTest>

#include <cmath>

using namespace relulab;

namespace {

using activation::normalCdf;
using activation::normalPdf;

const FamilySpec &family(const char *id)
{
    return *FamilyCatalog::find(QString::fromLatin1(id));
}

// Closed forms over x ~ N(mu, sigma²), a = mu / sigma.
double reluMean(double mu, double sigma)
{
    const double a = mu / sigma;
    return mu * normalCdf(a) + sigma * normalPdf(a);
}

double reluSecondMoment(double mu, double sigma)
{
    const double a = mu / sigma;
    return (mu * mu + sigma * sigma) * normalCdf(a) + mu * sigma * normalPdf(a);
}

// E[e^(k x) 1{x < 0}] = e^(k mu + k² sigma² / 2) Phi(-a - k sigma).
double truncatedExp(double k, double mu, double sigma)
{
    return std::exp(k * mu + 0.5 * k * k * sigma * sigma) * normalCdf(-mu / sigma - k * sigma);
}

void compareClose(double actual, double expected, double tolerance, const char *what)
{
    const double scale = std::max(1.0, std::fabs(expected));
    if (std::fabs(actual - expected) > tolerance * scale) {
        QFAIL(qPrintable(QStringLiteral("%1: got %2, expected %3 (difference %4)")
                             .arg(QString::fromLatin1(what))
                             .arg(actual, 0, 'g', 17)
                             .arg(expected, 0, 'g', 17)
                             .arg(actual - expected, 0, 'g', 3)));
    }
}

constexpr double kTolerance = 1e-10;

void addDistributions()
{
    QTest::addColumn<double>("mu");
    QTest::addColumn<double>("sigma");
    QTest::newRow("standard") << 0.0 << 1.0;
    QTest::newRow("shifted right") << 0.7 << 1.3;
    QTest::newRow("mostly negative") << -2.0 << 0.5;
    QTest::newRow("far negative") << -8.0 << 1.0;
    QTest::newRow("narrow") << 0.05 << 0.01;
    QTest::newRow("wide") << -3.0 << 10.0;
    QTest::newRow("far positive") << 10.0 << 0.2;
}

} // namespace

class TestBatchStatistics : public QObject
{
    Q_OBJECT

private slots:
    void reluHalfAtZeroMean()
    {
        const BatchStatistics s = computeBatchStatistics(family("relu"), {}, 0.0, 1.0);
        QCOMPARE(s.deadFraction, 0.5);
        compareClose(s.meanSlope, 0.5, 1e-13, "E[f']");
        compareClose(s.meanSquaredSlope, 0.5, 1e-13, "E[f'^2]");
        compareClose(s.meanOutput, 1.0 / std::sqrt(2.0 * M_PI), 1e-13, "E[f]");
        compareClose(s.outputVariance, 0.5 - 1.0 / (2.0 * M_PI), 1e-13, "Var[f]");
    }

    void reluClosedForms_data() { addDistributions(); }
    void reluClosedForms()
    {
        QFETCH(double, mu);
        QFETCH(double, sigma);
        const BatchStatistics s = computeBatchStatistics(family("relu"), {}, mu, sigma);
        const double a = mu / sigma;
        const double mean = reluMean(mu, sigma);
        compareClose(s.deadFraction, normalCdf(-a), kTolerance, "dead fraction");
        compareClose(s.meanSlope, normalCdf(a), kTolerance, "E[f']");
        compareClose(s.meanSquaredSlope, normalCdf(a), kTolerance, "E[f'^2]");
        compareClose(s.meanOutput, mean, kTolerance, "E[f]");
        compareClose(s.meanSquaredOutput, reluSecondMoment(mu, sigma), kTolerance, "E[f^2]");
        compareClose(s.outputVariance, reluSecondMoment(mu, sigma) - mean * mean, kTolerance, "Var[f]");
    }

    void leakyReluClosedForms_data() { addDistributions(); }
    void leakyReluClosedForms()
    {
        QFETCH(double, mu);
        QFETCH(double, sigma);
        const double slope = 0.1;
        const BatchStatistics s = computeBatchStatistics(family("leaky-relu"), {slope}, mu, sigma);
        const double a = mu / sigma;
        // f = (1 - s) relu(x) + s x; min(x, 0)² = x² - relu(x)².
        const double relu2 = reluSecondMoment(mu, sigma);
        const double mean = (1.0 - slope) * reluMean(mu, sigma) + slope * mu;
        const double second = relu2 + slope * slope * (mu * mu + sigma * sigma - relu2);
        QCOMPARE(s.deadFraction, 0.0);
        compareClose(s.meanSlope, normalCdf(a) + slope * normalCdf(-a), kTolerance, "E[f']");
        compareClose(s.meanSquaredSlope, normalCdf(a) + slope * slope * normalCdf(-a), kTolerance, "E[f'^2]");
        compareClose(s.meanOutput, mean, kTolerance, "E[f]");
        compareClose(s.outputVariance, second - mean * mean, kTolerance, "Var[f]");
    }

    void leakyReluWithZeroSlopeIsReluDead()
    {
        const BatchStatistics s = computeBatchStatistics(family("leaky-relu"), {0.0}, -1.0, 2.0);
        compareClose(s.deadFraction, normalCdf(0.5), 1e-15, "dead fraction");
    }

    void eluClosedForms_data() { addDistributions(); }
    void eluClosedForms()
    {
        QFETCH(double, mu);
        QFETCH(double, sigma);
        for (double alpha : {0.5, 1.0, 2.5}) {
            const BatchStatistics s = computeBatchStatistics(family("elu"), {alpha}, mu, sigma);
            const double a = mu / sigma;
            const double e1 = truncatedExp(1.0, mu, sigma);
            const double e2 = truncatedExp(2.0, mu, sigma);
            const double below = normalCdf(-a);
            const double mean = reluMean(mu, sigma) + alpha * (e1 - below);
            const double second = reluSecondMoment(mu, sigma) + alpha * alpha * (e2 - 2.0 * e1 + below);
            compareClose(s.meanSlope, normalCdf(a) + alpha * e1, kTolerance, "E[f']");
            compareClose(s.meanSquaredSlope, normalCdf(a) + alpha * alpha * e2, kTolerance, "E[f'^2]");
            compareClose(s.meanOutput, mean, kTolerance, "E[f]");
            compareClose(s.outputVariance, second - mean * mean, kTolerance, "Var[f]");
            // The slope only underflows to 0 below x ~ -745: no visible mass there.
            QVERIFY(s.deadFraction < 1e-300);
        }
    }

    void geluClosedForms_data() { addDistributions(); }
    void geluClosedForms()
    {
        QFETCH(double, mu);
        QFETCH(double, sigma);
        // E[x Phi(x)] = mu Phi(m) + sigma² / r phi(m), E[Phi(x)] = Phi(m) and
        // E[x phi(x)] = mu / r² · phi(m) / r with r = sqrt(1 + sigma²), m = mu / r.
        const double r = std::sqrt(1.0 + sigma * sigma);
        const double m = mu / r;
        const BatchStatistics s = computeBatchStatistics(family("gelu"), {0.0}, mu, sigma);
        compareClose(s.meanOutput, mu * normalCdf(m) + sigma * sigma / r * normalPdf(m), kTolerance, "E[f]");
        compareClose(s.meanSlope, normalCdf(m) + mu / (r * r) * normalPdf(m) / r, kTolerance, "E[f']");
    }

    void smoothFamiliesPassHalfTheSlopeAtZeroMean_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("parameter");
        QTest::addColumn<double>("sigma");
        QTest::newRow("gelu") << "gelu" << 0.0 << 1.0;
        QTest::newRow("gelu wide") << "gelu" << 0.0 << 7.0;
        QTest::newRow("gelu tanh") << "gelu" << 1.0 << 1.0;
        QTest::newRow("softplus") << "softplus" << 1.0 << 1.0;
        QTest::newRow("softplus sharp and wide") << "softplus" << 20.0 << 10.0;
        QTest::newRow("softplus soft and narrow") << "softplus" << 0.25 << 0.01;
    }
    void smoothFamiliesPassHalfTheSlopeAtZeroMean()
    {
        // f'(x) - 1/2 is odd for GELU (both forms) and Softplus, so E[f'] = 1/2 when mu = 0.
        QFETCH(QString, id);
        QFETCH(double, parameter);
        QFETCH(double, sigma);
        const BatchStatistics s = computeBatchStatistics(*FamilyCatalog::find(id), {parameter}, 0.0, sigma);
        compareClose(s.meanSlope, 0.5, kTolerance, "E[f']");
    }

    void softplusApproachesRelu()
    {
        // Softplus with beta = 20 differs from ReLU by at most log(2)/20 in value.
        const BatchStatistics soft = computeBatchStatistics(family("softplus"), {20.0}, 0.5, 2.0);
        const BatchStatistics hard = computeBatchStatistics(family("relu"), {}, 0.5, 2.0);
        QVERIFY(std::fabs(soft.meanOutput - hard.meanOutput) < std::log(2.0) / 20.0);
        QVERIFY(soft.meanOutput > hard.meanOutput);
        QVERIFY(std::fabs(soft.meanSlope - hard.meanSlope) < 0.01);
    }

    void deadRegionEdges()
    {
        QCOMPARE(deadRegionEdge(family("relu"), {}), 0.0);
        QCOMPARE(deadRegionEdge(family("leaky-relu"), {0.0}), 0.0);
        QVERIFY(std::isinf(deadRegionEdge(family("leaky-relu"), {0.01})));
        // GELU's slope underflows to 0 in double precision near x = -38.6, but in exact math it is
        // never 0: no dead region.
        QVERIFY(family("gelu").evaluate(-40.0, {0.0}).slope == 0.0);
        QVERIFY(std::isinf(deadRegionEdge(family("gelu"), {0.0})));
        QVERIFY(std::isinf(deadRegionEdge(family("softplus"), {20.0})));
        QVERIFY(std::isinf(upperDeadRegionEdge(family("relu"), {})));
        // ReLU6 is dead on both sides (x <= 0 and x >= 6, PyTorch's slope 0 on both kinks);
        // Hardswish from -3 down.
        QCOMPARE(deadRegionEdge(family("relu6"), {}), 0.0);
        QCOMPARE(upperDeadRegionEdge(family("relu6"), {}), 6.0);
        QCOMPARE(deadRegionEdge(family("hardswish"), {}), -3.0);
        QVERIFY(upperDeadRegionEdge(family("hardswish"), {}) > 0.0);
        QVERIFY(std::isinf(upperDeadRegionEdge(family("hardswish"), {})));
        QVERIFY(std::isinf(deadRegionEdge(family("sigmoid"), {})));
        QVERIFY(std::isinf(upperDeadRegionEdge(family("tanh"), {})));
    }

    // A batch centred between ReLU6's kinks loses the same share on each side: 2 Phi(-3).
    void relu6IsDeadOnBothSides()
    {
        const BatchStatistics s = computeBatchStatistics(family("relu6"), {}, 3.0, 1.0);
        const double tail = relulab::activation::normalCdf(-3.0);
        QVERIFY2(std::fabs(s.deadFraction - 2.0 * tail) < 1e-15, qPrintable(QString::number(s.deadFraction, 'g', 17)));
        // The mean slope is the live share: 1 on (0, 6).
        QVERIFY2(std::fabs(s.meanSlope - (1.0 - 2.0 * tail)) < 1e-9, qPrintable(QString::number(s.meanSlope, 'g', 17)));
        // At mu = 0 half the batch is dead, as for ReLU, plus the sliver above 6.
        const BatchStatistics atZero = computeBatchStatistics(family("relu6"), {}, 0.0, 1.0);
        QVERIFY2(std::fabs(atZero.deadFraction - (0.5 + relulab::activation::normalCdf(-6.0))) < 1e-15,
                 qPrintable(QString::number(atZero.deadFraction, 'g', 17)));
        // The chart's dead area covers both regions: full density left of 0 and from 6 on, 0 between.
        const BatchCurves curves = sampleBatchCurves(family("relu6"), {}, 3.0, 1.0, -1.0, 8.0, 91);
        double area = 0.0;
        for (qsizetype i = 1; i < curves.deadDensity.size(); ++i) {
            const QPointF a = curves.deadDensity[i - 1], b = curves.deadDensity[i];
            QVERIFY(b.x() >= a.x());
            area += (b.x() - a.x()) * (a.y() + b.y()) / 2.0;
        }
        // The dead mass inside [-1, 8]: Phi(-3) - Phi(-4) on each side, up to the trapezoid rule.
        const double inside = 2.0 * (normalCdf(-3.0) - normalCdf(-4.0));
        QVERIFY2(std::fabs(area - inside) < 0.05 * inside, qPrintable(QStringLiteral("%1 against %2").arg(area).arg(inside)));
        for (const QPointF &point : curves.deadDensity) {
            if (point.x() > 0.0 && point.x() < 6.0)
                QCOMPARE(point.y(), 0.0);
        }
    }

    // Underflow is not death: far-left batches of smooth families have no dead share.
    void underflowIsNotDead_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("parameter");
        QTest::addColumn<double>("mu");
        QTest::addColumn<double>("sigma");
        QTest::newRow("GELU tanh (-10, 10)") << "gelu" << 1.0 << -10.0 << 10.0;
        QTest::newRow("GELU (-10, 10)") << "gelu" << 0.0 << -10.0 << 10.0;
        QTest::newRow("Softplus beta 20 (-10, 10)") << "softplus" << 20.0 << -10.0 << 10.0;
        QTest::newRow("ELU (-10, 10)") << "elu" << 1.0 << -10.0 << 10.0;
    }
    void underflowIsNotDead()
    {
        QFETCH(QString, id);
        QFETCH(double, parameter);
        QFETCH(double, mu);
        QFETCH(double, sigma);
        const BatchStatistics s = computeBatchStatistics(family(qPrintable(id)), {parameter}, mu, sigma);
        QCOMPARE(s.deadFraction, 0.0);
        QVERIFY(s.meanSlope != 0.0);
    }

    void distributionValidation()
    {
        QString error;
        QVERIFY(BatchDistribution::validate(0.0, 1.0, &error));
        QVERIFY(!BatchDistribution::validate(0.0, 0.0, &error));
        QVERIFY(error.contains(QLatin1String("sigma")));
        QVERIFY(!BatchDistribution::validate(11.0, 1.0, &error));
        QVERIFY(error.contains(QLatin1String("mu")));
        QVERIFY(!BatchDistribution::validate(std::nan(""), 1.0, &error));
        QVERIFY(!BatchDistribution::validate(0.0, INFINITY, &error));
    }

    void csvHasEveryFamily()
    {
        LabModel model;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeBatchCsv(model, 0.0, 1.0, &buffer));
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), FamilyCatalog::all().size() + 1);
        QCOMPARE(lines[0], QByteArray("family,mu,sigma,dead_fraction,mean_slope,mean_squared_slope,mean_output,output_variance"));
        QVERIFY(lines[1].startsWith("relu,0,1,0.5,"));
        for (const QByteArray &line : lines)
            QCOMPARE(line.count(','), 7);
    }
};

QTEST_GUILESS_MAIN(TestBatchStatistics)
#include "tst_batchstatistics.moc"
