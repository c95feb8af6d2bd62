#include "batchstatistics.h"
#include "benchmarks.h"
#include "depthsimulation.h"
#include "family.h"

#include <QTest>

using namespace relulab;

namespace {

// Speed of the gradient-survival computations: the default depth run and a full batch table.
class SurvivalBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void depthSimulation_data()
    {
        QTest::addColumn<QString>("family");
        for (const QString &id : FamilyCatalog::ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void depthSimulation()
    {
        QFETCH(QString, family);
        DepthSettings settings; // W 256, L 30, B 256, He
        settings.family = family;
        DepthResult result;
        QBENCHMARK {
            result = DepthSimulation::run(settings);
        }
        QCOMPARE(result.layers.size(), settings.depth);
    }

    void batchTableAllFamilies()
    {
        double sum = 0.0;
        QBENCHMARK {
            for (const FamilySpec &family : FamilyCatalog::all())
                sum += computeBatchStatistics(family, family.defaults(), 0.3, 1.2).meanSlope;
        }
        QVERIFY(sum > 0.0);
    }
};

} // namespace

std::unique_ptr<QObject> relulab::bench::makeSurvivalBenchmark()
{
    return std::make_unique<SurvivalBenchmark>();
}

#include "bench_survival.moc"
