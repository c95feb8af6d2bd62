// Adding a family is one catalog entry plus its teaching text: a family that exists only in this
// test is registered at run time, and the cheat sheet, the board and the CSV export show it
// with its formula and facts, without a line of view code knowing it.

#include "cheatsheet/cheatsheetexport.h"
#include "commandline.h"
#include "curvesampling.h"
#include "family.h"
#include "headless.h"
#include "support/labwindow.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace relulab;

namespace {

const QString kId = QStringLiteral("test-ramp");
constexpr quint32 kColor = 0x9A1B5C; // a colour no shipped family or zone uses

// g·max(0, x): ReLU with a gain, enough to have a parameter, a kink and facts of its own.
FamilySpec testRamp()
{
    FamilySpec ramp;
    ramp.id = kId;
    ramp.displayName = QStringLiteral("Test Ramp");
    ramp.parameters = {{QStringLiteral("gain"), "Gain", QStringLiteral("g"), 2.0, 0.5, 4.0, 0.5, 2, {}}};
    ramp.pytorch = QStringLiteral("torch.nn.TestRamp(gain=2.0)");
    ramp.keras = QStringLiteral("keras.layers.TestRamp(gain=2.0)");
    ramp.color = kColor;
    ramp.evaluate = [](double x, const ParameterValues &v) {
        return x > 0.0 ? activation::Sample{v[0] * x, v[0]} : activation::Sample{0.0, 0.0};
    };
    ramp.evaluateMany = [](const double *x, qsizetype n, const ParameterValues &v, double *value, double *slope) {
        for (qsizetype i = 0; i < n; ++i) {
            value[i] = x[i] > 0.0 ? v[0] * x[i] : 0.0;
            slope[i] = x[i] > 0.0 ? v[0] : 0.0;
        }
    };
    ramp.isKink = [](double x, const ParameterValues &) { return x == 0.0; };
    ramp.regime = [](double x, const ParameterValues &, const activation::Sample &) {
        return x > 0.0 ? Regime::Active : x == 0.0 ? Regime::Hinge : Regime::Dead;
    };
    ramp.describe = [](const FamilySpec &, const ParameterValues &v, FamilyFacts *facts) {
        facts->formula.value = {QStringLiteral("f(%x) = %{gain}·max(0, %x)")};
        facts->formula.slope = {QStringLiteral("f′(%x) = \\c{%{gain}}{%x > 0}{0}{%x ≤ 0}")};
        facts->outputRange = {"[0, ∞)", {}};
        facts->negativeSlope = {"%1: the test ramp passes nothing left of 0", {{0.0}}};
        facts->kerasNote = "a test family: no framework ships it";
        Q_UNUSED(v);
    };
    return ramp;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestTestFamily : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogRefusesASecondEntry();
    void factsAndFormulaComeFromTheEntry();
    void cheatSheetPrintsItsFacts();
    void boardDrawsItInItsColour();
    void csvExportHasItsRows();
};

void TestTestFamily::initTestCase()
{
    // Before any model exists: a model knows the families of the catalog it was built with.
    QVERIFY(FamilyCatalog::add(testRamp()));
    QCOMPARE(FamilyCatalog::ids().constLast(), kId);
}

void TestTestFamily::catalogRefusesASecondEntry()
{
    QVERIFY(!FamilyCatalog::add(testRamp()));
    FamilySpec incomplete = testRamp();
    incomplete.id = QStringLiteral("test-incomplete");
    incomplete.describe = nullptr;
    QVERIFY(!FamilyCatalog::add(incomplete));
}

void TestTestFamily::factsAndFormulaComeFromTheEntry()
{
    const FamilySpec &spec = *FamilyCatalog::find(kId);
    const FamilyFacts facts = familyFacts(spec, {3.0});
    QVERIFY(facts.kinkAtZero);
    QCOMPARE(facts.slopeLeftOfZero, 0.0);
    QCOMPARE(facts.slopeRightOfZero, 3.0);
    QCOMPARE(facts.farLeftSlope, 0.0);
    QCOMPARE(writeFormula(facts.formula.value.constFirst(), spec), QStringLiteral("f(x) = g·max(0, x)"));
    // At a point, with the current value: what a board formula at the probe would print.
    QCOMPARE(writeFormula(facts.formula.value.constFirst(), spec, QStringLiteral("−1.5"), {QStringLiteral("3")}),
             QStringLiteral("f(−1.5) = 3·max(0, −1.5)"));
}

void TestTestFamily::cheatSheetPrintsItsFacts()
{
    testsupport::LabWindow lab;
    QVERIFY(lab.model.setFamily(kId));
    QVERIFY(lab.model.setParameter(kId, QStringLiteral("gain"), 2.5));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    QVERIFY2(exportCheatSheetPdf(lab.model, lab.teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error),
             qPrintable(error));
    const QString text = pdfText(path);
    for (const QString &expected :
         {QStringLiteral("Test Ramp"), QStringLiteral("g = 2.5"), QStringLiteral("torch.nn.TestRamp(gain=2.0)"),
          QStringLiteral("the test ramp passes nothing left of 0"), QStringLiteral("a test family: no framework ships it"),
          // The generic kink convention, with the family's own one-sided slopes.
          QStringLiteral("0 by PyTorch's convention (slope 0 just left of 0, 2.5 just right)"),
          QStringLiteral("Zero on the left, a line of slope g on the right")}) {
        QVERIFY2(text.simplified().contains(expected), qPrintable(expected));
    }
    QVERIFY(text.contains(QStringLiteral("max(0,")));
}

void TestTestFamily::boardDrawsItInItsColour()
{
    testsupport::LabWindow lab;
    QVERIFY(lab.model.setFamily(kId));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("board.png"));
    QString error;
    QVERIFY2(lab.window.saveScreenshot(path, QSize(1366, 768), false, &error), qPrintable(error));
    const QImage shot(path);
    QCOMPARE(shot.size(), QSize(1366, 768));
    int inColour = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x)
            inColour += (shot.pixel(x, y) & 0xFFFFFF) == kColor;
    }
    // Two curves of several hundred pixels each, plus the legend and the chooser's swatch.
    QVERIFY2(inColour > 500, qPrintable(QString::number(inColour)));
}

void TestTestFamily::csvExportHasItsRows()
{
    CommandLine commandLine;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    QCOMPARE(commandLine.parse({QStringLiteral("relu-family-lab"), QStringLiteral("--family"), kId, QStringLiteral("--set"),
                                QStringLiteral("gain=1.5"), QStringLiteral("--at"), QStringLiteral("-1,0,2"),
                                QStringLiteral("--export-csv"), path}),
             CommandLine::Outcome::Run);
    LabModel model;
    Teaching teaching;
    QString error;
    QString warning;
    QVERIFY2(applyRequest(commandLine.request(), &model, &teaching, &error, &warning), qPrintable(error));
    QCOMPARE(runHeadlessExports(commandLine.request(), model, &error), int(ExitSuccess));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("family,x,output,slope\ntest-ramp,-1,0,0\ntest-ramp,0,0,0\ntest-ramp,2,3,1.5\n"));
}

QTEST_MAIN(TestTestFamily)
#include "tst_testfamily.moc"
