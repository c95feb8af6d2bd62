#include "mersennetwister64.h"

#include <QTest>

#include <random>

using namespace relulab;

class TestMersenneTwister64 : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheStandardEngine_data()
    {
        QTest::addColumn<quint32>("low");
        QTest::addColumn<quint32>("high");
        QTest::addColumn<quint32>("stream");
        QTest::newRow("seed 1, inputs") << 1u << 0u << 0u;
        QTest::newRow("seed 1, layer 1") << 1u << 0u << 1u;
        QTest::newRow("seed 2015, gradient") << 2015u << 0u << 0xFFFFFFFFu;
        QTest::newRow("largest seed") << 0xFFFFFFFFu << 0xFFFFFFFFu << 17u;
    }

    void matchesTheStandardEngine()
    {
        QFETCH(quint32, low);
        QFETCH(quint32, high);
        QFETCH(quint32, stream);
        std::seed_seq first{low, high, stream};
        std::seed_seq second{low, high, stream};
        std::mt19937_64 standard(first);
        MersenneTwister64 ours(second);
        // Several refills, so that every part of the transition has been used more than once.
        for (int i = 0; i < 10 * MersenneTwister64::kStateSize + 7; ++i) {
            const quint64 expected = standard();
            const quint64 actual = ours();
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("number %1: %2 instead of %3").arg(i).arg(actual).arg(expected)));
        }
    }
};

QTEST_GUILESS_MAIN(TestMersenneTwister64)
#include "tst_mersennetwister64.moc"
