// Presentation is read from the back of a room: at 1366×768, 1920×1080 and 3840×2160 the real
// widgets' fonts and pens are measured against the screen height (text sizes as em heights in
// pixels, from the widgets' own font metrics): readout values at least 6 %, every text on the
// page and on the survival tab at least 2.5 %, axis ticks and zone titles at least 2 %, the
// selected curve at least 0.4 % thick. The use-case tile is hidden then, so the legend always
// shows the selected family's tagline, however many families it lists.
#include "board/activationboard.h"
#include "board/axislabels.h"
#include "board/boardlegend.h"
#include "board/chartoverlay.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "survival/gradientsurvivalview.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "window/windowoverlay.h"
#include "widgets/labstyle.h"
#include "support/labwindow.h"

#include <QChart>
#include <QChartView>
#include <QFontInfo>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace relulab;

class PresentationSizeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textAndLinesFollowTheScreen_data();
    void textAndLinesFollowTheScreen();
    void selectedTaglineStaysOnScreen_data();
    void selectedTaglineStaysOnScreen();
};

namespace {

// Shows the window at `screen` and presents in it; the window stands for the screen.
bool presentAt(MainWindow &window, const QSize &screen)
{
    window.resize(screen);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.presentation()->setGoesFullScreen(false);
    window.presentation()->setActive(true);
    return true;
}

int emPixels(const QFont &font)
{
    return QFontInfo(font).pixelSize();
}

// Every visible label under `root` whose text is smaller than `least` pixels.
QStringList smallTextIn(QWidget *root, double least)
{
    QStringList small;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && emPixels(label->font()) < least)
            small << QStringLiteral("\"%1\" %2 px").arg(label->text().left(30)).arg(emPixels(label->font()));
    }
    return small;
}

} // namespace

void PresentationSizeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_presentationsize"));
    QSettings().clear();
}

void PresentationSizeTest::textAndLinesFollowTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("3840x2160") << QSize(3840, 2160);
}

void PresentationSizeTest::textAndLinesFollowTheScreen()
{
    QFETCH(QSize, screen);
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    QVERIFY(presentAt(window, screen));
    QCoreApplication::processEvents();
    const double height = screen.height();

    for (ReadoutTile *tile : {window.readouts()->outputTile(), window.readouts()->slopeTile()}) {
        QVERIFY2(emPixels(tile->valueFont()) >= 0.06 * height,
                 qPrintable(QStringLiteral("%1: %2 px").arg(tile->caption()).arg(emPixels(tile->valueFont()))));
    }
    auto *tabs = window.findChild<QTabWidget *>();
    const QStringList small = smallTextIn(tabs->currentWidget(), 0.025 * height);
    QVERIFY2(small.isEmpty(), qPrintable(small.join(QStringLiteral(", "))));
    for (BoardLegendEntry *entry : window.board()->legend()->entries())
        QVERIFY(emPixels(entry->font()) >= 0.025 * height);

    for (ActivationBoard::Plot plot : {ActivationBoard::Plot::Activation, ActivationBoard::Plot::Derivative}) {
        ChartOverlay *overlay = window.board()->overlay(plot);
        QVERIFY2(emPixels(overlay->xLabels()->labelFont()) >= 0.02 * height, "x ticks too small");
        QVERIFY2(emPixels(overlay->yLabels()->labelFont()) >= 0.02 * height, "y ticks too small");
        const double width = window.board()->selectedSeries(plot)->pen().widthF();
        QVERIFY2(width >= 0.004 * height, qPrintable(QStringLiteral("curve %1 px").arg(width)));
    }
    // The charts keep their room beside the large type: each y axis shows at least two labels
    // that stand apart (the derivative's 0 and 1 never overlap), and the two charts together take
    // at least 30 % of the screen's height.
    int chartsHeight = 0;
    for (ActivationBoard::Plot plot : {ActivationBoard::Plot::Activation, ActivationBoard::Plot::Derivative}) {
        const QList<QRectF> labels = window.board()->overlay(plot)->yLabels()->labelRects();
        QVERIFY2(labels.size() >= 2, qPrintable(QStringLiteral("%1 y labels").arg(labels.size())));
        for (int i = 1; i < labels.size(); ++i)
            QVERIFY2(!labels[i].intersects(labels[i - 1]), qPrintable(QStringLiteral("y labels overlap: %1,%2 %3 and %4,%5 %6").arg(labels[i - 1].top()).arg(labels[i - 1].bottom()).arg(window.board()->overlay(plot)->yLabels()->ticks().value(i - 1).text).arg(labels[i].top()).arg(labels[i].bottom()).arg(window.board()->overlay(plot)->yLabels()->ticks().value(i).text)));
        chartsHeight += window.board()->view(plot)->height();
    }
    QVERIFY2(chartsHeight >= 0.3 * height, qPrintable(QStringLiteral("charts %1 px of %2").arg(chartsHeight).arg(height)));
    // The use case, a fact about the family, gives its width to the readings.
    QVERIFY(!window.readouts()->useCaseTile()->isVisible());

    for (style::Zone zone : {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive}) {
        const QGraphicsSimpleTextItem *title = window.board()->overlay(ActivationBoard::Plot::Activation)->zoneTitleItem(zone);
        QVERIFY(title->isVisible());
        QVERIFY2(emPixels(title->font()) >= 0.02 * height, qPrintable(QStringLiteral("zone title %1 px").arg(emPixels(title->font()))));
    }

    // The key list (F1) fits the screen in every language: two columns, or smaller type, when
    // one column of presentation type is taller than the screen.
    ShortcutOverlay *keys = window.shortcutOverlay();
    keys->show();
    for (const QString &language : lab.languages.languages()) {
        lab.languages.switchTo(language);
        QCoreApplication::processEvents();
        QVERIFY2(QRectF(keys->rect()).contains(keys->cardRect()), qPrintable(language));
    }
    lab.languages.switchTo(QStringLiteral("en"));
    keys->hide();

    // The survival tab is presented too.
    auto *survival = window.findChild<GradientSurvivalView *>();
    tabs->setCurrentWidget(survival);
    for (bool depth : {false, true}) {
        depth ? survival->showDepthPage() : survival->showBatchPage();
        QCoreApplication::processEvents();
        const QStringList smallSurvival = smallTextIn(survival, 0.025 * height);
        QVERIFY2(smallSurvival.isEmpty(), qPrintable(smallSurvival.join(QStringLiteral(", "))));
    }

    // Leaving gives the teacher's own sizes back.
    window.presentation()->setActive(false);
    tabs->setCurrentIndex(0);
    QVERIFY(emPixels(window.readouts()->outputTile()->valueFont()) < 0.06 * height);
    QVERIFY(window.readouts()->useCaseTile()->isVisible());
}

void PresentationSizeTest::selectedTaglineStaysOnScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("allFamilies");
    for (const QSize &screen : {QSize(1366, 768), QSize(1920, 1080), QSize(3840, 2160)}) {
        // Every family compared; or the default five, and a sixth listed while it is selected.
        QTest::addRow("%dx%d all", screen.width(), screen.height()) << screen << true;
        QTest::addRow("%dx%d default", screen.width(), screen.height()) << screen << false;
    }
}

void PresentationSizeTest::selectedTaglineStaysOnScreen()
{
    QFETCH(QSize, screen);
    QFETCH(bool, allFamilies);
    testsupport::LabWindow lab;
    MainWindow &window = lab.window;
    QVERIFY(presentAt(window, screen));
    QVERIFY(lab.model.setComparisonIds(allFamilies ? FamilyCatalog::ids() : FamilyCatalog::seedIds()));
    QCoreApplication::processEvents();
    BoardLegend *legend = window.board()->legend();
    const QLabel *line = legend->taglineLine();
    const auto inWindow = [&window](const QWidget *widget) {
        return QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
    };
    int legendHeight = -1;
    for (const QString &family : FamilyCatalog::ids()) {
        QVERIFY(lab.model.setFamily(family));
        QCoreApplication::processEvents();
        const BoardLegendEntry *selected = legend->entry(family);
        QVERIFY(!selected->tagline().isEmpty());
        // The compared families, and the selected one if it is not among them.
        const qsizetype compared = lab.model.comparisonIds().size();
        QCOMPARE(legend->listedFamilies().size(), lab.model.isCompared(family) ? compared : compared + 1);
        // Beside the name, all of it, or on the line below the names, all of it.
        const bool beside = selected->taglineShown() && selected->width() >= selected->widthFor(true);
        const bool below = line->isVisible() && line->text().contains(selected->tagline())
            && line->height() >= line->heightForWidth(line->width());
        QVERIFY2(beside != below, qPrintable(QStringLiteral("%1: beside %2, below %3").arg(family).arg(beside).arg(below)));
        // Nothing overlaps, nothing sticks out of the legend, and the legend sits above the charts.
        QList<QRect> shown;
        for (const BoardLegendEntry *entry : legend->entries()) {
            if (entry->isVisible())
                shown.append(entry->geometry());
        }
        if (below)
            shown.append(line->geometry());
        for (int i = 0; i < shown.size(); ++i) {
            QVERIFY2(legend->rect().contains(shown[i]), qPrintable(family));
            for (int j = i + 1; j < shown.size(); ++j)
                QVERIFY2(!shown[i].intersects(shown[j]), qPrintable(family));
        }
        QVERIFY(QRect(QPoint(0, 0), screen).contains(inWindow(legend)));
        QVERIFY(inWindow(legend).bottom() < inWindow(window.board()->activationView()).top());
        // The same height for every family and wherever the probe is: the charts stay put.
        for (double x : {-3.0, 0.0, 2.5}) {
            lab.model.setProbe(x);
            QCoreApplication::processEvents();
            if (legendHeight < 0)
                legendHeight = legend->height();
            QCOMPARE(legend->height(), legendHeight);
        }
    }
    // Leaving, the legend is the board's again, above its charts, and names what it did before.
    window.presentation()->setActive(false);
    QCoreApplication::processEvents();
    QCOMPARE(legend->parentWidget(), window.board());
    QVERIFY(inWindow(legend).bottom() < inWindow(window.board()->activationView()).top());
    QVERIFY(!line->isVisible());
}

QTEST_MAIN(PresentationSizeTest)
#include "tst_presentationsize.moc"
