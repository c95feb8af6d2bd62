#include "batchstatistics.h"
#include "survival/batchstatisticspanel.h"
#include "survival/depthlabpanel.h"
#include "widgets/labstyle.h"
#include "widgets/familychooser.h"
#include "survival/gradientsurvivalview.h"
#include "labmodel.h"
#include "survivalscenario.h"
#include "teaching.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace relulab;

namespace {

DepthSettings smallNetwork()
{
    DepthSettings settings;
    settings.width = 32;
    settings.depth = 6;
    settings.batch = 16;
    return settings;
}

int rowOf(const QString &family)
{
    return FamilyCatalog::ids().indexOf(family);
}

} // namespace

class TestGradientSurvivalView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void teachingTextIsComplete()
    {
        Teaching teaching;
        QStringList keys = {
            QStringLiteral("survival.title"), QStringLiteral("survival.intro"),
            QStringLiteral("survival.batch.title"), QStringLiteral("survival.batch.intro"),
            QStringLiteral("survival.batch.watch"), QStringLiteral("survival.batch.meanSquaredSlope"),
            QStringLiteral("survival.depth.title"), QStringLiteral("survival.depth.intro"),
            QStringLiteral("survival.depth.watch"), QStringLiteral("survival.depth.heXavier"),
            QStringLiteral("survival.depth.initSame"), QStringLiteral("survival.depth.stale"),
            QStringLiteral("survival.depth.running"), QStringLiteral("survival.depth.cancelled"),
            QStringLiteral("survival.depth.charts.gradient"), QStringLiteral("survival.depth.charts.activation"),
            QStringLiteral("survival.depth.charts.dead"),
        };
        for (const char *column : {"dead", "meanSlope", "meanSquaredSlope", "meanOutput", "outputVariance"})
            keys.append(QStringLiteral("survival.batch.columns.") + QLatin1String(column));
        for (const QString &init : weightInitIds())
            keys.append(QStringLiteral("survival.init.") + init);
        for (GradientTrend trend : {GradientTrend::Steady, GradientTrend::Vanishing, GradientTrend::Exploding}) {
            const QString key = QStringLiteral("survival.depth.verdict.") + gradientTrendId(trend);
            keys.append(key);
            // Each verdict takes the number of layers and the factor.
            QVERIFY2(teaching.text(key).contains(QLatin1String("%1")) && teaching.text(key).contains(QLatin1String("%2")),
                     qPrintable(key));
        }
        for (const SurvivalScenario &scenario : survivalScenarios()) {
            keys.append(QStringLiteral("survival.scenarios.") + scenario.id + QStringLiteral(".title"));
            keys.append(QStringLiteral("survival.scenarios.") + scenario.id + QStringLiteral(".note"));
        }
        for (const QString &key : keys)
            QVERIFY2(!teaching.text(key).isEmpty(), qPrintable(key));
    }

    void scenariosAreValid()
    {
        for (const SurvivalScenario &scenario : survivalScenarios()) {
            QVERIFY(FamilyCatalog::find(scenario.family));
            QVERIFY(BatchDistribution::validate(scenario.mu, scenario.sigma));
            QCOMPARE(findSurvivalScenario(scenario.id), &scenario);
        }
        QVERIFY(!findSurvivalScenario(QStringLiteral("nope")));
    }

    void batchTableFollowsModelAndDistribution()
    {
        LabModel model;
        Teaching teaching;
        BatchStatisticsPanel panel(&model, &teaching);
        // Through table() every time: the panel is hidden, and table() brings it up to date.
        const auto item = [&panel](const QString &family, int column) {
            return panel.table()->item(rowOf(family), column);
        };
        QCOMPARE(panel.table()->rowCount(), FamilyCatalog::all().size());
        QCOMPARE(item(QStringLiteral("relu"), 1)->text(), QStringLiteral("50.0 %"));
        QCOMPARE(item(QStringLiteral("relu"), 2)->text(), QStringLiteral("0.5000"));
        QVERIFY(item(QStringLiteral("relu"), 0)->font().bold());

        QSignalSpy changed(&panel, &BatchStatisticsPanel::distributionChanged);
        QVERIFY(panel.setDistribution(-1.0, 1.0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(item(QStringLiteral("relu"), 1)->text(), QStringLiteral("84.1 %"));
        QCOMPARE(item(QStringLiteral("leaky-relu"), 1)->text(), QStringLiteral("0 %"));

        // Out of range: refused, nothing changes.
        QVERIFY(!panel.setDistribution(0.0, 0.0));
        QVERIFY(!panel.setDistribution(20.0, 1.0));
        QCOMPARE(panel.mu(), -1.0);
        QCOMPARE(panel.sigma(), 1.0);
        QCOMPARE(changed.size(), 1);

        // The slider drives the distribution.
        QSlider *muSlider = panel.findChildren<QSlider *>().constFirst();
        muSlider->setValue(150);
        QCOMPARE(panel.mu(), 1.5);

        // The model's family is highlighted; its parameters feed the numbers.
        model.setFamily(QStringLiteral("leaky-relu"));
        QVERIFY(item(QStringLiteral("leaky-relu"), 0)->font().bold());
        QVERIFY(!item(QStringLiteral("relu"), 0)->font().bold());
        panel.setDistribution(0.0, 1.0);
        QCOMPARE(item(QStringLiteral("leaky-relu"), 2)->text(), QStringLiteral("0.5050"));
        model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.0);
        QCOMPARE(item(QStringLiteral("leaky-relu"), 1)->text(), QStringLiteral("50.0 %"));

        // Clicking a row selects that family in the lab.
        const QRect cell = panel.table()->visualItemRect(item(QStringLiteral("elu"), 0));
        panel.show();
        QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(model.family(), QStringLiteral("elu"));
    }

    void depthRunArrivesBySignalAndGoesOutdated()
    {
        LabModel model;
        Teaching teaching;
        DepthLabPanel panel(&model, &teaching);
        panel.setSettings(smallNetwork());
        QSignalSpy finished(&panel, &DepthLabPanel::runFinished);
        panel.run();
        QVERIFY(panel.isRunning());
        panel.waitForRun();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!panel.isRunning());
        QCOMPARE(panel.results().size(), 1);
        QCOMPARE(panel.results().constFirst().layers.size(), 6);
        QCOMPARE(panel.results().constFirst().settings.family, QStringLiteral("relu"));
        QVERIFY(!panel.isRunOutdated());
        QCOMPARE(panel.findChild<QProgressBar *>()->value(), 100);

        model.setFamily(QStringLiteral("gelu"));
        QVERIFY(panel.isRunOutdated());
        model.setFamily(QStringLiteral("relu"));
        QVERIFY(!panel.isRunOutdated());
        DepthSettings deeper = smallNetwork();
        deeper.depth = 7;
        panel.setSettings(deeper);
        QVERIFY(panel.isRunOutdated());
        panel.setSettings(smallNetwork());
        model.setParameter(QStringLiteral("relu"), QStringLiteral("unknown"), 1.0); // refused: no change
        QVERIFY(!panel.isRunOutdated());
    }

    void depthRunMatchesTheModelRun()
    {
        LabModel model;
        Teaching teaching;
        model.setFamily(QStringLiteral("elu"));
        model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 0.5);
        DepthLabPanel panel(&model, &teaching);
        panel.setSettings(smallNetwork());
        panel.run();
        panel.waitForRun();
        const DepthSettings expected = panel.settings();
        QCOMPARE(expected.parameters, ParameterValues{0.5});
        const DepthResult direct = DepthSimulation::run(expected);
        QCOMPARE(panel.results().constFirst().layers.size(), direct.layers.size());
        for (int i = 0; i < direct.layers.size(); ++i)
            QCOMPARE(panel.results().constFirst().layers[i].gradientNorm, direct.layers[i].gradientNorm);
    }

    void overlayRunsEveryFamily()
    {
        LabModel model;
        Teaching teaching;
        DepthLabPanel panel(&model, &teaching);
        panel.setSettings(smallNetwork());
        panel.setAllFamilies(true);
        panel.run();
        panel.waitForRun();
        QCOMPARE(panel.results().size(), FamilyCatalog::all().size());
        // With all families shown, a family change only moves the highlight.
        model.setFamily(QStringLiteral("softplus"));
        QVERIFY(!panel.isRunOutdated());
        model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 4.0);
        QVERIFY(panel.isRunOutdated());
    }

    void cancelKeepsTheLastResult()
    {
        LabModel model;
        Teaching teaching;
        DepthLabPanel panel(&model, &teaching);
        panel.setSettings(smallNetwork());
        panel.run();
        panel.waitForRun();
        const DepthResult before = panel.results().constFirst();

        DepthSettings big; // the default network: far longer than the time to press Cancel
        big.depth = 200;
        panel.setSettings(big);
        QSignalSpy cancelled(&panel, &DepthLabPanel::runCancelled);
        QSignalSpy finished(&panel, &DepthLabPanel::runFinished);
        panel.run();
        QPushButton *cancelButton = nullptr;
        for (QPushButton *button : panel.findChildren<QPushButton *>()) {
            if (button->isEnabled() && panel.isRunning())
                cancelButton = button; // Run is disabled while running: the enabled one is Cancel
        }
        QVERIFY(cancelButton);
        cancelButton->click();
        panel.waitForRun();
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(panel.results().size(), 1);
        QCOMPARE(panel.results().constFirst().layers.size(), before.layers.size());
        QVERIFY(panel.isRunOutdated());
    }

    void refusedSettingsDisableRun()
    {
        LabModel model;
        Teaching teaching;
        DepthLabPanel panel(&model, &teaching);
        DepthSettings huge;
        huge.width = 4096;
        huge.depth = 10;
        panel.setSettings(huge);
        QPushButton *runButton = panel.findChildren<QPushButton *>().constFirst();
        QVERIFY(!runButton->isEnabled());
        panel.run();
        QVERIFY(!panel.isRunning());
        bool explained = false;
        for (QLabel *label : panel.findChildren<QLabel *>())
            explained = explained || label->text().contains(QLatin1String("weights"));
        QVERIFY(explained);
    }

    void viewShowsAndRunsScenarios()
    {
        LabModel model;
        Teaching teaching;
        GradientSurvivalView view(&model, &teaching);
        QCOMPARE(view.title(), QStringLiteral("Gradient survival"));
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(view.applyScenario(QStringLiteral("negative-shift")));
        QCOMPARE(view.batchPanel()->mu(), -1.0);
        QVERIFY(view.batchPanel()->isVisible());

        QVERIFY(view.applyScenario(QStringLiteral("xavier-fading")));
        QVERIFY(view.depthPanel()->isVisible());
        view.depthPanel()->waitForRun();
        QCOMPARE(view.depthPanel()->settings().init, WeightInit::Xavier);
        const DepthResult &xavier = view.depthPanel()->results().constLast();
        QCOMPARE(xavier.settings.init, WeightInit::Xavier);
        QCOMPARE(classifyGradientTrend(gradientChangeFactor(xavier)), GradientTrend::Vanishing);

        QVERIFY(view.applyScenario(QStringLiteral("gelu-no-dead")));
        QCOMPARE(model.family(), QStringLiteral("gelu"));
        QCOMPARE(view.familyChooser()->comboBox()->currentData().toString(), QStringLiteral("gelu"));
        QVERIFY(!view.applyScenario(QStringLiteral("no-such-scenario")));
    }

    void hiddenBatchPanelCatchesUpWhenShown()
    {
        LabModel model;
        Teaching teaching;
        model.setFamily(QStringLiteral("elu"));
        GradientSurvivalView view(&model, &teaching);
        view.depthPanel()->setSettings(smallNetwork()); // the depth page runs it when first shown
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        BatchStatisticsPanel *panel = view.batchPanel();
        QVERIFY(panel->isVisible());
        // Read straight from the widgets: table() would bring the panel up to date.
        QChart *chart = panel->findChild<QChartView *>()->chart();
        const auto curve = [chart] { return qobject_cast<QLineSeries *>(chart->series().constLast()); };
        const auto leftEnd = [&curve] { return curve()->at(0).y(); }; // the curve starts at x = -4
        QTableWidget *table = panel->findChild<QTableWidget *>();
        const auto bold = [table](const QString &family) { return table->item(rowOf(family), 0)->font().bold(); };
        QCOMPARE(curve()->name(), QStringLiteral("ELU"));
        QCOMPARE(leftEnd(), std::expm1(-4.0));
        const QString eluOutput = table->item(rowOf(QStringLiteral("elu")), 4)->text();

        view.showDepthPage();
        QVERIFY(!panel->isVisible());
        model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.0);
        model.setFamily(QStringLiteral("gelu"));
        // Hidden: neither the chart nor the table was recomputed.
        QCOMPARE(curve()->name(), QStringLiteral("ELU"));
        QCOMPARE(leftEnd(), std::expm1(-4.0));
        QCOMPARE(table->item(rowOf(QStringLiteral("elu")), 4)->text(), eluOutput);
        QVERIFY(bold(QStringLiteral("elu")));

        view.showBatchPage();
        QCOMPARE(curve()->name(), QStringLiteral("GELU"));
        QVERIFY(bold(QStringLiteral("gelu")));
        QVERIFY(!bold(QStringLiteral("elu")));
        QVERIFY(table->item(rowOf(QStringLiteral("elu")), 4)->text() != eluOutput);

        // Asking a hidden panel for its table brings table and chart up to date too.
        view.showDepthPage();
        model.setFamily(QStringLiteral("elu"));
        QVERIFY(!bold(QStringLiteral("elu")));
        QVERIFY(panel->table()->item(rowOf(QStringLiteral("elu")), 0)->font().bold());
        QCOMPARE(curve()->name(), QStringLiteral("ELU"));
        QCOMPARE(leftEnd(), 2.0 * std::expm1(-4.0));
        view.depthPanel()->waitForRun(); // the run the depth page started when first shown
    }

    void hiddenDepthPanelCatchesUpWhenShown()
    {
        LabModel model;
        Teaching teaching;
        GradientSurvivalView view(&model, &teaching);
        DepthLabPanel *panel = view.depthPanel();
        panel->setSettings(smallNetwork());
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showDepthPage(); // runs the network by itself
        panel->waitForRun();
        QCOMPARE(panel->results().size(), 1);
        // The selected family's line is drawn last and thicker.
        QChart *gradientChart = panel->findChild<QChartView *>()->chart();
        const auto lastLineWidth = [gradientChart] {
            return qobject_cast<QLineSeries *>(gradientChart->series().constLast())->pen().widthF();
        };
        const QString staleText = teaching.text(QStringLiteral("survival.depth.stale"));
        const auto saysStale = [panel, &staleText] {
            for (QLabel *label : panel->findChildren<QLabel *>()) {
                if (label->text() == staleText)
                    return true;
            }
            return false;
        };
        QCOMPARE(lastLineWidth(), 2.5);
        QVERIFY(!saysStale());

        view.showBatchPage();
        QVERIFY(!panel->isVisible());
        model.setFamily(QStringLiteral("gelu"));
        QVERIFY(panel->isRunOutdated()); // worked out when asked, hidden or not
        // Hidden: not replotted, the status not rewritten.
        QCOMPARE(lastLineWidth(), 2.5);
        QVERIFY(!saysStale());

        view.showDepthPage();
        QCOMPARE(lastLineWidth(), 1.6); // ReLU's line is no longer the selected one
        QVERIFY(saysStale());
        QVERIFY(!panel->isRunning()); // showing it again does not start another run
    }

    // A gradient that explodes over many decades: both log charts label their decades as 10ⁿ
    // (spanning the lines), and the verdict names the factor in words, never as "1.5E+13".
    void logChartsLabelTheirDecades()
    {
        LabModel model;
        Teaching teaching;
        GradientSurvivalView view(&model, &teaching);
        DepthLabPanel *panel = view.depthPanel();
        DepthSettings exploding = smallNetwork();
        exploding.init = WeightInit::Custom;
        exploding.gain = 4.0;
        exploding.depth = 30;
        panel->setSettings(exploding);
        view.resize(1366, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showDepthPage();
        panel->waitForRun();
        QCoreApplication::processEvents();
        const QList<QChartView *> charts = panel->findChildren<QChartView *>();
        int labelled = 0;
        for (QChartView *chartView : charts) {
            for (QAbstractAxis *axis : chartView->chart()->axes(Qt::Vertical)) {
                auto *decades = qobject_cast<QCategoryAxis *>(axis);
                if (!decades)
                    continue;
                ++labelled;
                const QStringList labels = decades->categoriesLabels();
                QVERIFY2(labels.size() >= 2, qPrintable(labels.join(QLatin1Char(' '))));
                for (const QString &label : labels) {
                    QVERIFY2(label.startsWith(QLatin1String("10")) && label.size() > 2, qPrintable(label));
                    const double at = decades->endValue(label);
                    QVERIFY(at >= decades->min() && at <= decades->max());
                    QVERIFY2(label.mid(2).toStdU16String().find_first_of(u"0123456789eE+-") == std::u16string::npos,
                             qPrintable(label)); // superscript digits only
                }
            }
        }
        QCOMPARE(labelled, 2); // gradient norm and activation std
        bool verdictShown = false;
        for (QLabel *label : panel->findChildren<QLabel *>()) {
            if (!label->text().contains(teaching.text(QStringLiteral("survival.depth.verdict.exploding")).section(QLatin1Char('%'), 0, 0)))
                continue;
            verdictShown = true;
            QVERIFY2(!label->text().contains(QLatin1String("E+")) && label->text().contains(QStringLiteral("× 10")),
                     qPrintable(label->text()));
        }
        QVERIFY(verdictShown);
    }

    void chartsFollowThePalette()
    {
        LabModel model;
        Teaching teaching;
        GradientSurvivalView view(&model, &teaching);
        const QList<QChartView *> charts = view.findChildren<QChartView *>();
        QCOMPARE(charts.size(), 4); // the density and three per-layer charts
        for (QChartView *chart : charts)
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeLight);
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, Qt::white);
        view.setPalette(dark);
        for (QChartView *chart : charts)
            QCOMPARE(chart->chart()->theme(), QChart::ChartThemeDark);
        // The selected family's row keeps its highlight, in the lightened family colour.
        const QTableWidgetItem *relu = view.batchPanel()->table()->item(rowOf(QStringLiteral("relu")), 0);
        QVERIFY(relu->font().bold());
        QColor expected = style::familyColor(QStringLiteral("relu"), dark);
        expected.setAlpha(45);
        QCOMPARE(relu->background().color(), expected);
    }

    void followsTheTeachingLanguage()
    {
        LabModel model;
        Teaching teaching;
        GradientSurvivalView view(&model, &teaching);
        QSignalSpy title(&view, &GradientSurvivalView::titleChanged);
        const auto tabTexts = [&view] {
            const QTabWidget *pages = view.findChild<QTabWidget *>();
            return QStringList{pages->tabText(0), pages->tabText(1)};
        };
        const QStringList english = tabTexts();
        QCOMPARE(english.constFirst(), teaching.text(QStringLiteral("survival.batch.title")));
        QVERIFY(teaching.setLanguage(QStringLiteral("de")));
        QCOMPARE(title.size(), 1);
        QCOMPARE(view.title(), teaching.text(QStringLiteral("survival.title")));
        QVERIFY(view.title() != QStringLiteral("Gradient survival"));
        const QStringList german = tabTexts();
        QCOMPARE(german.constFirst(), teaching.text(QStringLiteral("survival.batch.title")));
        QVERIFY(german != english);
        // The depth lab's teaching card follows too.
        bool found = false;
        for (QLabel *label : view.depthPanel()->findChildren<QLabel *>())
            found = found || label->text() == teaching.text(QStringLiteral("survival.depth.heXavier"));
        QVERIFY(found);
    }

    void retranslatesOnLanguageChange()
    {
        LabModel model;
        Teaching teaching;
        GradientSurvivalView view(&model, &teaching);
        QSignalSpy title(&view, &GradientSurvivalView::titleChanged);
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&view, &event);
        QCOMPARE(title.size(), 1);
        QCOMPARE(title.constFirst().constFirst().toString(), QStringLiteral("Gradient survival"));
    }
};

QTEST_MAIN(TestGradientSurvivalView)
#include "tst_gradientsurvivalview.moc"
