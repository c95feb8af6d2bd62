#include "commandline.h"
#include "depthsimulation.h"
#include "family.h"

#include <QBuffer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relulab;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("RELULAB_APP"), arguments);
    Outcome outcome;
    if (!process.waitForFinished(120000))
        return outcome;
    outcome.exitCode = process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace

// The --export-depth and --export-batch command lines, parsed and run end to end.
class TestSurvivalCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("RELULAB_APP").isEmpty()); }

    void parsesDepthSettings()
    {
        CommandLine commandLine;
        const QStringList arguments = {QStringLiteral("lab"), QStringLiteral("--export-depth"), QStringLiteral("out.csv"),
                                       QStringLiteral("--init"), QStringLiteral("xavier"), QStringLiteral("--depth"),
                                       QStringLiteral("12"), QStringLiteral("--width"), QStringLiteral("64"),
                                       QStringLiteral("--batch"), QStringLiteral("32"), QStringLiteral("--seed"),
                                       QStringLiteral("18446744073709551615")};
        QCOMPARE(commandLine.parse(arguments), CommandLine::Outcome::Run);
        const LabRequest &r = commandLine.request();
        QVERIFY(r.isHeadless());
        QCOMPARE(r.exportDepth, QStringLiteral("out.csv"));
        QCOMPARE(r.depth.init, WeightInit::Xavier);
        QCOMPARE(r.depth.depth, 12);
        QCOMPARE(r.depth.width, 64);
        QCOMPARE(r.depth.batch, 32);
        QCOMPARE(r.depth.seed, Q_UINT64_C(18446744073709551615));
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        const QString d = QStringLiteral("--export-depth");
        const QString b = QStringLiteral("--export-batch");
        const QString dash = QStringLiteral("-");
        QTest::newRow("depth 0") << QStringList{d, dash, QStringLiteral("--depth"), QStringLiteral("0")} << "--depth";
        QTest::newRow("width text") << QStringList{d, dash, QStringLiteral("--width"), QStringLiteral("wide")} << "--width";
        QTest::newRow("batch too big") << QStringList{d, dash, QStringLiteral("--batch"), QStringLiteral("100000")} << "--batch";
        QTest::newRow("unknown init") << QStringList{d, dash, QStringLiteral("--init"), QStringLiteral("orthogonal")} << "--init";
        QTest::newRow("too much") << QStringList{d, dash, QStringLiteral("--width"), QStringLiteral("2048"),
                                                 QStringLiteral("--depth"), QStringLiteral("20")} << "weights";
        QTest::newRow("negative seed") << QStringList{d, dash, QStringLiteral("--seed"), QStringLiteral("-3")} << "--seed";
        QTest::newRow("depth without export") << QStringList{QStringLiteral("--depth"), QStringLiteral("4")} << "--export-depth";
        QTest::newRow("all families") << QStringList{d, dash, QStringLiteral("--family"), QStringLiteral("all")} << "--family";
        QTest::newRow("with a lesson") << QStringList{d, dash, QStringLiteral("--lesson"), QStringLiteral("deck.relulesson")}
                                       << "lesson";
        QTest::newRow("sigma zero") << QStringList{b, dash, QStringLiteral("--sigma"), QStringLiteral("0")} << "sigma";
        QTest::newRow("mu too far") << QStringList{b, dash, QStringLiteral("--mu"), QStringLiteral("50")} << "mu";
    }
    void refusesBadValues()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        const Outcome outcome = runApp(arguments);
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(outcome.out.isEmpty());
        const QList<QByteArray> lines = outcome.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(mention.toUtf8()), lines[0].constData());
        QVERIFY2(lines[0].contains("valid"), lines[0].constData());
    }

    void depthCsvIsReproducible()
    {
        const QStringList arguments = {QStringLiteral("--export-depth"), QStringLiteral("-"), QStringLiteral("--family"),
                                       QStringLiteral("elu"), QStringLiteral("--init"), QStringLiteral("lecun"),
                                       QStringLiteral("--depth"), QStringLiteral("7"), QStringLiteral("--width"),
                                       QStringLiteral("48"), QStringLiteral("--batch"), QStringLiteral("40"),
                                       QStringLiteral("--seed"), QStringLiteral("99")};
        const Outcome first = runApp(arguments);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(first.err.isEmpty());
        const QList<QByteArray> lines = first.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines[0], QByteArray("layer,activation_std,grad_norm,dead_fraction"));
        QVERIFY(lines[1].startsWith("1,"));
        QVERIFY(lines[7].startsWith("7,"));
        QCOMPARE(runApp(arguments).out, first.out);

        // The same run in the model gives the same text.
        DepthSettings settings;
        settings.family = QStringLiteral("elu");
        settings.init = WeightInit::LeCun;
        settings.depth = 7;
        settings.width = 48;
        settings.batch = 40;
        settings.seed = 99;
        QByteArray expected;
        {
            QBuffer buffer(&expected);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(writeDepthCsv(DepthSimulation::run(settings), &buffer));
        }
        QCOMPARE(first.out, expected);

        QStringList otherSeed = arguments;
        otherSeed.last() = QStringLiteral("100");
        QVERIFY(runApp(otherSeed).out != first.out);
    }

    void depthUsesTheFamilyParameters()
    {
        const QStringList base = {QStringLiteral("--export-depth"), QStringLiteral("-"), QStringLiteral("--family"),
                                  QStringLiteral("leaky-relu"), QStringLiteral("--depth"), QStringLiteral("3"),
                                  QStringLiteral("--width"), QStringLiteral("16"), QStringLiteral("--batch"),
                                  QStringLiteral("8")};
        const Outcome defaults = runApp(base);
        const Outcome changed = runApp(base + QStringList{QStringLiteral("--set"), QStringLiteral("slope=0")});
        QCOMPARE(defaults.exitCode, 0);
        QCOMPARE(changed.exitCode, 0);
        QVERIFY(defaults.out != changed.out);
        // With slope 0 a Leaky ReLU is a ReLU: units die.
        QVERIFY(!changed.out.split('\n').at(1).endsWith(",0"));
    }

    void batchCsvToFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("batch.csv"));
        const Outcome outcome = runApp({QStringLiteral("--export-batch"), path, QStringLiteral("--mu"),
                                        QStringLiteral("0"), QStringLiteral("--sigma"), QStringLiteral("1")});
        QCOMPARE(outcome.exitCode, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + FamilyCatalog::ids().size());
        QVERIFY(lines[0].startsWith("family,mu,sigma,dead_fraction,mean_slope,"));
        // ReLU at mu = 0: half the units dead (exactly), mean slope 1/2 (to rounding).
        QVERIFY2(lines[1].startsWith("relu,0,1,0.5,"), lines[1].constData());
        const QList<QByteArray> fields = lines[1].split(',');
        QCOMPARE(fields.size(), 8);
        QVERIFY(qAbs(fields[4].toDouble() - 0.5) < 1e-14);
        QVERIFY(qAbs(fields[5].toDouble() - 0.5) < 1e-14);
    }

    void unwritableFileLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/depth.csv"));
        const Outcome outcome = runApp({QStringLiteral("--export-depth"), path, QStringLiteral("--depth"), QStringLiteral("2")});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSurvivalCommandLine)
#include "tst_survivalcommandline.moc"
