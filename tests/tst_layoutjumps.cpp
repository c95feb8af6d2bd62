// No layout jumps: while the probe crosses every regime, and from one lesson step to the next,
// the readouts and the charts keep their geometry (a class follows the numbers, not moving boxes).
// Normal and presentation mode, at 1366×768 and 1920×1080; in presentation the page's scroll bar
// must not come and go either (it would move everything by its width).
#include "board/activationboard.h"
#include "labmodel.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "support/labwindow.h"

#include <QChartView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace relulab;

class LayoutJumpsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void geometryHoldsWhileTheProbeMoves_data();
    void geometryHoldsWhileTheProbeMoves();
    void geometryHoldsBetweenLessonSteps_data();
    void geometryHoldsBetweenLessonSteps();

private:
    static void showAt(MainWindow &window, const QSize &size, bool presenting);
    static QList<QRect> geometries(MainWindow &window);
    static QString describe(MainWindow &window, const QList<QRect> &before, const QList<QRect> &after);
    static QList<QWidget *> watched(MainWindow &window);
};

void LayoutJumpsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutjumps"));
    QSettings().clear();
}

void LayoutJumpsTest::showAt(MainWindow &window, const QSize &size, bool presenting)
{
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (presenting) {
        window.presentation()->setGoesFullScreen(false); // the window stands for the screen
        window.presentation()->setActive(true);
    }
    QCoreApplication::processEvents();
}

QList<QWidget *> LayoutJumpsTest::watched(MainWindow &window)
{
    ReadoutPanel *readouts = window.readouts();
    QList<QWidget *> widgets{readouts, readouts->outputTile(), readouts->slopeTile(), readouts->healthTile(), readouts->useCaseTile(),
                             window.board()->activationView(), window.board()->derivativeView()};
    // The lab page's scroll bar: its geometry changes when it appears or disappears.
    for (QScrollArea *area : window.findChildren<QScrollArea *>()) {
        if (area->isAncestorOf(window.board()))
            widgets << area->verticalScrollBar();
    }
    return widgets;
}

QList<QRect> LayoutJumpsTest::geometries(MainWindow &window)
{
    QList<QRect> rects;
    for (QWidget *widget : watched(window)) {
        rects << (widget->isVisible() ? QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size()) : QRect());
    }
    return rects;
}

QString LayoutJumpsTest::describe(MainWindow &window, const QList<QRect> &before, const QList<QRect> &after)
{
    QStringList moved;
    const QList<QWidget *> widgets = watched(window);
    for (int i = 0; i < after.size(); ++i) {
        if (after[i] == before[i])
            continue;
        moved << QStringLiteral("%1: %2,%3 %4×%5 → %6,%7 %8×%9")
                     .arg(QString::fromLatin1(widgets[i]->metaObject()->className()))
                     .arg(before[i].x()).arg(before[i].y()).arg(before[i].width()).arg(before[i].height())
                     .arg(after[i].x()).arg(after[i].y()).arg(after[i].width()).arg(after[i].height());
    }
    return moved.join(QStringLiteral("; "));
}

void LayoutJumpsTest::geometryHoldsWhileTheProbeMoves_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    for (const QString &family : FamilyCatalog::ids()) {
        for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)}) {
            for (bool presenting : {false, true}) {
                QTest::addRow("%s %dx%d%s", qPrintable(family), size.width(), size.height(), presenting ? " presenting" : "")
                    << family << size << presenting;
            }
        }
    }
}

void LayoutJumpsTest::geometryHoldsWhileTheProbeMoves()
{
    QFETCH(QString, family);
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    testsupport::LabWindow lab;
    showAt(lab.window, size, presenting);
    lab.model.setFamily(family);
    lab.model.setProbe(-4.0);
    QTest::qWait(100); // the family's own layout (a use case on two lines) settles first
    const QList<QRect> start = geometries(lab.window);
    // A drag from the far left to the far right: dead, leaking, saturating, hinge, active.
    for (int step = 0; step <= 160; ++step) {
        lab.model.setProbe(-4.0 + step * 0.05);
        QCoreApplication::processEvents();
        const QList<QRect> now = geometries(lab.window);
        QVERIFY2(now == start, qPrintable(QStringLiteral("at x = %1: %2").arg(lab.model.probe()).arg(describe(lab.window, start, now))));
    }
}

void LayoutJumpsTest::geometryHoldsBetweenLessonSteps_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
    QTest::newRow("1366x768 presenting") << QSize(1366, 768) << true;
    QTest::newRow("1920x1080 presenting") << QSize(1920, 1080) << true;
}

void LayoutJumpsTest::geometryHoldsBetweenLessonSteps()
{
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    testsupport::LabWindow lab;
    showAt(lab.window, size, presenting);
    QVERIFY(lab.lessons.next());
    QCoreApplication::processEvents();
    const QList<QRect> first = geometries(lab.window);
    int step = 1;
    while (lab.lessons.next()) {
        ++step;
        QCoreApplication::processEvents();
        const QList<QRect> now = geometries(lab.window);
        QVERIFY2(now == first, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(describe(lab.window, first, now))));
    }
    QVERIFY(step > 3); // the sample lesson was walked through
}

QTEST_MAIN(LayoutJumpsTest)
#include "tst_layoutjumps.moc"
