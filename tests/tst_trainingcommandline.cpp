// --export-training end to end: the options it shares with --export-depth, its own, the CSV it
// writes, and values refused with one line, exit code 2 and no file.
#include "commandline.h"
#include "training/trainer.h"

#include <QBuffer>
#include <QFile>
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

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestTrainingCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("RELULAB_APP").isEmpty()); }

    void parsesEveryOption()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(QStringList{QStringLiteral("lab")}
                                   + words("--export-training out.csv --family leaky-relu --set slope=0.2 --dataset spiral "
                                           "--samples 600 --noise 0.2 --width 12 --depth 3 --optimizer adam --lr 0.01 "
                                           "--batch 32 --init xavier --bias-init -0.5 --steps 250 --seed 99")),
                 CommandLine::Outcome::Run);
        const LabRequest &r = commandLine.request();
        QVERIFY(r.isHeadless());
        QCOMPARE(r.exportTraining, QStringLiteral("out.csv"));
        QCOMPARE(r.family, QStringLiteral("leaky-relu"));
        QCOMPARE(r.training.dataSet, DataSetKind::Spiral);
        QCOMPARE(r.training.samples, 600);
        QCOMPARE(r.training.noise, 0.2);
        QCOMPARE(r.training.width, 12);
        QCOMPARE(r.training.depth, 3);
        QCOMPARE(r.training.optimizer, OptimizerKind::Adam);
        QCOMPARE(r.training.learningRate, 0.01);
        QCOMPARE(r.training.batch, 32);
        QCOMPARE(r.training.init, TrainingInit::Xavier);
        QCOMPARE(r.training.biasInit, -0.5);
        QCOMPARE(r.trainingSteps, 250);
        QCOMPARE(r.training.seed, Q_UINT64_C(99));
        // The depth lab's own settings are untouched by the shared names.
        QCOMPARE(r.depth.width, DepthSettings().width);
    }

    void writesTheRunAsCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.csv"));
        const Outcome outcome = runApp(words("--family relu --depth 3 --width 6 --lr 0.2 --steps 40 --seed 5 --export-training")
                                       << path);
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.err.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        // The same run as the engine's, byte for byte.
        TrainingSettings settings;
        settings.depth = 3;
        settings.width = 6;
        settings.learningRate = 0.2;
        settings.seed = 5;
        Trainer trainer(settings);
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(writeTrainingCsv(&trainer, 40, &expected));
        QCOMPARE(csv, expected.data());
        QVERIFY(csv.startsWith("step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1,dead_layer2,"
                               "dead_layer3,grad_norm_layer1,grad_norm_layer2,grad_norm_layer3\n"));
        QCOMPARE(csv.count('\n'), 41);
    }

    void writesToStandardOutput()
    {
        const Outcome outcome = runApp(words("--export-training - --steps 3 --family gelu"));
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.out.count('\n'), 4);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<QString>("range");
        QTest::newRow("width 65") << "--width 65" << "--width: '65'" << "from 1 to 64";
        QTest::newRow("depth 7") << "--depth 7" << "--depth: '7'" << "from 1 to 6";
        QTest::newRow("samples 5") << "--samples 5" << "--samples: '5'" << "from 20 to 5000";
        QTest::newRow("batch 0") << "--batch 0" << "--batch: '0'" << "from 1 to 300";
        QTest::newRow("batch over the train share") << "--samples 40 --batch 31" << "--batch: '31'" << "from 1 to 30";
        QTest::newRow("lr 0") << "--lr 0" << "--lr: '0'" << "from 1e-05 to 10";
        QTest::newRow("lr text") << "--lr fast" << "--lr: 'fast'" << "from 1e-05 to 10";
        QTest::newRow("noise") << "--noise 2" << "--noise: '2'" << "from 0 to 1";
        QTest::newRow("bias") << "--bias-init -9" << "--bias-init: '-9'" << "from -5 to 5";
        QTest::newRow("steps") << "--steps 0" << "--steps: '0'" << "from 1 to 100000";
        QTest::newRow("dataset") << "--dataset swirl" << "--dataset: unknown data set 'swirl'" << "moons, circles, spiral, xor";
        QTest::newRow("optimizer") << "--optimizer rmsprop" << "--optimizer: unknown optimizer 'rmsprop'" << "sgd, momentum, adam";
        QTest::newRow("init custom") << "--init custom" << "--init: unknown initialization 'custom'" << "he, xavier, lecun";
        QTest::newRow("seed") << "--seed -1" << "--seed: '-1'" << "0 to 18446744073709551615";
        QTest::newRow("family parameter") << "--family leaky-relu --set slope=2" << "slope" << "0 to 0.5";
        QTest::newRow("with depth export") << "--export-depth x.csv" << "--export-depth" << "one export per run";
    }

    void refusesBadValues()
    {
        QFETCH(QString, options);
        QFETCH(QString, mention);
        QFETCH(QString, range);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refused.csv"));
        const Outcome outcome = runApp(options.split(QLatin1Char(' ')) << QStringLiteral("--export-training") << path);
        QCOMPARE(outcome.exitCode, 2);
        const QString message = QString::fromUtf8(outcome.err).trimmed();
        QCOMPARE(message.count(QLatin1Char('\n')), 0);
        QVERIFY2(message.contains(mention) && message.contains(range), qPrintable(message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(outcome.out.isEmpty());
    }

    void trainingOptionsNeedTheExport_data()
    {
        QTest::addColumn<QString>("options");
        QTest::newRow("dataset") << "--dataset moons";
        QTest::newRow("lr") << "--lr 0.1";
        QTest::newRow("steps") << "--steps 10";
        QTest::newRow("bias-init") << "--bias-init -1";
    }

    void trainingOptionsNeedTheExport()
    {
        QFETCH(QString, options);
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(QStringList{QStringLiteral("lab")} + options.split(QLatin1Char(' '))),
                 CommandLine::Outcome::Error);
        QVERIFY2(commandLine.errorText().contains(QStringLiteral("--export-training")), qPrintable(commandLine.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestTrainingCommandLine)
#include "tst_trainingcommandline.moc"
