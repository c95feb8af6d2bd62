// The command line: parsing and applying requests directly, and the real binary through QProcess.

#include "activation.h"
#include "commandline.h"
#include "curvesampling.h"
#include "family.h"
#include "labmodel.h"
#include "teaching.h"
#include "valueparsing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace relulab;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> outLines() const
    {
        QList<QByteArray> lines = out.split('\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        return lines;
    }
};

quint64 bitsOf(double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

double readBack(const QByteArray &text)
{
    bool ok = false;
    const double value = QString::fromLatin1(text).toDouble(&ok);
    return ok ? value : std::nan("");
}

// How many doubles lie between a and b (same sign assumed; 0 when equal).
quint64 ulpsBetween(double a, double b)
{
    const quint64 x = bitsOf(std::fabs(a));
    const quint64 y = bitsOf(std::fabs(b));
    return x > y ? x - y : y - x;
}

// A line on stderr is one line: exactly one newline, at the end.
bool isOneLine(const QByteArray &text)
{
    return text.count('\n') == 1 && text.endsWith('\n') && text.size() > 1;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // CommandLine::parse and applyRequest, in process.
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void applyRefuses_data();
    void applyRefuses();
    void applySetsTheLab();
    void applyToEveryFamily();
    void unknownLanguageFallsBackToEnglish();
    void evenlySpacedEndsAreExact_data();
    void evenlySpacedEndsAreExact();
    void plainNumbers_data();
    void plainNumbers();
    void ranges_data();
    void ranges();
    void roundTripText_data();
    void roundTripText();

    // The real binary.
    void geluExampleIsExact();
    void exportMatchesTheModel_data();
    void exportMatchesTheModel();
    void defaultRange();
    void rangeAndSamples_data();
    void rangeAndSamples();
    void allFamilies();
    void exportToFile();
    void badInputExitsWithOneLine_data();
    void badInputExitsWithOneLine();
    void unwritablePathLeavesNoFile();
    void directoryIsRefused();
    void pipeStaysAPipe();
    void failedExportKeepsExistingFile_data();
    void failedExportKeepsExistingFile();
    void unknownLanguageWarnsAndExports();
    void versionAndHelp_data();
    void versionAndHelp();
    void headlessWithoutDisplay();
    void windowWithoutDisplaySaysSo_data();
    void windowWithoutDisplaySaysSo();
    void unreachableDisplaySaysSo_data();
    void unreachableDisplaySaysSo();
    void screenshotToUnwritablePathFails();
    void screenshotWithUnknownLanguage();
    void messagesSpeakTheUsersLanguage_data();
    void messagesSpeakTheUsersLanguage();
    void helpSpeaksTheUsersLanguage();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    QString m_app;
};

void TestCommandLine::initTestCase()
{
    m_app = qEnvironmentVariable("RELULAB_APP");
    QVERIFY2(!m_app.isEmpty(), "RELULAB_APP must name the built relu-family-lab (ctest sets it)");
    QVERIFY2(QFileInfo(m_app).isExecutable(), qPrintable(m_app));
}

Run TestCommandLine::run(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(m_app, arguments);
    Run result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// --- parse -------------------------------------------------------------------------------------

void TestCommandLine::parseAccepts_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QStringList>("assignments");
    QTest::addColumn<double>("rangeMinimum");
    QTest::addColumn<double>("rangeMaximum");
    QTest::addColumn<int>("samples");
    QTest::addColumn<QList<double>>("at");
    QTest::addColumn<bool>("headless");

    const QList<double> none;
    QTest::newRow("nothing") << QStringList{} << "" << QStringList{} << -4.0 << 4.0 << 801 << none << false;
    QTest::newRow("family all for CSV") << QStringList{"--family", "all", "--export-csv", "-"} << "all"
                                        << QStringList{} << -4.0 << 4.0 << 801 << none << true;
    QTest::newRow("sets in order") << QStringList{"--family", "elu", "--set", "alpha=2", "--set", "alpha=0.5"}
                                   << "elu" << QStringList{"alpha=2", "alpha=0.5"} << -4.0 << 4.0 << 801 << none
                                   << false;
    QTest::newRow("negative range") << QStringList{"--export-csv", "-", "--range", "-2.5:-1e-3", "--samples", "11"}
                                    << "" << QStringList{} << -2.5 << -1e-3 << 11 << none << true;
    QTest::newRow("fewest samples") << QStringList{"--export-csv", "-", "--samples", "2"} << "" << QStringList{}
                                    << -4.0 << 4.0 << 2 << none << true;
    QTest::newRow("most samples") << QStringList{"--export-csv", "-", "--samples", "1000000"} << "" << QStringList{}
                                  << -4.0 << 4.0 << 1000000 << none << true;
    QTest::newRow("points") << QStringList{"--export-csv", "-", "--at", "-20,-8,0,1"} << "" << QStringList{} << -4.0
                            << 4.0 << 801 << QList<double>{-20.0, -8.0, 0.0, 1.0} << true;
    QTest::newRow("one point with =") << QStringList{"--export-csv=out.csv", "--at=1e-3"} << "" << QStringList{}
                                      << -4.0 << 4.0 << 801 << QList<double>{1e-3} << true;
}

void TestCommandLine::parseAccepts()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, family);
    QFETCH(QStringList, assignments);
    QFETCH(double, rangeMinimum);
    QFETCH(double, rangeMaximum);
    QFETCH(int, samples);
    QFETCH(QList<double>, at);
    QFETCH(bool, headless);

    CommandLine commandLine;
    arguments.prepend(QStringLiteral("relu-family-lab"));
    QCOMPARE(commandLine.parse(arguments), CommandLine::Outcome::Run);
    const LabRequest &request = commandLine.request();
    QCOMPARE(request.family, family);
    QCOMPARE(request.assignments, assignments);
    QCOMPARE(request.rangeMinimum, rangeMinimum);
    QCOMPARE(request.rangeMaximum, rangeMaximum);
    QCOMPARE(request.samples, samples);
    QCOMPARE(request.at, at);
    QCOMPARE(request.isHeadless(), headless);
}

void TestCommandLine::parseRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");   // the option (or argument) at fault
    QTest::addColumn<QString>("valid");   // part of what the message says is valid

    QTest::newRow("unknown family") << QStringList{"--family", "softsign"} << "--family" << "leaky-relu";
    QTest::newRow("family all without CSV") << QStringList{"--family", "all"} << "--family" << "relu";
    QTest::newRow("family twice") << QStringList{"--family", "relu", "--family", "elu"} << "--family" << "valid: once";
    QTest::newRow("probe text") << QStringList{"--probe", "left"} << "--probe" << "-1000 to 1000";
    QTest::newRow("probe NaN") << QStringList{"--probe", "nan"} << "--probe" << "-1000 to 1000";
    QTest::newRow("probe inf") << QStringList{"--probe", "inf"} << "--probe" << "-1000 to 1000";
    QTest::newRow("probe -inf") << QStringList{"--probe", "-inf"} << "--probe" << "-1000 to 1000";
    QTest::newRow("probe overflow") << QStringList{"--probe", "1e400"} << "--probe" << "-1000 to 1000";
    QTest::newRow("probe group separator") << QStringList{"--probe", "1,000"} << "--probe" << "-1000 to 1000";
    QTest::newRow("probe missing value") << QStringList{"--probe"} << "--probe" << "--help";
    QTest::newRow("unknown scenario") << QStringList{"--scenario", "zombie"} << "--scenario" << "dead-unit";
    QTest::newRow("empty CSV name") << QStringList{"--export-csv", ""} << "--export-csv" << "standard output";
    QTest::newRow("samples 0") << QStringList{"--export-csv", "-", "--samples", "0"} << "--samples" << "2 to 1000000";
    QTest::newRow("samples 1") << QStringList{"--export-csv", "-", "--samples", "1"} << "--samples" << "2 to 1000000";
    QTest::newRow("samples 1000001") << QStringList{"--export-csv", "-", "--samples", "1000001"} << "--samples"
                                     << "2 to 1000000";
    QTest::newRow("samples fraction") << QStringList{"--export-csv", "-", "--samples", "10.5"} << "--samples"
                                      << "whole number";
    QTest::newRow("samples negative") << QStringList{"--export-csv", "-", "--samples", "-5"} << "--samples"
                                      << "2 to 1000000";
    QTest::newRow("range reversed") << QStringList{"--export-csv", "-", "--range", "4:-4"} << "--range" << "a < b";
    QTest::newRow("range empty") << QStringList{"--export-csv", "-", "--range", "1:1"} << "--range" << "a < b";
    QTest::newRow("range one number") << QStringList{"--export-csv", "-", "--range", "4"} << "--range" << "a:b";
    QTest::newRow("range infinite") << QStringList{"--export-csv", "-", "--range", "-inf:4"} << "--range" << "a:b";
    QTest::newRow("range junk") << QStringList{"--export-csv", "-", "--range", "-4:4x"} << "--range" << "a:b";
    QTest::newRow("at junk") << QStringList{"--export-csv", "-", "--at", "1,two,3"} << "--at" << "separated by commas";
    QTest::newRow("at empty item") << QStringList{"--export-csv", "-", "--at", "1,,3"} << "--at" << "separated by commas";
    QTest::newRow("at empty") << QStringList{"--export-csv", "-", "--at", ""} << "--at" << "separated by commas";
    QTest::newRow("at NaN") << QStringList{"--export-csv", "-", "--at", "0,nan"} << "--at" << "finite numbers";
    QTest::newRow("at with range") << QStringList{"--export-csv", "-", "--at", "1", "--range", "0:1"} << "--at"
                                   << "valid: exact points or a range";
    QTest::newRow("at with samples") << QStringList{"--export-csv", "-", "--samples", "9", "--at", "1"} << "--at"
                                     << "--samples";
    QTest::newRow("size too small") << QStringList{"--screenshot", "a.png", "--size", "10x10"} << "--size" << "WxH";
    QTest::newRow("size junk") << QStringList{"--screenshot", "a.png", "--size", "big"} << "--size" << "WxH";
    QTest::newRow("screenshot and CSV") << QStringList{"--screenshot", "a.png", "--export-csv", "-"}
                                        << "--screenshot" << "one of them";
    QTest::newRow("unknown option") << QStringList{"--colour", "red"} << "--colour" << "--export-csv";
    QTest::newRow("unknown short option") << QStringList{"-z"} << "-z" << "--family";
    QTest::newRow("stray argument") << QStringList{"gelu"} << "gelu" << "--help";
}

void TestCommandLine::parseRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    QFETCH(QString, valid);

    CommandLine commandLine;
    arguments.prepend(QStringLiteral("relu-family-lab"));
    QCOMPARE(commandLine.parse(arguments), CommandLine::Outcome::Error);
    const QString message = commandLine.errorText();
    QVERIFY2(message.contains(names), qPrintable(message));
    QVERIFY2(message.contains(valid), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
}

// --- applyRequest ------------------------------------------------------------------------------

void TestCommandLine::applyRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");
    QTest::addColumn<QString>("valid");

    QTest::newRow("ReLU has no slope") << QStringList{"--set", "slope=0.1"} << "--set" << "none";
    QTest::newRow("unknown parameter") << QStringList{"--family", "elu", "--set", "beta=2"} << "--set" << "alpha";
    QTest::newRow("slope out of range") << QStringList{"--family", "leaky-relu", "--set", "slope=0.9"} << "--set"
                                        << "0 to 0.5";
    QTest::newRow("alpha not a number") << QStringList{"--family", "elu", "--set", "alpha=big"} << "--set" << "big";
    QTest::newRow("alpha NaN") << QStringList{"--family", "elu", "--set", "alpha=nan"} << "--set" << "nan";
    QTest::newRow("beta infinite") << QStringList{"--family", "softplus", "--set", "beta=inf"} << "--set" << "inf";
    QTest::newRow("unknown choice") << QStringList{"--family", "gelu", "--set", "approximate=erf"} << "--set"
                                    << "none or tanh";
    QTest::newRow("not an assignment") << QStringList{"--family", "elu", "--set", "alpha"} << "--set"
                                       << "NAME=VALUE";
    QTest::newRow("probe too far right") << QStringList{"--probe", "1000.5"} << "--probe" << "1000";
    QTest::newRow("probe too far left") << QStringList{"--probe", "-2e3"} << "--probe" << "-1000";
    QTest::newRow("all: nobody has it") << QStringList{"--family", "all", "--export-csv", "-", "--set", "gamma=1"}
                                        << "--set" << "slope, alpha, approximate, beta";
    QTest::newRow("all: out of range") << QStringList{"--family", "all", "--export-csv", "-", "--set", "slope=2"}
                                       << "--set" << "0 to 0.5";
}

void TestCommandLine::applyRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    QFETCH(QString, valid);

    CommandLine commandLine;
    arguments.prepend(QStringLiteral("relu-family-lab"));
    QCOMPARE(commandLine.parse(arguments), CommandLine::Outcome::Run);
    LabModel model;
    Teaching teaching;
    QString error;
    QString warning;
    QVERIFY(!applyRequest(commandLine.request(), &model, &teaching, &error, &warning));
    QVERIFY2(error.startsWith(names), qPrintable(error));
    QVERIFY2(error.contains(valid), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY(warning.isEmpty());
}

void TestCommandLine::applySetsTheLab()
{
    CommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("relu-family-lab"), QStringLiteral("--scenario"),
                                QStringLiteral("leaky-rescue"), QStringLiteral("--set"), QStringLiteral("slope=0.2"),
                                QStringLiteral("--probe"), QStringLiteral("-2")}),
             CommandLine::Outcome::Run);
    LabModel model;
    Teaching teaching;
    QString error;
    QString warning;
    QVERIFY2(applyRequest(commandLine.request(), &model, &teaching, &error, &warning), qPrintable(error));
    // The scenario first, then what the teacher asked for on top of it.
    QCOMPARE(model.family(), QStringLiteral("leaky-relu"));
    QCOMPARE(model.parameter(QStringLiteral("leaky-relu"), QStringLiteral("slope")), 0.2);
    QCOMPARE(model.probe(), -2.0);
    QCOMPARE(model.output(), -0.4);
    QVERIFY(warning.isEmpty());
}

void TestCommandLine::applyToEveryFamily()
{
    CommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("relu-family-lab"), QStringLiteral("--family"), QStringLiteral("all"),
                                QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--set"),
                                QStringLiteral("slope=0.2"), QStringLiteral("--set"), QStringLiteral("alpha=2"),
                                QStringLiteral("--set"), QStringLiteral("approximate=tanh")}),
             CommandLine::Outcome::Run);
    LabModel model;
    Teaching teaching;
    QString error;
    QVERIFY2(applyRequest(commandLine.request(), &model, &teaching, &error, nullptr), qPrintable(error));
    QCOMPARE(model.parameter(QStringLiteral("leaky-relu"), QStringLiteral("slope")), 0.2);
    QCOMPARE(model.parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 2.0);
    QCOMPARE(model.parameter(QStringLiteral("gelu"), QStringLiteral("approximate")), 1.0);
    QCOMPARE(model.parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 1.0);
    QCOMPARE(model.family(), QStringLiteral("relu"));
}

void TestCommandLine::unknownLanguageFallsBackToEnglish()
{
    Teaching teaching;
    // The window may have started in the system's language; pick any other one shipped.
    for (const QString &language : Teaching::availableLanguages()) {
        if (language != QLatin1String(Teaching::kFallbackLanguage)) {
            QVERIFY(teaching.setLanguage(language));
            break;
        }
    }
    CommandLine commandLine;
    QCOMPARE(commandLine.parse({QStringLiteral("relu-family-lab"), QStringLiteral("--lang"), QStringLiteral("xx")}),
             CommandLine::Outcome::Run);
    LabModel model;
    QString error;
    QString warning;
    QVERIFY2(applyRequest(commandLine.request(), &model, &teaching, &error, &warning), qPrintable(error));
    QCOMPARE(teaching.language(), QString::fromLatin1(Teaching::kFallbackLanguage));
    QVERIFY2(warning.contains(QLatin1String("xx")), qPrintable(warning));
    QVERIFY2(warning.contains(QLatin1String("English")), qPrintable(warning));
}

void TestCommandLine::evenlySpacedEndsAreExact_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<int>("n");

    QTest::newRow("default") << -4.0 << 4.0 << 801;
    QTest::newRow("tenths, 7 points") << 0.1 << 0.7 << 7; // (0.7 * 6) / 6 is not 0.7
    QTest::newRow("awkward ends") << -0.3 << 2.2 << 1000;
    QTest::newRow("two points") << -1e-9 << 3.0 << 2;
    QTest::newRow("huge ends") << -1e308 << 1.7e308 << 5;
    QTest::newRow("tiny range") << 1.0 << 1.0000000000000004 << 3;
}

void TestCommandLine::evenlySpacedEndsAreExact()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(int, n);

    const QList<double> xs = evenlySpaced(a, b, n);
    QCOMPARE(xs.size(), n);
    QCOMPARE(bitsOf(xs.constFirst()), bitsOf(a));
    QCOMPARE(bitsOf(xs.constLast()), bitsOf(b));
    for (int i = 1; i < n; ++i) {
        QVERIFY(std::isfinite(xs[i]));
        QVERIFY2(xs[i] >= xs[i - 1], qPrintable(QString::number(i)));
    }
    if (a == -b && n % 2 == 1)
        QCOMPARE(bitsOf(xs[n / 2]), bitsOf(0.0));
}

void TestCommandLine::plainNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("value");

    QTest::newRow("decimal") << "1.5" << true << 1.5;
    QTest::newRow("exponent") << "-2e-3" << true << -2e-3;
    QTest::newRow("spaces around") << " 3 " << true << 3.0;
    QTest::newRow("plus sign") << "+1" << true << 1.0;
    QTest::newRow("leading point") << ".5" << true << 0.5;
    QTest::newRow("minus zero") << "-0" << true << -0.0;
    QTest::newRow("subnormal") << "5e-324" << true << 5e-324;
    QTest::newRow("empty") << "" << false << 0.0;
    QTest::newRow("blank") << "  " << false << 0.0;
    QTest::newRow("group separator") << "1,000" << false << 0.0;
    QTest::newRow("decimal comma") << "1,5" << false << 0.0;
    QTest::newRow("nan") << "nan" << false << 0.0;
    QTest::newRow("inf") << "inf" << false << 0.0;
    QTest::newRow("-inf") << "-inf" << false << 0.0;
    QTest::newRow("overflow") << "1e400" << false << 0.0;
    QTest::newRow("hex") << "0x10" << false << 0.0;
    QTest::newRow("trailing junk") << "1.5x" << false << 0.0;
    QTest::newRow("two signs") << "--1" << false << 0.0;
    QTest::newRow("two points") << "1.2.3" << false << 0.0;
}

void TestCommandLine::plainNumbers()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(double, value);

    double parsed = 42.0;
    QCOMPARE(parsePlainNumber(text, &parsed), accepted);
    if (accepted)
        QCOMPARE(bitsOf(parsed), bitsOf(value));
    else
        QCOMPARE(parsed, 42.0); // a refusal leaves the output alone
}

void TestCommandLine::ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");

    QTest::newRow("default") << "-4:4" << true << -4.0 << 4.0;
    QTest::newRow("both negative") << "-1e-3:-1e-4" << true << -1e-3 << -1e-4;
    QTest::newRow("spaces") << " -1 : 2 " << true << -1.0 << 2.0;
    QTest::newRow("reversed") << "4:-4" << false << 0.0 << 0.0;
    QTest::newRow("empty") << "2:2" << false << 0.0 << 0.0;
    QTest::newRow("no start") << ":4" << false << 0.0 << 0.0;
    QTest::newRow("no end") << "-4:" << false << 0.0 << 0.0;
    QTest::newRow("three parts") << "1:2:3" << false << 0.0 << 0.0;
    QTest::newRow("words") << "a:b" << false << 0.0 << 0.0;
    QTest::newRow("infinite end") << "0:inf" << false << 0.0 << 0.0;
    QTest::newRow("comma") << "-4,4" << false << 0.0 << 0.0;
}

void TestCommandLine::ranges()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(double, minimum);
    QFETCH(double, maximum);

    double a = 7.0;
    double b = 8.0;
    QCOMPARE(parseRange(text, &a, &b), accepted);
    QCOMPARE(a, accepted ? minimum : 7.0);
    QCOMPARE(b, accepted ? maximum : 8.0);
}

void TestCommandLine::roundTripText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("minus zero") << -0.0 << "-0";
    QTest::newRow("one tenth") << 0.1 << "0.1";
    QTest::newRow("1.1") << 1.1 << "1.1";
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("two thirds") << 2.0 / 3.0 << "0.6666666666666666";
    QTest::newRow("smallest subnormal") << std::numeric_limits<double>::denorm_min() << "5e-324";
    QTest::newRow("largest") << std::numeric_limits<double>::max() << "1.7976931348623157e+308";
    QTest::newRow("GELU(-20)") << -5.507248237212468e-88 << "-5.507248237212468e-88";
}

void TestCommandLine::roundTripText()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(formatRoundTrip(value), text);
    QCOMPARE(bitsOf(text.toDouble()), bitsOf(value));
}

// --- the binary --------------------------------------------------------------------------------

void TestCommandLine::geluExampleIsExact()
{
    const Run result = run({QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--family"),
                            QStringLiteral("gelu"), QStringLiteral("--at"), QStringLiteral("-20,-8,0,1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    const QList<QByteArray> lines = result.outLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QByteArray("family,x,output,slope"));
    const double xs[] = {-20.0, -8.0, 0.0, 1.0};
    // x Phi(x) and Phi(x) + x phi(x) correctly rounded from 50-digit values (mpmath).
    const double referenceValues[] = {-5.507248237212468e-88, -4.976768459417427e-15, 0.0, 0.8413447460685429};
    const double referenceSlopes[] = {-1.1014360483133464e-86, -3.979607261086796e-14, 0.5, 1.0833154705876864};
    for (int i = 0; i < 4; ++i) {
        const QList<QByteArray> fields = lines.at(i + 1).split(',');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(fields.at(0), QByteArray("gelu"));
        const activation::Sample expected = activation::gelu(xs[i]);
        QCOMPARE(bitsOf(readBack(fields.at(1))), bitsOf(xs[i]));
        QVERIFY2(bitsOf(readBack(fields.at(2))) == bitsOf(expected.value), lines.at(i + 1).constData());
        QVERIFY2(bitsOf(readBack(fields.at(3))) == bitsOf(expected.slope), lines.at(i + 1).constData());
        // "A few units in the last place" (README), tails included.
        QVERIFY2(ulpsBetween(readBack(fields.at(2)), referenceValues[i]) <= 2, lines.at(i + 1).constData());
        QVERIFY2(ulpsBetween(readBack(fields.at(3)), referenceSlopes[i]) <= 2, lines.at(i + 1).constData());
    }
    // GELU(-20) is about -5.5e-88: a tail that must not be printed as 0.
    QVERIFY(lines.at(1).startsWith("gelu,-20,-5.50724823721246"));
}

void TestCommandLine::exportMatchesTheModel_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("at");

    QTest::newRow("relu around the hinge") << QStringList{"--family", "relu"} << "relu" << "-1e-300,-0,0,5e-324,3";
    QTest::newRow("leaky slope 0.2") << QStringList{"--family", "leaky-relu", "--set", "slope=0.2"} << "leaky-relu"
                                     << "-1000,-1.5,0,2";
    QTest::newRow("elu alpha 0.5 tail") << QStringList{"--family", "elu", "--set", "alpha=0.5"} << "elu"
                                        << "-1e-10,-2.5,-745,-1e300";
    QTest::newRow("gelu tanh") << QStringList{"--family", "gelu", "--set", "approximate=tanh"} << "gelu"
                               << "-29.9,-3,-0.75,0.5,29.9";
    QTest::newRow("softplus beta 20") << QStringList{"--family", "softplus", "--set", "beta=20"} << "softplus"
                                      << "-50,-0.01,0,0.01,1e300";
    QTest::newRow("scenario gelu-dip") << QStringList{"--scenario", "gelu-dip"} << "gelu" << "-0.75,-1.5";
}

void TestCommandLine::exportMatchesTheModel()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, family);
    QFETCH(QString, at);

    const Run result = run(QStringList{QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--at"), at}
                           + setup);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.err, QByteArray());

    // The same request applied in process: the CSV is exactly what the lab shows.
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList{QStringLiteral("relu-family-lab")} + setup), CommandLine::Outcome::Run);
    LabModel model;
    Teaching teaching;
    QString error;
    QVERIFY2(applyRequest(commandLine.request(), &model, &teaching, &error, nullptr), qPrintable(error));
    QList<double> xs;
    QVERIFY(parseNumberList(at, &xs));

    const QList<QByteArray> lines = result.outLines();
    QCOMPARE(lines.size(), xs.size() + 1);
    for (int i = 0; i < xs.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i + 1).split(',');
        QCOMPARE(fields.size(), 4);
        QCOMPARE(QString::fromLatin1(fields.at(0)), family);
        const Reading reading = model.readingAt(family, xs[i]);
        QCOMPARE(bitsOf(readBack(fields.at(1))), bitsOf(xs[i]));
        QVERIFY2(bitsOf(readBack(fields.at(2))) == bitsOf(reading.output), lines.at(i + 1).constData());
        QVERIFY2(bitsOf(readBack(fields.at(3))) == bitsOf(reading.slope), lines.at(i + 1).constData());
    }
}

void TestCommandLine::defaultRange()
{
    const Run result = run({QStringLiteral("--export-csv"), QStringLiteral("-")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.outLines();
    QCOMPARE(lines.size(), 1 + 801);
    QCOMPARE(lines.at(1), QByteArray("relu,-4,0,0"));
    QCOMPARE(lines.at(401), QByteArray("relu,0,0,0"));
    QCOMPARE(lines.at(801), QByteArray("relu,4,4,1"));
}

void TestCommandLine::rangeAndSamples_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("samples");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("last");

    QTest::newRow("-2.5:3, 12 points") << "-2.5:3" << 12 << -2.5 << 3.0;
    QTest::newRow("tenths, 7 points") << "0.1:0.7" << 7 << 0.1 << 0.7;
    QTest::newRow("two points") << "-1e-3:1e-3" << 2 << -1e-3 << 1e-3;
    QTest::newRow("wide, many points") << "-1000:1000" << 20001 << -1000.0 << 1000.0;
    QTest::newRow("the most points") << "-4:4" << 1000000 << -4.0 << 4.0;
}

void TestCommandLine::rangeAndSamples()
{
    QFETCH(QString, range);
    QFETCH(int, samples);
    QFETCH(double, first);
    QFETCH(double, last);

    const Run result = run({QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--family"),
                            QStringLiteral("elu"), QStringLiteral("--range"), range, QStringLiteral("--samples"),
                            QString::number(samples)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QList<QByteArray> lines = result.outLines();
    QCOMPARE(lines.size(), samples + 1);
    QCOMPARE(bitsOf(readBack(lines.at(1).split(',').at(1))), bitsOf(first));
    QCOMPARE(bitsOf(readBack(lines.constLast().split(',').at(1))), bitsOf(last));
    double previous = -std::numeric_limits<double>::infinity();
    for (int i = 1; i < lines.size(); ++i) {
        const double x = readBack(lines.at(i).split(',').at(1));
        QVERIFY(x > previous);
        previous = x;
    }
}

void TestCommandLine::allFamilies()
{
    const Run result = run({QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--family"),
                            QStringLiteral("all"), QStringLiteral("--samples"), QStringLiteral("5")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.outLines();
    const QStringList ids = FamilyCatalog::ids();
    QCOMPARE(ids.size(), 12); // the seed families, the smooth descendants, the capped and the classics
    QCOMPARE(lines.size(), 1 + 5 * ids.size());
    // Catalog order, each family as one block of the same points.
    for (int f = 0; f < ids.size(); ++f) {
        for (int i = 0; i < 5; ++i) {
            const QList<QByteArray> fields = lines.at(1 + f * 5 + i).split(',');
            QCOMPARE(QString::fromLatin1(fields.at(0)), ids.at(f));
            QCOMPARE(readBack(fields.at(1)), -4.0 + 2.0 * i);
        }
    }
    const Run defaults = run({QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--family"),
                              QStringLiteral("all")});
    QCOMPARE(defaults.exitCode, 0);
    QCOMPARE(defaults.outLines().size(), 1 + 801 * ids.size());
}

void TestCommandLine::exportToFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    const Run result = run({QStringLiteral("--export-csv"), path, QStringLiteral("--family"), QStringLiteral("leaky-relu"),
                            QStringLiteral("--at"), QStringLiteral("-1,1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, QByteArray());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("family,x,output,slope\nleaky-relu,-1,-0.01,0.01\nleaky-relu,1,1,1\n"));
    // Nothing but the file itself: no temporary left next to it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("curves.csv")});
}

void TestCommandLine::badInputExitsWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names");

    QTest::newRow("bad family") << QStringList{"--family", "softsign"} << "--family";
    QTest::newRow("bad --set name") << QStringList{"--family", "elu", "--set", "beta=1"} << "--set";
    QTest::newRow("bad --set value") << QStringList{"--family", "elu", "--set", "alpha=9"} << "--set";
    QTest::newRow("bad --set text") << QStringList{"--family", "softplus", "--set", "beta=sharp"} << "--set";
    QTest::newRow("NaN probe") << QStringList{"--probe", "nan"} << "--probe";
    QTest::newRow("infinite probe") << QStringList{"--probe", "inf"} << "--probe";
    QTest::newRow("probe out of range") << QStringList{"--probe", "1001"} << "--probe";
    QTest::newRow("samples 0") << QStringList{"--samples", "0"} << "--samples";
    QTest::newRow("samples 1000001") << QStringList{"--samples", "1000001"} << "--samples";
    QTest::newRow("range 4:-4") << QStringList{"--range", "4:-4"} << "--range";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "--frobnicate";
    QTest::newRow("at with junk") << QStringList{"--at", "1,2,x"} << "--at";
    QTest::newRow("unknown scenario") << QStringList{"--scenario", "nope"} << "--scenario";
}

void TestCommandLine::badInputExitsWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const Run result = run(QStringList{QStringLiteral("--export-csv"), path} + arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.startsWith("relu-family-lab: "), result.err.constData());
    QVERIFY2(QString::fromLocal8Bit(result.err).contains(names), result.err.constData());
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty());

    // The same mistake with standard output: no half CSV either.
    const Run toStdout = run(QStringList{QStringLiteral("--export-csv"), QStringLiteral("-")} + arguments);
    QCOMPARE(toStdout.exitCode, 2);
    QCOMPARE(toStdout.out, QByteArray());
    QVERIFY(isOneLine(toStdout.err));
}

void TestCommandLine::unwritablePathLeavesNoFile()
{
    const QString path = QStringLiteral("/nonexistent-dir/x.csv");
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent-dir")));
    const Run result = run({QStringLiteral("--export-csv"), path, QStringLiteral("--family"), QStringLiteral("gelu")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.contains("--export-csv") && result.err.contains(path.toLocal8Bit()), result.err.constData());
    QVERIFY(!QFileInfo::exists(path));
}

void TestCommandLine::directoryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run result = run({QStringLiteral("--export-csv"), dir.path()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY(result.err.contains("directory"));
    QVERIFY(QFileInfo(dir.path()).isDir());
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCommandLine::pipeStaysAPipe()
{
    // A named pipe (like /dev/null or /dev/stdout) is written into, not replaced by a file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // A reader that does not block, so the writer can open the pipe and nothing waits forever.
    const int reader = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const Run result = run({QStringLiteral("--export-csv"), path, QStringLiteral("--at"), QStringLiteral("2")});
    QByteArray received(4096, '\0');
    const ssize_t size = ::read(reader, received.data(), received.size());
    ::close(reader);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo(path).isFile());
    QVERIFY(size > 0);
    received.truncate(size);
    QCOMPARE(received, QByteArray("family,x,output,slope\nrelu,2,2,1\n"));
}

void TestCommandLine::failedExportKeepsExistingFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("bad value") << QStringList{"--family", "elu", "--set", "alpha=-1"} << 2;
    QTest::newRow("bad range") << QStringList{"--range", "1:0"} << 2;
    QTest::newRow("unknown option") << QStringList{"--no-such-thing"} << 2;
}

void TestCommandLine::failedExportKeepsExistingFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lesson.csv"));
    const QByteArray before = "family,x,output,slope\nrelu,1,1,1\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(before), before.size());
    }
    const Run result = run(QStringList{QStringLiteral("--export-csv"), path} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("lesson.csv")});
}

void TestCommandLine::unknownLanguageWarnsAndExports()
{
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--export-csv"),
                            QStringLiteral("-"), QStringLiteral("--at"), QStringLiteral("1.1")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY(result.err.contains("warning"));
    QVERIFY(result.err.contains("'xx'"));
    QVERIFY(result.err.contains("English"));
    QCOMPARE(result.out, QByteArray("family,x,output,slope\nrelu,1.1,1.1,1\n"));
}

void TestCommandLine::versionAndHelp_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("expected"); // a piece of standard output

    QTest::newRow("--version") << "--version" << QByteArray("relu-family-lab " RELULAB_VERSION "\n");
    QTest::newRow("--help") << "--help" << QByteArray("--export-csv <file>");
    QTest::newRow("-h") << "-h" << QByteArray("--family <id>");
    QTest::newRow("--help-all") << "--help-all" << QByteArray("--samples <n>");
}

void TestCommandLine::versionAndHelp()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, expected);

    const Run result = run({option});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QVERIFY2(result.out.contains(expected), result.out.constData());
}

void TestCommandLine::headlessWithoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run result = run({QStringLiteral("--export-csv"), QStringLiteral("-"), QStringLiteral("--family"),
                            QStringLiteral("softplus"), QStringLiteral("--at"), QStringLiteral("0")},
                           environment);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.err, QByteArray());
    const activation::Sample expected = activation::softplus(0.0, 1.0);
    const QList<QByteArray> lines = result.outLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QByteArray("softplus,0," + formatRoundTrip(expected.value).toLatin1() + ",0.5"));
}

void TestCommandLine::windowWithoutDisplaySaysSo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("en") << QStringLiteral("en") << QByteArray("no display: the lab's window needs a desktop session");
    QTest::newRow("de") << QStringLiteral("de") << QByteArray("keine Anzeige: Das Fenster des Labors braucht");
    QTest::newRow("es") << QStringLiteral("es") << QByteArray("no hay pantalla: la ventana del laboratorio necesita");
    QTest::newRow("fr") << QStringLiteral("fr") << QByteArray("pas d’affichage");
}

// What the README's run command meets on a machine without a desktop: one clear line, not Qt's
// abort about platform plugins.
void TestCommandLine::windowWithoutDisplaySaysSo()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const Run result = run({QStringLiteral("--lang"), language, QStringLiteral("--family"), QStringLiteral("elu")},
                           environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QVERIFY2(result.err.contains("--export-cheatsheet"), result.err.constData());
    QCOMPARE(result.out, QByteArray());
}

void TestCommandLine::unreachableDisplaySaysSo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");
    // A display nobody serves (a session that has ended, a remote login without forwarding).
    const QString display = QStringLiteral(":4242");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("DISPLAY") << display
                        << QByteArray("cannot open the window: the display (DISPLAY=:4242) cannot be reached");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("DISPLAY") << display
                        << QByteArray("keine Verbindung zur Anzeige (DISPLAY=:4242)");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("DISPLAY") << display
                        << QByteArray("la pantalla (DISPLAY=:4242) no responde");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("DISPLAY") << display
                        << QByteArray("l’affichage (DISPLAY=:4242) est injoignable");
    QTest::newRow("unknown platform") << QStringLiteral("en") << QStringLiteral("QT_QPA_PLATFORM")
                                      << QStringLiteral("no-such-platform")
                                      << QByteArray("the display (QT_QPA_PLATFORM=no-such-platform) cannot be reached");
}

// Qt aborts with a page about platform plugins when the display cannot be opened; the lab says
// why in one line and exits as it does without any display.
void TestCommandLine::unreachableDisplaySaysSo()
{
    QFETCH(QString, language);
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    environment.insert(variable, value);
    const Run result = run({QStringLiteral("--lang"), language}, environment);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY2(result.err.startsWith("relu-family-lab: "), result.err.constData());
    QVERIFY2(result.err.contains(expected), result.err.constData());
    QVERIFY2(result.err.contains("--export-cheatsheet"), result.err.constData());
}

void TestCommandLine::screenshotToUnwritablePathFails()
{
    const QString path = QStringLiteral("/nonexistent-dir/shot.png");
    const Run result = run({QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("640x480")});
    QCOMPARE(result.exitCode, 2); // like an unwritable CSV path
    QVERIFY2(isOneLine(result.err), result.err.constData());
    QVERIFY(result.err.contains("--screenshot"));
    QVERIFY(!QFileInfo::exists(path));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Run intoDirectory = run({QStringLiteral("--screenshot"), dir.path()});
    QCOMPARE(intoDirectory.exitCode, 2);
    QVERIFY(isOneLine(intoDirectory.err));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestCommandLine::screenshotWithUnknownLanguage()
{
    // The window mode warns the same way and still does its job.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.png"));
    const Run result = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--screenshot"), path,
                            QStringLiteral("--size"), QStringLiteral("800x600")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("relu-family-lab: warning: --lang: no translation for 'xx', using English"));
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY(QFileInfo(path).size() > 0);
}

// --- messages in the user's language ------------------------------------------------------------

namespace {

// The lab's own translation of `source`, as the binary should print it.
QString translated(const QString &language, const char *context, const char *source)
{
    QTranslator translator;
    if (!translator.load(QLocale(language), QStringLiteral("relu-family-lab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QString();
    return translator.translate(context, source);
}

QProcessEnvironment environmentIn(const QString &lang)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LANG"), lang);
    return environment;
}

} // namespace

void TestCommandLine::messagesSpeakTheUsersLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("systemLanguage"); // LANG of the run
    QTest::addColumn<QString>("language");       // the language the message must be in
    QTest::addColumn<QByteArray>("source");      // the English text, with %1 for `argument`
    QTest::addColumn<QString>("argument");

    QTest::newRow("--lang de, a bad number")
        << QStringList{"--lang", "de", "--probe", "left"} << "C.UTF-8" << "de"
        << QByteArray("--probe: '%1' is not a number; valid: a number from -1000 to 1000") << "left";
    QTest::newRow("--lang=fr, an unknown family")
        << QStringList{"--lang=fr", "--family", "softsign"} << "C.UTF-8" << "fr"
        << QByteArray("--family: unknown family '%1'; valid: %2, all") << "softsign";
    QTest::newRow("Spanish system, too few samples")
        << QStringList{"--export-csv", "-", "--samples", "1"} << "es_ES.UTF-8" << "es"
        << QByteArray("--samples: '%1' is not valid; valid: a whole number from 2 to %2") << "1";
    QTest::newRow("German system, --lang wins")
        << QStringList{"--lang", "fr", "--range", "4:-4", "--export-csv", "-"} << "de_DE.UTF-8" << "fr"
        << QByteArray("--range: '%1' is not valid; valid: a:b with numbers a < b, e.g. -4:4") << "4:-4";
    QTest::newRow("German system, before the window")
        << QStringList{"--screenshot", "/nonexistent-dir/shot.png"} << "de_DE.UTF-8" << "de"
        << QByteArray("--screenshot: cannot write '%1': the folder '%2' does not exist or is not writable")
        << "/nonexistent-dir/shot.png";
}

void TestCommandLine::messagesSpeakTheUsersLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, systemLanguage);
    QFETCH(QString, language);
    QFETCH(QByteArray, source);
    QFETCH(QString, argument);

    const QString text = translated(language, "CommandLine", source.constData());
    QVERIFY2(!text.isEmpty() && text != QString::fromUtf8(source), "the message has a translation");
    const Run result = run(arguments, environmentIn(systemLanguage));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(isOneLine(result.err), result.err.constData());
    const QString printed = QString::fromUtf8(result.err);
    // The translated sentence with its pieces filled in: everything up to the second placeholder.
    const QString expectedStart = QStringLiteral("relu-family-lab: ") % text.section(QStringLiteral("%2"), 0, 0).arg(argument);
    QVERIFY2(printed.startsWith(expectedStart), qPrintable(printed % QStringLiteral(" / expected: ") % expectedStart));

    // The same mistake in English when the system speaks English (unless --lang asks otherwise).
    const bool asksForLanguage = std::any_of(arguments.cbegin(), arguments.cend(),
                                             [](const QString &a) { return a.startsWith(QStringLiteral("--lang")); });
    if (!asksForLanguage) {
        const Run english = run(arguments, environmentIn(QStringLiteral("C.UTF-8")));
        QVERIFY2(english.err.contains(source.left(source.indexOf("%1"))), english.err.constData());
    }
}

void TestCommandLine::helpSpeaksTheUsersLanguage()
{
    const char *description = "ReLU Family Lab: see what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative "
                              "evidence and what gradient survives the trip back.";
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}) {
        const QString text = translated(language, "CommandLine", description);
        QVERIFY(!text.isEmpty());
        const Run result = run({QStringLiteral("--lang"), language, QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QString::fromUtf8(result.out).contains(text), result.out.constData());
        QVERIFY(result.out.contains("--export-csv"));
        QVERIFY(!result.out.contains(description));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
