// Every family at the probe: the table beside the board in the real window, its numbers against
// the command line's --export-csv (the same model, the other way out), its verdicts against the
// readouts', a row click, and the language's number format.
#include "curvesampling.h"
#include "family.h"
#include "labmodel.h"
#include "labpage/familytable.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "languageswitcher.h"
#include "predictionstate.h"
#include "widgets/numberformat.h"
#include "widgets/revealeffect.h"
#include "window/mainwindow.h"
#include "support/labwindow.h"
#include "support/runprogram.h"

#include <QAction>
#include <QBuffer>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <tuple>

using namespace relulab;

namespace {

struct CsvReading
{
    double output = 0.0;
    double slope = 0.0;
};

// "family,x,output,slope" rows by family id.
QHash<QString, CsvReading> parseCsv(const QString &csv)
{
    QHash<QString, CsvReading> rows;
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].trimmed().split(QLatin1Char(','));
        if (cells.size() == 4)
            rows.insert(cells[0], {cells[2].toDouble(), cells[3].toDouble()});
    }
    return rows;
}

} // namespace

class FamilyTableTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsFollowTheCatalog();
    void valuesMatchTheCsvOfTheModel_data();
    void valuesMatchTheCsvOfTheModel();
    void valuesMatchTheCommandLine();
    void verdictsAreTheReadoutsWords();
    void followsTheProbeWithoutChangingWidth();
    void rowClickSelectsTheFamily();
    void germanNumbersHaveADecimalComma();
    void hiddenWithTheReadouts();

private:
    void showTable();
    // The table against writeCurvesCsv for the model's current state at the probe.
    void compareWithCsv(const QHash<QString, CsvReading> &csv);

    std::unique_ptr<testsupport::LabWindow> m_lab;
    LabModel *m_model = nullptr;
    LanguageSwitcher *m_languages = nullptr;
    MainWindow *m_window = nullptr;
    FamilyTable *m_table = nullptr;
};

void FamilyTableTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_familytable"));
}

void FamilyTableTest::init()
{
    QSettings().clear();
    m_lab = std::make_unique<testsupport::LabWindow>();
    std::tie(m_model, std::ignore, m_languages, std::ignore, m_window) = m_lab->parts();
    m_table = m_window->familyTable();
}

void FamilyTableTest::cleanup()
{
    m_lab.reset();
}

void FamilyTableTest::showTable()
{
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(!m_table->isVisible()); // on demand: the board keeps its room on a laptop
    m_window->findChild<QAction *>(QStringLiteral("familyTable"))->trigger();
    QVERIFY(m_table->isVisible());
}

void FamilyTableTest::compareWithCsv(const QHash<QString, CsvReading> &csv)
{
    const QLocale locale = m_table->locale();
    QCOMPARE(csv.size(), FamilyCatalog::all().size());
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        const int row = m_table->rowOf(spec.id);
        QVERIFY2(row >= 0, qPrintable(spec.id));
        QVERIFY2(csv.contains(spec.id), qPrintable(spec.id));
        QCOMPARE(m_table->cellText(row, FamilyTable::OutputColumn), formatReading(csv[spec.id].output, locale));
        QCOMPARE(m_table->cellText(row, FamilyTable::SlopeColumn), formatReading(csv[spec.id].slope, locale));
    }
}

void FamilyTableTest::rowsFollowTheCatalog()
{
    showTable();
    const QList<FamilySpec> &catalog = FamilyCatalog::all();
    QCOMPARE(m_table->model()->rowCount(), catalog.size());
    for (int row = 0; row < catalog.size(); ++row) {
        QCOMPARE(m_table->model()->index(row, 0).data(FamilyTable::kFamilyIdRole).toString(), catalog[row].id);
        QCOMPARE(m_table->cellText(row, FamilyTable::FamilyColumn), catalog[row].displayName);
    }
    // Beside the board, whole: every column readable without scrolling sideways.
    int columns = 0;
    for (int column = 0; column < FamilyTable::ColumnCount; ++column)
        columns += m_table->columnWidth(column);
    QVERIFY(m_table->viewport()->width() >= columns);
}

void FamilyTableTest::valuesMatchTheCsvOfTheModel_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("parameterChange"); // which catalog family gets its first parameter raised, -1: none
    QTest::newRow("far left") << -3.7 << -1;
    QTest::newRow("left") << -1.5 << -1;
    QTest::newRow("zero") << 0.0 << -1;
    QTest::newRow("right") << 2.3 << -1;
    for (int i = 0; i < FamilyCatalog::all().size(); ++i) {
        if (!FamilyCatalog::all()[i].parameters.isEmpty())
            QTest::addRow("parameter of %s", qPrintable(FamilyCatalog::all()[i].id)) << -0.8 << i;
    }
}

void FamilyTableTest::valuesMatchTheCsvOfTheModel()
{
    QFETCH(double, x);
    QFETCH(int, parameterChange);
    showTable();
    if (parameterChange >= 0) { // another family's parameter: its row must follow too
        const FamilySpec &spec = FamilyCatalog::all()[parameterChange];
        const ParameterSpec &p = spec.parameters.first();
        const double raised = p.isChoice() ? double(p.choices.size() - 1) : std::min(p.maximum, p.defaultValue + 0.5 * (p.maximum - p.defaultValue));
        QVERIFY(m_model->setParameter(spec.id, p.name, raised));
        QCOMPARE(m_model->parameter(spec.id, p.name), raised);
    }
    QVERIFY(m_model->setProbe(x));
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeCurvesCsv(*m_model, FamilyCatalog::ids(), {x}, &buffer));
    compareWithCsv(parseCsv(QString::fromUtf8(csv)));
}

void FamilyTableTest::valuesMatchTheCommandLine()
{
    const QString app = qEnvironmentVariable("RELULAB_APP");
    QVERIFY2(QFileInfo(app).isExecutable(), "RELULAB_APP must name the built application");
    const testsupport::Run run = testsupport::run(app, {QStringLiteral("--export-csv"), QStringLiteral("-"),
                                                        QStringLiteral("--family"), QStringLiteral("all"),
                                                        QStringLiteral("--at"), QStringLiteral("-1.3")});
    QCOMPARE(run.exitCode, 0);
    showTable();
    QVERIFY(m_model->setProbe(-1.3));
    compareWithCsv(parseCsv(run.out));
}

void FamilyTableTest::verdictsAreTheReadoutsWords()
{
    showTable();
    for (double x : {-2.5, -0.4, 0.0, 1.5}) {
        QVERIFY(m_model->setProbe(x));
        for (const QString &id : FamilyCatalog::ids()) {
            QVERIFY(m_model->setFamily(id));
            const QString readout = m_window->readouts()->healthTile()->value();
            QVERIFY(!readout.isEmpty());
            QCOMPARE(m_table->cellText(m_table->rowOf(id), FamilyTable::HealthColumn), readout);
        }
    }
}

void FamilyTableTest::followsTheProbeWithoutChangingWidth()
{
    showTable();
    m_model->setFamily(FamilyCatalog::ids().constLast());
    m_model->setProbe(0.5);
    const int row = m_table->rowOf(m_model->family());
    const QString before = m_table->cellText(row, FamilyTable::OutputColumn);
    const int width = m_table->width();
    QTest::keyClick(m_window, Qt::Key_Left); // the keyboard step, as in class
    QVERIFY(m_model->probe() < 0.5);
    QVERIFY(m_table->cellText(row, FamilyTable::OutputColumn) != before);
    QCOMPARE(m_table->cellText(row, FamilyTable::OutputColumn), formatReading(m_model->output(), m_table->locale()));
    QVERIFY(m_model->setProbe(-999.0));
    QCOMPARE(m_table->width(), width); // the board beside it does not move
}

void FamilyTableTest::rowClickSelectsTheFamily()
{
    showTable();
    const QStringList ids = FamilyCatalog::ids();
    QVERIFY(ids.size() >= 2);
    for (const QString &id : {ids.constLast(), ids.constFirst()}) {
        const int row = m_table->rowOf(id);
        const QRect cell = m_table->visualRect(m_table->model()->index(row, FamilyTable::OutputColumn));
        QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_model->family(), id);
        // Highlighted: the selected row, in bold.
        QVERIFY(m_table->selectionModel()->isRowSelected(row, QModelIndex()));
        QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(m_table->model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
    }
    // A family chosen elsewhere (a key) moves the highlight too.
    QVERIFY(m_model->setFamily(ids.at(1)));
    QVERIFY(m_table->selectionModel()->isRowSelected(1, QModelIndex()));
    QVERIFY(!m_table->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
}

void FamilyTableTest::germanNumbersHaveADecimalComma()
{
    showTable();
    QVERIFY(m_model->setProbe(-1.5));
    const int row = m_table->rowOf(FamilyCatalog::ids().at(2));
    const double expected = m_model->readingAt(FamilyCatalog::ids().at(2), -1.5).output;
    QVERIFY(m_languages->switchTo(QStringLiteral("de")));
    QApplication::processEvents();
    const QString german = m_table->cellText(row, FamilyTable::OutputColumn);
    QCOMPARE(german, formatReading(expected, QLocale(QLocale::German)));
    QVERIFY2(german.contains(QLatin1Char(',')) && !german.contains(QLatin1Char('.')), qPrintable(german));
    QCOMPARE(m_table->model()->headerData(FamilyTable::FamilyColumn, Qt::Horizontal).toString(), QStringLiteral("Familie"));
    QVERIFY(m_languages->switchTo(QStringLiteral("en")));
    QApplication::processEvents();
    QCOMPARE(m_table->cellText(row, FamilyTable::OutputColumn), formatReading(expected, QLocale(QLocale::English)));
}

void FamilyTableTest::hiddenWithTheReadouts()
{
    showTable();
    PredictionState *prediction = m_model->prediction();
    QVERIFY(prediction->setHiddenParts({PredictionState::kDerivative}));
    QVERIFY(!m_table->veil()->isCovering()); // the derivative alone does not tell the table's values
    QVERIFY(prediction->setHiddenParts({PredictionState::kReadouts}));
    QVERIFY(m_table->veil()->isCovering());
    QCOMPARE(m_table->veil()->geometry(), m_table->viewport()->rect());
    QVERIFY(m_model->setProbe(2.0)); // still hidden at the new reading
    QVERIFY(m_table->veil()->isCovering());
    prediction->reveal();
    QVERIFY(m_table->veil()->isLifting());
    QTRY_VERIFY(m_table->veil()->isHidden());
    QCOMPARE(m_table->cellText(m_table->rowOf(m_model->family()), FamilyTable::OutputColumn),
             formatReading(m_model->output(), m_table->locale()));
}

QTEST_MAIN(FamilyTableTest)
#include "tst_familytable.moc"
