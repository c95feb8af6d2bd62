// No layout jumps: while the probe crosses every regime, and from one lesson step to the next,
// the readouts and the charts keep their geometry (a class follows the numbers, not moving boxes).
// Normal mode, at 1366×768 and 1920×1080.
#include "board/activationboard.h"
#include "labmodel.h"
#include "labpage/readoutpanel.h"
#include "labpage/readouttile.h"
#include "lessonplayer.h"
#include "window/mainwindow.h"
#include "support/labwindow.h"

#include <QChartView>
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
    void geometryHoldsBetweenLessonSteps();

private:
    static QList<QRect> geometries(MainWindow &window);
    static QList<QWidget *> watched(MainWindow &window);
};

void LayoutJumpsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_layoutjumps"));
    QSettings().clear();
}

QList<QWidget *> LayoutJumpsTest::watched(MainWindow &window)
{
    ReadoutPanel *readouts = window.readouts();
    return {readouts, readouts->outputTile(), readouts->slopeTile(), readouts->healthTile(), readouts->useCaseTile(),
            window.board()->activationView(), window.board()->derivativeView()};
}

QList<QRect> LayoutJumpsTest::geometries(MainWindow &window)
{
    QList<QRect> rects;
    for (QWidget *widget : watched(window))
        rects << QRect(widget->mapTo(&window, QPoint(0, 0)), widget->size());
    return rects;
}

void LayoutJumpsTest::geometryHoldsWhileTheProbeMoves_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QSize>("size");
    for (const QString &family : FamilyCatalog::ids()) {
        for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)})
            QTest::addRow("%s %dx%d", qPrintable(family), size.width(), size.height()) << family << size;
    }
}

void LayoutJumpsTest::geometryHoldsWhileTheProbeMoves()
{
    QFETCH(QString, family);
    QFETCH(QSize, size);
    testsupport::LabWindow lab;
    lab.window.resize(size);
    lab.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab.window));
    lab.model.setFamily(family);
    lab.model.setProbe(-4.0);
    QTest::qWait(100); // the family's own layout (a use case on two lines) settles first
    const QList<QRect> start = geometries(lab.window);
    // A drag from the far left to the far right: dead, leaking, saturating, hinge, active.
    for (int step = 0; step <= 160; ++step) {
        lab.model.setProbe(-4.0 + step * 0.05);
        QCoreApplication::processEvents();
        const QList<QRect> now = geometries(lab.window);
        for (int i = 0; i < now.size(); ++i) {
            QVERIFY2(now[i] == start[i], qPrintable(QStringLiteral("%1 moved at x = %2: %3,%4 %5×%6 → %7,%8 %9×%10")
                                                        .arg(QString::fromLatin1(watched(lab.window)[i]->metaObject()->className()))
                                                        .arg(lab.model.probe())
                                                        .arg(start[i].x()).arg(start[i].y()).arg(start[i].width()).arg(start[i].height())
                                                        .arg(now[i].x()).arg(now[i].y()).arg(now[i].width()).arg(now[i].height())));
        }
    }
}

void LayoutJumpsTest::geometryHoldsBetweenLessonSteps()
{
    testsupport::LabWindow lab;
    lab.window.resize(1920, 1080);
    lab.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab.window));
    QVERIFY(lab.lessons.next());
    QCoreApplication::processEvents();
    const QList<QRect> first = geometries(lab.window);
    while (lab.lessons.next()) {
        QCoreApplication::processEvents();
        QCOMPARE(geometries(lab.window), first);
    }
}

QTEST_MAIN(LayoutJumpsTest)
#include "tst_layoutjumps.moc"
