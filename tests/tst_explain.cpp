// --explain and --explain=json: the real binary prints what the window shows at the probe, with
// no display, and refuses what it cannot do with the usual exit codes and one-line errors.

#include "labmodel.h"
#include "probetexts.h"
#include "teaching.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace relulab;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: --explain must not need one.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("RELULAB_APP"), arguments);
    Run result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestExplain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonMatchesTheLab_data();
    void jsonMatchesTheLab();
    void scenario();
    void readableTextInEveryLanguage_data();
    void readableTextInEveryLanguage();
    void refusals_data();
    void refusals();
};

void TestExplain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("RELULAB_APP"), "RELULAB_APP must name the built relu-family-lab (ctest sets it)");
}

void TestExplain::jsonMatchesTheLab_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("regime");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("key");

    QTest::newRow("GELU -3.5") << "gelu" << "" << -3.5 << "en" << "soft-floor" << "fading" << "health"
                               << "health.fading.explanation@negative";
    QTest::newRow("Softplus beta 8 at 0.25") << "softplus" << "beta=8" << 0.25 << "de" << "active" << "healthy"
                                             << "currentRead" << "regimes.active.explanation@hingePartly";
    QTest::newRow("Leaky a = 0") << "leaky-relu" << "slope=0" << -1.0 << "es" << "dead" << "dead" << "useCase"
                                 << "families.leaky-relu.tagline@flat";
    QTest::newRow("GELU -1.5") << "gelu" << "" << -1.5 << "fr" << "negative-dip" << "reversed" << "tryNext"
                               << "families.gelu.regimes.negative-dip.tryNext@reversed";
    QTest::newRow("ELU 0, alpha 0.3") << "elu" << "alpha=0.3" << 0.0 << "en" << "hinge" << "fading" << "health"
                                      << "health.fading.explanation";
    QTest::newRow("ELU 0, alpha 3") << "elu" << "alpha=3" << 0.0 << "en" << "hinge" << "amplifying"
                                    << "mlTranslation" << "families.elu.regimes.hinge.mlTranslation@steep";
    QTest::newRow("ReLU -0.001") << "relu" << "" << -0.001 << "de" << "dead" << "dead" << "currentRead.title"
                                 << "regimes.dead.name";
}

void TestExplain::jsonMatchesTheLab()
{
    QFETCH(QString, family);
    QFETCH(QString, assignment);
    QFETCH(double, x);
    QFETCH(QString, language);
    QFETCH(QString, regime);
    QFETCH(QString, health);
    QFETCH(QString, card);
    QFETCH(QString, key);

    QStringList arguments{QStringLiteral("--explain=json"), QStringLiteral("--family"), family,
                          QStringLiteral("--probe"), QString::number(x, 'g', 17), QStringLiteral("--lang"), language};
    if (!assignment.isEmpty())
        arguments << QStringLiteral("--set") << assignment;
    const Run run = runApp(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    // The same reading and the same texts as the lab's model gives.
    LabModel model;
    QVERIFY(model.setFamily(family));
    if (!assignment.isEmpty())
        QVERIFY(model.setParameterFromText(assignment));
    QVERIFY(model.setProbe(x));
    const Reading reading = model.reading();
    QCOMPARE(json.value(QLatin1String("family")).toString(), family);
    QCOMPARE(json.value(QLatin1String("x")).toDouble(), reading.x);
    QCOMPARE(json.value(QLatin1String("output")).toDouble(), reading.output);
    QCOMPARE(json.value(QLatin1String("slope")).toDouble(), reading.slope);
    QCOMPARE(json.value(QLatin1String("onKink")).toBool(), reading.onKink);
    QCOMPARE(json.value(QLatin1String("regime")).toString(), regime);
    QCOMPARE(json.value(QLatin1String("health")).toString(), health);
    QCOMPARE(json.value(QLatin1String("zone")).toString(), ProbeFacts::of(model).zone());
    QCOMPARE(json.value(QLatin1String("keys")).toObject().value(card).toString(), key);

    Teaching teaching;
    QVERIFY(teaching.setLanguage(language));
    const QJsonObject texts = json.value(QLatin1String("texts")).toObject();
    const QList<ShownText> shown = ProbeTexts::texts(teaching, ProbeFacts::of(model));
    QCOMPARE(texts.size(), shown.size());
    for (const ShownText &text : shown)
        QCOMPARE(texts.value(text.card).toString(), text.text);
    QCOMPARE(texts.value(card).toString(), teaching.text(key));
}

void TestExplain::scenario()
{
    const Run run = runApp({QStringLiteral("--explain=json"), QStringLiteral("--scenario"), QStringLiteral("softplus-sharpening")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(QLatin1String("family")).toString(), QStringLiteral("softplus"));
    QCOMPARE(json.value(QLatin1String("parameters")).toObject().value(QLatin1String("beta")).toDouble(), 8.0);
    QCOMPARE(json.value(QLatin1String("x")).toDouble(), 0.25);
    QCOMPARE(json.value(QLatin1String("zone")).toString(), QStringLiteral("hinge"));
}

void TestExplain::readableTextInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("number"); // -1.5 in the language's format, with a true minus sign
    QTest::newRow("en") << "en" << QStringLiteral("x = \u22121.5");
    QTest::newRow("de") << "de" << QStringLiteral("x = \u22121,5");
    QTest::newRow("es") << "es" << QStringLiteral("x = \u22121,5");
    QTest::newRow("fr") << "fr" << QStringLiteral("x = \u22121,5");
}

void TestExplain::readableTextInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, number);
    const Run run = runApp({QStringLiteral("--explain"), QStringLiteral("--family"), QStringLiteral("relu"),
                            QStringLiteral("--probe"), QStringLiteral("-1.5"), QStringLiteral("--lang"), language});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(number), qPrintable(out));
    Teaching teaching;
    QVERIFY(teaching.setLanguage(language));
    for (const char *key : {"regimes.dead.name", "regimes.dead.explanation", "families.relu.regimes.dead.diagnosis",
                            "families.relu.regimes.dead.tryNext", "health.dead.name", "families.relu.watchOut"})
        QVERIFY2(out.contains(teaching.text(QLatin1String(key))), key);
}

void TestExplain::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("start");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--explain=xml")} << "--explain: unknown format 'xml'";
    QTest::newRow("with an export") << QStringList{QStringLiteral("--explain"), QStringLiteral("--export-csv"), QStringLiteral("-")}
                                    << "--explain cannot be combined";
    QTest::newRow("with a screenshot") << QStringList{QStringLiteral("--explain=json"), QStringLiteral("--screenshot"), QStringLiteral("a.png")}
                                       << "--explain cannot be combined";
    QTest::newRow("unknown family") << QStringList{QStringLiteral("--explain"), QStringLiteral("--family"), QStringLiteral("nope")}
                                    << "--family: unknown family 'nope'";
    QTest::newRow("probe out of range") << QStringList{QStringLiteral("--explain"), QStringLiteral("--probe"), QStringLiteral("5000")}
                                        << "--probe";
    QTest::newRow("unknown parameter") << QStringList{QStringLiteral("--explain"), QStringLiteral("--family"), QStringLiteral("elu"),
                                                      QStringLiteral("--set"), QStringLiteral("beta=2")}
                                       << "--set";
}

void TestExplain::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, start);
    const Run run = runApp(arguments << QStringLiteral("--lang") << QStringLiteral("en"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QList<QByteArray> lines = run.err.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    // One line, as the other headless options write it: "relu-family-lab: what is wrong; valid: ...".
    QVERIFY2(QString::fromUtf8(lines.constFirst()).startsWith(QLatin1String("relu-family-lab: ") + start), run.err.constData());
}

QTEST_GUILESS_MAIN(TestExplain)
#include "tst_explain.moc"
