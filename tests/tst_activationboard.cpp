#include "board/activationboard.h"
#include "board/boardsampling.h"
#include "board/chartgrid.h"
#include "board/axislabels.h"
#include "board/chartoverlay.h"
#include "board/boardlegend.h"
#include "widgets/labstyle.h"
#include "labmodel.h"
#include "board/probechartview.h"
#include "teaching.h"
#include "board/zonecaptionstrip.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QValueAxis>
#include <QWheelEvent>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace relulab;
using Plot = ActivationBoard::Plot;

Q_DECLARE_METATYPE(relulab::ActivationBoard::Plot)

class TestActivationBoard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dragMovesProbe_data();
    void dragMovesProbe();
    void dragClampsToVisibleRange();
    void pressOutsidePlotAreaDoesNothing();
    void clickJumps_data();
    void clickJumps();
    void wheelStepsProbe();
    void ctrlWheelZoomsAroundCursor();
    void zoomStaysInsideModelLimits();
    void arrowKeysStep();
    void focusedChartShowsFrame();
    void familyChangeRedrawsCurves();
    void parameterChangeResamplesOnlyThatFamily();
    void selectedParameterChangeResamplesSelectedCurve();
    void probeMoveLeavesCurvesUntouched();
    void probeLineRunsThroughBothCharts();
    void legendClickSelectsFamily();
    void legendKeyboardSelectsFamily();
    void legendEntrySizeFollowsTextAndFont();
    void presentingLegendKeepsTheSelectedTagline();
    void toggleHidesOtherFamilies();
    void viewRangeChangeResamples();
    void curvesStayFiniteAtParameterLimits_data();
    void curvesStayFiniteAtParameterLimits();
    void samplingDensityAndKink();
    void straightStretchesAreThinned();
    void simplifyCurveKeepsShape();
    void gridIsCrispAndOnTicks();
    void tickLabelsSitBesideTheirTicks();
    void everyYAxisShowsAScale();
    void axisTitlesUseTheWholeChartHeight();
    void parameterChangeSettlesLayoutsAtOnce();
    void derivativeRangeIncludesZeroOneAndGrows();
    void plotAreasAlign();
    void kinkMarker();
    void kinkMarkersAtEveryKink();
    void faintSlopesBreakAtTheirJumps();
    void kinkMarkerNotClipped();
    void edgeArrowPointsToProbeOutsideView();
    void zonesShadeBothCharts();
    void captionsSitUnderTheirZones();
    void paletteChangeRecolours();
    void applicationPaletteChangeRecolours();
    void languageChangeRetitlesAxes();

private:
    QChartView *view(Plot plot) const { return m_board->view(plot); }
    QPoint pointFor(Plot plot, double x) const;
    double pixelWidth(Plot plot) const;
    void settle();
    void compareWithModel(const QLineSeries *series, const QString &family, bool slope) const;
    void verifyMarker(Plot plot, const QPointF &value) const;
    QList<QLineSeries *> curveSeries() const;
    void sendWheel(Plot plot, const QPoint &position, int delta, Qt::KeyboardModifiers modifiers);

    std::unique_ptr<LabModel> m_model;
    std::unique_ptr<Teaching> m_teaching;
    std::unique_ptr<ActivationBoard> m_board;
};

void TestActivationBoard::init()
{
    m_model = std::make_unique<LabModel>();
    m_teaching = std::make_unique<Teaching>();
    m_board = std::make_unique<ActivationBoard>(m_model.get(), m_teaching.get());
    m_board->resize(900, 650);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    settle();
}

void TestActivationBoard::cleanup()
{
    m_board.reset();
    m_teaching.reset();
    m_model.reset();
}

void TestActivationBoard::settle()
{
    // Layouts, chart re-layouts and the coalesced re-sampling all run from the event loop.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

QPoint TestActivationBoard::pointFor(Plot plot, double x) const
{
    QChart *chart = view(plot)->chart();
    const QRectF area = chart->plotArea();
    const QPointF onChart(chart->mapToPosition(QPointF(x, 0.0)).x(), area.center().y());
    return view(plot)->mapFromScene(chart->mapToScene(onChart));
}

double TestActivationBoard::pixelWidth(Plot plot) const
{
    return (m_model->viewMaximum() - m_model->viewMinimum()) / view(plot)->chart()->plotArea().width();
}

namespace {

// Distance in pixels from data point p to the segment from a to b, drawn at `scale`.
double pixelDistance(const QPointF &p, const QPointF &a, const QPointF &b, PixelScale scale)
{
    const QPointF d((b.x() - a.x()) * scale.x, (b.y() - a.y()) * scale.y);
    const QPointF q((p.x() - a.x()) * scale.x, (p.y() - a.y()) * scale.y);
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0.0 ? std::clamp(QPointF::dotProduct(q, d) / length2, 0.0, 1.0) : 0.0;
    return QLineF(q, t * d).length();
}

} // namespace

void TestActivationBoard::compareWithModel(const QLineSeries *series, const QString &family, bool slope) const
{
    // Slopes, selected or faint, are drawn in pieces cut at their jumps; outputs are one piece.
    QList<QList<QPointF>> pieces = {series->points()};
    const QList<QLineSeries *> slopePieces = series == m_board->selectedSeries(Plot::Derivative)
        ? m_board->selectedSlopePieces()
        : series == m_board->familySeries(Plot::Derivative, family) ? m_board->familySlopePieces(family)
                                                                    : QList<QLineSeries *>();
    if (!slopePieces.isEmpty()) {
        pieces.clear();
        for (const QLineSeries *piece : slopePieces) {
            if (!piece->points().isEmpty())
                pieces.append(piece->points());
        }
    }
    QVERIFY(!pieces.isEmpty() && pieces.first().size() >= 2);
    const QList<Kink> kinks = kinksOf(*FamilyCatalog::find(family), m_model->parameters(family));
    const auto kinkAt = [&](double x) {
        return std::find_if(kinks.cbegin(), kinks.cend(), [&](const Kink &k) { return k.x == x; });
    };
    // Every drawn point is the model's own reading, or at a kink one of the slope's limits there...
    for (const QList<QPointF> &points : pieces) {
        for (const QPointF &point : points) {
            const auto kink = kinkAt(point.x());
            if (slope && kink != kinks.cend()) {
                QVERIFY(point.y() == kink->slopeLeft || point.y() == kink->slopeRight);
                continue;
            }
            const Reading reading = m_model->readingAt(family, point.x());
            QCOMPARE(point.y(), slope ? reading.slope : reading.output);
        }
    }
    // ...and the thinned polylines pass within the promised distance of every dense sample, on
    // the chart as it is drawn now (a slope's reading exactly at a kink is its dot, not a line).
    const FamilyCurves dense = sampleFamilyCurves(*m_model, family, m_model->viewMinimum(), m_model->viewMaximum(),
                                                  m_board->sampleCount());
    const QList<QPointF> &samples = slope ? dense.slope : dense.output;
    const Plot plot = slope ? Plot::Derivative : Plot::Activation;
    const QRectF area = view(plot)->chart()->plotArea();
    const QValueAxis *yAxis = m_board->yAxis(plot);
    const double sx = area.width() / (m_model->viewMaximum() - m_model->viewMinimum());
    const double sy = area.height() / (yAxis->max() - yAxis->min());
    qsizetype piece = 0;
    qsizetype kept = 0;
    for (const QPointF &sample : samples) {
        if (pieces.size() > 1 && kinkAt(sample.x()) != kinks.cend())
            continue;
        while (piece + 1 < pieces.size() && pieces[piece].last().x() < sample.x()) {
            ++piece;
            kept = 0;
        }
        const QList<QPointF> &points = pieces[piece];
        while (kept + 1 < points.size() && points[kept + 1].x() < sample.x())
            ++kept;
        QVERIFY2(kept + 1 < points.size(), "a dense sample lies beyond the drawn curve");
        const double distance = pixelDistance(sample, points[kept], points[kept + 1], PixelScale{sx, sy});
        QVERIFY2(distance <= ActivationBoard::curveTolerance() * (1.0 + 1e-9) + 1e-9,
                 qPrintable(QStringLiteral("%1 %2 strays %3 px at x = %4").arg(family).arg(slope).arg(distance).arg(sample.x())));
    }
}

void TestActivationBoard::verifyMarker(Plot plot, const QPointF &value) const
{
    // Where Qt Charts itself would draw that data point.
    const QPointF expected = view(plot)->chart()->mapToPosition(value, m_board->selectedSeries(plot));
    const QGraphicsEllipseItem *marker = m_board->probeMarker(plot);
    QVERIFY(marker->isVisible());
    QVERIFY2(QLineF(marker->pos(), expected).length() < 1e-6,
             qPrintable(QStringLiteral("%1,%2").arg(marker->pos().x()).arg(marker->pos().y())));
}

QList<QLineSeries *> TestActivationBoard::curveSeries() const
{
    // What the board draws: the selected curve and the faint curves of the comparison set
    // (families outside it are not sampled until the teacher adds them), every piece of a slope.
    QList<QLineSeries *> drawn;
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        for (const QString &id : FamilyCatalog::ids()) {
            if (m_board->familySeries(plot, id)->isVisible())
                drawn.append(m_board->familySeries(plot, id));
        }
        drawn.append(m_board->selectedSeries(plot));
    }
    QList<QLineSeries *> morePieces = m_board->selectedSlopePieces().mid(1);
    for (const QString &id : FamilyCatalog::ids())
        morePieces += m_board->familySlopePieces(id).mid(1);
    for (QLineSeries *piece : std::as_const(morePieces)) {
        if (piece->isVisible())
            drawn.append(piece);
    }
    return drawn;
}

void TestActivationBoard::sendWheel(Plot plot, const QPoint &position, int delta, Qt::KeyboardModifiers modifiers)
{
    QWidget *viewport = view(plot)->viewport();
    QWheelEvent event(position, viewport->mapToGlobal(position), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

void TestActivationBoard::dragMovesProbe_data()
{
    QTest::addColumn<Plot>("plot");
    QTest::newRow("activation") << Plot::Activation;
    QTest::newRow("derivative") << Plot::Derivative;
}

void TestActivationBoard::dragMovesProbe()
{
    QFETCH(Plot, plot);
    QWidget *viewport = view(plot)->viewport();
    const double tolerance = pixelWidth(plot);

    QTest::mousePress(viewport, Qt::LeftButton, {}, pointFor(plot, -2.5));
    QVERIFY(std::fabs(m_model->probe() - -2.5) <= tolerance);
    for (double x : {-1.0, 0.5, 2.75}) {
        QMouseEvent move(QEvent::MouseMove, pointFor(plot, x), viewport->mapToGlobal(pointFor(plot, x)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY2(std::fabs(m_model->probe() - x) <= tolerance, qPrintable(QString::number(m_model->probe())));
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointFor(plot, 3.0));
    QVERIFY(std::fabs(m_model->probe() - 3.0) <= tolerance);

    // The markers follow the model.
    verifyMarker(Plot::Activation, QPointF(m_model->probe(), m_model->output()));
    verifyMarker(Plot::Derivative, QPointF(m_model->probe(), m_model->slope()));
}

void TestActivationBoard::dragClampsToVisibleRange()
{
    QWidget *viewport = view(Plot::Activation)->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointFor(Plot::Activation, 0.0));
    const QPoint farRight(viewport->width() - 1, pointFor(Plot::Activation, 0.0).y());
    QMouseEvent move(QEvent::MouseMove, farRight, viewport->mapToGlobal(farRight), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QCOMPARE(m_model->probe(), m_model->viewMaximum());
    const QPoint farLeft(0, farRight.y());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, farLeft);
    QCOMPARE(m_model->probe(), m_model->viewMinimum());
}

void TestActivationBoard::pressOutsidePlotAreaDoesNothing()
{
    // The y axis labels are not a place to grab the probe.
    const double before = m_model->probe();
    QTest::mouseClick(view(Plot::Activation)->viewport(), Qt::LeftButton, {}, QPoint(3, 40));
    QCOMPARE(m_model->probe(), before);
}

void TestActivationBoard::clickJumps_data()
{
    dragMovesProbe_data();
}

void TestActivationBoard::clickJumps()
{
    QFETCH(Plot, plot);
    QSignalSpy probeSpy(m_model.get(), &LabModel::probeChanged);
    QTest::mouseClick(view(plot)->viewport(), Qt::LeftButton, {}, pointFor(plot, -3.0));
    QVERIFY(std::fabs(m_model->probe() - -3.0) <= pixelWidth(plot));
    QVERIFY(probeSpy.count() >= 1);
    QVERIFY(view(plot)->hasFocus());
}

void TestActivationBoard::wheelStepsProbe()
{
    // On −4 … 4 a notch is 0.1 and Shift's is 1, landing on their grids.
    m_model->setProbe(1.0);
    const QPoint somewhere = pointFor(Plot::Derivative, 2.0);
    sendWheel(Plot::Derivative, somewhere, 120, Qt::NoModifier);
    QCOMPARE(m_model->probe(), 1.1);
    sendWheel(Plot::Derivative, somewhere, -240, Qt::NoModifier);
    QCOMPARE(m_model->probe(), 0.9);
    sendWheel(Plot::Activation, somewhere, 120, Qt::ShiftModifier);
    QCOMPARE(m_model->probe(), 1.0);
    // Half notches (a touchpad) add up to one step.
    sendWheel(Plot::Activation, somewhere, 60, Qt::NoModifier);
    QCOMPARE(m_model->probe(), 1.0);
    sendWheel(Plot::Activation, somewhere, 60, Qt::NoModifier);
    QCOMPARE(m_model->probe(), 1.1);
    // Stepping stops at the edge of what is visible.
    for (int i = 0; i < 20; ++i)
        sendWheel(Plot::Activation, somewhere, 120, Qt::ShiftModifier);
    QCOMPARE(m_model->probe(), m_model->viewMaximum());
    QCOMPARE(m_model->viewMinimum(), -4.0); // a plain wheel never zooms
}

void TestActivationBoard::ctrlWheelZoomsAroundCursor()
{
    const QPoint cursor = pointFor(Plot::Activation, 2.0);
    const double before = m_model->probe();
    QSignalSpy rangeSpy(m_model.get(), &LabModel::viewRangeChanged);
    sendWheel(Plot::Activation, cursor, 120, Qt::ControlModifier);
    QCOMPARE(rangeSpy.count(), 1);
    QVERIFY(qFuzzyCompare(m_model->viewMaximum() - m_model->viewMinimum(), 8.0 * ProbeChartView::kZoomPerNotch));
    // The x under the pointer stays under the pointer.
    settle();
    const double under = static_cast<ProbeChartView *>(view(Plot::Activation))->xAt(cursor);
    QVERIFY(std::fabs(under - 2.0) <= 2.0 * pixelWidth(Plot::Activation));
    QCOMPARE(m_model->probe(), before);
    QCOMPARE(m_board->xAxis(Plot::Derivative)->min(), m_model->viewMinimum());
    QCOMPARE(m_board->xAxis(Plot::Derivative)->max(), m_model->viewMaximum());
    sendWheel(Plot::Activation, cursor, -120, Qt::ControlModifier);
    QVERIFY(std::fabs(m_model->viewMinimum() - -4.0) < 1e-9);
    QVERIFY(std::fabs(m_model->viewMaximum() - 4.0) < 1e-9);
}

void TestActivationBoard::zoomStaysInsideModelLimits()
{
    const QPoint cursor = pointFor(Plot::Activation, 3.0);
    for (int i = 0; i < 60; ++i)
        sendWheel(Plot::Activation, cursor, -120, Qt::ControlModifier);
    QCOMPARE(m_model->viewMinimum(), -LabModel::kViewLimit);
    QCOMPARE(m_model->viewMaximum(), LabModel::kViewLimit);
    for (int i = 0; i < 80; ++i)
        sendWheel(Plot::Activation, pointFor(Plot::Activation, 500.0), 120, Qt::ControlModifier);
    const double width = m_model->viewMaximum() - m_model->viewMinimum();
    QVERIFY(width >= LabModel::kMinimumViewWidth);
    QVERIFY(width < 2.0 * LabModel::kMinimumViewWidth);
}

void TestActivationBoard::arrowKeysStep()
{
    QChartView *chart = view(Plot::Activation);
    m_board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
    chart->setFocus();
    QVERIFY(chart->hasFocus());
    m_model->setProbe(0.5);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(m_model->probe(), 0.6);
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Left);
    QCOMPARE(m_model->probe(), 0.4);
    QTest::keyClick(chart, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_model->probe(), 1.0);
    QTest::keyClick(chart, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_model->probe(), 0.99);

    QChartView *derivative = view(Plot::Derivative);
    derivative->setFocus();
    m_model->setProbe(-3.98);
    QTest::keyClick(derivative, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_model->probe(), m_model->viewMinimum());
}

void TestActivationBoard::focusedChartShowsFrame()
{
    QChartView *chart = view(Plot::Activation);
    m_board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
    view(Plot::Derivative)->setFocus();
    settle();
    const QColor highlight = chart->palette().color(QPalette::Highlight);
    const QImage unfocused = chart->viewport()->grab().toImage();
    chart->setFocus();
    settle();
    const QImage focused = chart->viewport()->grab().toImage();
    const QPoint edge(unfocused.width() / 2, 1);
    QVERIFY(unfocused.pixelColor(edge) != highlight);
    QCOMPARE(focused.pixelColor(edge), highlight);
}

void TestActivationBoard::familyChangeRedrawsCurves()
{
    QLineSeries *bold = m_board->selectedSeries(Plot::Activation);
    QCOMPARE(bold->name(), QStringLiteral("ReLU"));
    compareWithModel(bold, QStringLiteral("relu"), false);
    QVERIFY(!m_board->familySeries(Plot::Activation, QStringLiteral("relu"))->isVisible());
    QVERIFY(m_board->familySeries(Plot::Activation, QStringLiteral("elu"))->isVisible());

    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    QCOMPARE(bold->name(), QStringLiteral("ELU"));
    QCOMPARE(bold->pen().color(), style::familyColor(QStringLiteral("elu"), m_board->palette()));
    QVERIFY(bold->pen().widthF() > m_board->familySeries(Plot::Activation, QStringLiteral("relu"))->pen().widthF());
    compareWithModel(bold, QStringLiteral("elu"), false);
    compareWithModel(m_board->selectedSeries(Plot::Derivative), QStringLiteral("elu"), true);
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QVERIFY(!m_board->familySeries(plot, QStringLiteral("elu"))->isVisible());
        QVERIFY(m_board->familySeries(plot, QStringLiteral("relu"))->isVisible());
        compareWithModel(m_board->familySeries(plot, QStringLiteral("relu")), QStringLiteral("relu"),
                         plot == Plot::Derivative);
    }
    QVERIFY(m_board->legend()->entry(QStringLiteral("elu"))->isChecked());
    QVERIFY(!m_board->legend()->entry(QStringLiteral("relu"))->isChecked());
    // The markers are the new family's reading.
    verifyMarker(Plot::Activation, QPointF(m_model->probe(), m_model->output()));
    QCOMPARE(m_board->probeMarker(Plot::Activation)->brush().color(),
             style::familyColor(QStringLiteral("elu"), m_board->palette()));
}

void TestActivationBoard::parameterChangeResamplesOnlyThatFamily()
{
    QList<std::shared_ptr<QSignalSpy>> spies;
    const QList<QLineSeries *> all = curveSeries();
    for (QLineSeries *series : all)
        spies.append(std::make_shared<QSignalSpy>(series, &QXYSeries::pointsReplaced));

    QVERIFY(m_model->setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.3));
    for (int i = 0; i < all.size(); ++i) {
        const bool leaky = all[i] == m_board->familySeries(Plot::Activation, QStringLiteral("leaky-relu"))
            || m_board->familySlopePieces(QStringLiteral("leaky-relu")).contains(all[i]);
        QCOMPARE(spies[i]->count(), leaky ? 1 : 0);
    }
    compareWithModel(m_board->familySeries(Plot::Activation, QStringLiteral("leaky-relu")), QStringLiteral("leaky-relu"), false);
    compareWithModel(m_board->familySeries(Plot::Derivative, QStringLiteral("leaky-relu")), QStringLiteral("leaky-relu"), true);
    QCOMPARE(m_board->familySeries(Plot::Derivative, QStringLiteral("leaky-relu"))->at(0).y(), 0.3);
}

void TestActivationBoard::selectedParameterChangeResamplesSelectedCurve()
{
    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    QList<std::shared_ptr<QSignalSpy>> spies;
    const QList<QLineSeries *> all = curveSeries();
    for (QLineSeries *series : all)
        spies.append(std::make_shared<QSignalSpy>(series, &QXYSeries::pointsReplaced));

    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 3.0));
    for (int i = 0; i < all.size(); ++i) {
        const bool selected = all[i] == m_board->selectedSeries(Plot::Activation)
            || m_board->selectedSlopePieces().contains(all[i]);
        QCOMPARE(spies[i]->count(), selected ? 1 : 0);
    }
    compareWithModel(m_board->selectedSeries(Plot::Activation), QStringLiteral("elu"), false);
    compareWithModel(m_board->selectedSeries(Plot::Derivative), QStringLiteral("elu"), true);
    verifyMarker(Plot::Derivative, QPointF(m_model->probe(), m_model->slope()));

    // The faint ELU curve was hidden while it changed; it is current once it shows again.
    QVERIFY(m_model->setFamily(QStringLiteral("relu")));
    compareWithModel(m_board->familySeries(Plot::Activation, QStringLiteral("elu")), QStringLiteral("elu"), false);
    compareWithModel(m_board->familySeries(Plot::Derivative, QStringLiteral("elu")), QStringLiteral("elu"), true);
}

void TestActivationBoard::probeMoveLeavesCurvesUntouched()
{
    const QList<QLineSeries *> all = curveSeries();
    QList<QList<QPointF>> before;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (QLineSeries *series : all) {
        before.append(series->points());
        spies.append(std::make_shared<QSignalSpy>(series, &QXYSeries::pointsReplaced));
        spies.append(std::make_shared<QSignalSpy>(series, &QXYSeries::pointReplaced));
        spies.append(std::make_shared<QSignalSpy>(series, &QXYSeries::pointAdded));
        spies.append(std::make_shared<QSignalSpy>(series, &QXYSeries::pointRemoved));
    }
    const QPointF markerBefore = m_board->probeMarker(Plot::Activation)->pos();
    const QValueAxis *yAxis = m_board->yAxis(Plot::Activation);
    const double yMin = yAxis->min();
    const double yMax = yAxis->max();

    QWidget *viewport = view(Plot::Activation)->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pointFor(Plot::Activation, -3.5));
    for (double x = -3.5; x < 3.5; x += 0.25) {
        QMouseEvent move(QEvent::MouseMove, pointFor(Plot::Activation, x), viewport->mapToGlobal(pointFor(Plot::Activation, x)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, pointFor(Plot::Activation, 3.5));
    m_model->setProbe(-0.25);
    settle();

    for (const auto &spy : spies)
        QCOMPARE(spy->count(), 0);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all[i]->points(), before[i]);
    QVERIFY(m_board->probeMarker(Plot::Activation)->pos() != markerBefore);
    verifyMarker(Plot::Activation, QPointF(-0.25, m_model->output()));
    QCOMPARE(yAxis->min(), yMin);
    QCOMPARE(yAxis->max(), yMax);
}

void TestActivationBoard::probeLineRunsThroughBothCharts()
{
    m_model->setProbe(-1.7);
    std::array<double, 2> lineX = {};
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QGraphicsLineItem *line = m_board->overlay(plot)->probeLine();
        QVERIFY(line->isVisible());
        QCOMPARE(line->line().x1(), line->line().x2());
        QChart *chart = view(plot)->chart();
        QVERIFY(std::fabs(line->line().x1() - chart->mapToPosition(QPointF(-1.7, 0.0)).x()) < 1e-6);
        const QPointF inBoard = view(plot)->viewport()->mapTo(m_board.get(), QPoint(0, 0))
            + view(plot)->mapFromScene(chart->mapToScene(line->line().p1())) - QPointF(0, 0);
        lineX[plot == Plot::Activation ? 0 : 1] = inBoard.x();
    }
    QCOMPARE(lineX[0], lineX[1]);
    // The top chart's line reaches its bottom edge, the lower one starts at its top edge.
    QCOMPARE(m_board->overlay(Plot::Activation)->probeLine()->line().y2(), view(Plot::Activation)->chart()->size().height());
    QCOMPARE(m_board->overlay(Plot::Derivative)->probeLine()->line().y1(), 0.0);

    // Outside the visible range there is nothing to draw.
    m_model->setProbe(10.0);
    QVERIFY(!m_board->overlay(Plot::Activation)->probeLine()->isVisible());
    QVERIFY(!m_board->probeMarker(Plot::Derivative)->isVisible());
}

void TestActivationBoard::legendClickSelectsFamily()
{
    BoardLegendEntry *gelu = m_board->legend()->entry(QStringLiteral("gelu"));
    QVERIFY(gelu);
    QCOMPARE(gelu->name(), QStringLiteral("GELU"));
    QCOMPARE(gelu->tagline(), m_teaching->text(QStringLiteral("families.gelu.tagline")));
    QVERIFY(gelu->accessibleName().startsWith(QStringLiteral("GELU")));
    QVERIFY(!gelu->accessibleDescription().isEmpty());
    QVERIFY(gelu->isVisible());
    QTest::mouseClick(gelu, Qt::LeftButton);
    QCOMPARE(m_model->family(), QStringLiteral("gelu"));
    QVERIFY(gelu->isChecked());
    QCOMPARE(m_board->legend()->selectedFamily(), QStringLiteral("gelu"));
    QCOMPARE(m_board->selectedSeries(Plot::Activation)->name(), QStringLiteral("GELU"));
    // Every listed entry (the comparison set and the selected family) is on screen, none overlapping.
    QList<BoardLegendEntry *> entries;
    for (BoardLegendEntry *entry : m_board->legend()->entries()) {
        QCOMPARE(entry->isVisible(), m_board->legend()->listedFamilies().contains(entry->familyId()));
        if (entry->isVisible())
            entries.append(entry);
    }
    QStringList listed = m_model->comparisonIds();
    if (!listed.contains(m_model->family()))
        listed.append(m_model->family());
    QCOMPARE(entries.size(), listed.size());
    for (int i = 0; i < entries.size(); ++i) {
        QVERIFY(m_board->legend()->rect().contains(entries[i]->geometry()));
        for (int j = i + 1; j < entries.size(); ++j)
            QVERIFY(!entries[i]->geometry().intersects(entries[j]->geometry()));
    }
}

void TestActivationBoard::legendEntrySizeFollowsTextAndFont()
{
    BoardLegendEntry *entry = m_board->legend()->entry(QStringLiteral("elu"));
    QVERIFY(entry);
    const int before = entry->widthFor(true);
    QCOMPARE(entry->widthFor(true), before); // asked again, same answer
    const int nameOnly = entry->widthFor(false);
    QVERIFY(nameOnly < before);
    entry->setLabel(entry->name(), QStringLiteral("a much longer tagline than any family has"));
    const int longer = entry->widthFor(true);
    QVERIFY(longer > before);
    QCOMPARE(entry->widthFor(false), nameOnly);
    // The size hint is the width of what the entry shows: its tagline where the legend has room.
    entry->setTaglineShown(true);
    QCOMPARE(entry->sizeHint().width(), longer);
    entry->setTaglineShown(false);
    QCOMPARE(entry->sizeHint().width(), nameOnly);
    const int height = entry->sizeHint().height();
    QFont larger = entry->font();
    larger.setPointSizeF(larger.pointSizeF() * 2.0);
    entry->setFont(larger);
    QVERIFY(entry->widthFor(true) > longer);
    QVERIFY(entry->sizeHint().height() > height);
}

// Presenting (the use-case tile hidden), the selected family's tagline stays in the legend, all of
// it: beside its name, or on a line of its own where the rows have no room for it; the legend's
// height is the same for every family.
void TestActivationBoard::presentingLegendKeepsTheSelectedTagline()
{
    BoardLegend *legend = m_board->legend();
    const QLabel *line = legend->taglineLine();
    QVERIFY(m_model->setComparisonIds(FamilyCatalog::ids()));
    m_board->setPresenting(true);
    settle();
    const int height = legend->height();
    for (const QString &id : FamilyCatalog::ids()) {
        QVERIFY(m_model->setFamily(id));
        settle();
        const BoardLegendEntry *selected = legend->entry(id);
        const bool beside = selected->taglineShown() && selected->width() >= selected->widthFor(true);
        const bool below = line->isVisible() && line->text() == selected->name() + QStringLiteral(" — ") + selected->tagline();
        QVERIFY2(beside != below, qPrintable(id));
        QCOMPARE(legend->height(), height);
        for (const BoardLegendEntry *entry : legend->entries()) {
            QVERIFY(!entry->isVisible() || legend->rect().contains(entry->geometry()));
            QVERIFY(!below || !entry->isVisible() || !entry->geometry().intersects(line->geometry()));
        }
    }
    // Too narrow for a tagline beside its name: the line below, as high as the longest one
    // needs, also after a tagline changed while the legend was hidden.
    const int narrow = legend->entry(QStringLiteral("relu"))->widthFor(true) - 1;
    const int before = legend->heightForWidth(narrow);
    m_board->hide();
    legend->entry(QStringLiteral("elu"))->setLabel(QStringLiteral("ELU"), QStringLiteral("a tagline much too long for one line ").repeated(4));
    QVERIFY(legend->heightForWidth(narrow) > before);
    m_board->setPresenting(false);
    m_board->show();
    settle();
    QVERIFY(!line->isVisible());
}

void TestActivationBoard::legendKeyboardSelectsFamily()
{
    m_board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_board.get()));
    BoardLegendEntry *softplus = m_board->legend()->entry(QStringLiteral("softplus"));
    softplus->setFocus();
    QVERIFY(softplus->hasFocus());
    QTest::keyClick(softplus, Qt::Key_Return);
    QCOMPARE(m_model->family(), QStringLiteral("softplus"));
    BoardLegendEntry *leaky = m_board->legend()->entry(QStringLiteral("leaky-relu"));
    leaky->setFocus();
    QTest::keyClick(leaky, Qt::Key_Space);
    QCOMPARE(m_model->family(), QStringLiteral("leaky-relu"));
}

void TestActivationBoard::toggleHidesOtherFamilies()
{
    QVERIFY(m_board->showOtherFamilies());
    QSignalSpy spy(m_board.get(), &ActivationBoard::showOtherFamiliesChanged);
    const double withOthers = m_board->yAxis(Plot::Activation)->min();

    m_board->setShowOtherFamilies(false);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QVERIFY(!m_board->showOtherFamilies());
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        for (const QString &id : FamilyCatalog::ids())
            QVERIFY(!m_board->familySeries(plot, id)->isVisible());
        QVERIFY(m_board->selectedSeries(plot)->isVisible());
    }
    // Without ELU's floor at -1 the ReLU chart needs less room below 0.
    QVERIFY(m_board->yAxis(Plot::Activation)->min() > withOthers);
    QVERIFY(m_board->yAxis(Plot::Activation)->min() < 0.0);

    m_board->setShowOtherFamilies(false);
    QCOMPARE(spy.count(), 1);

    // A family changed while hidden is current when it shows again.
    QVERIFY(m_model->setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 4.0));
    m_board->setShowOtherFamilies(true);
    QCOMPARE(spy.count(), 2);
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        for (const QString &id : FamilyCatalog::ids())
            QCOMPARE(m_board->familySeries(plot, id)->isVisible(), id != m_model->family() && m_model->isCompared(id));
    }
    compareWithModel(m_board->familySeries(Plot::Activation, QStringLiteral("softplus")), QStringLiteral("softplus"), false);
    QCOMPARE(m_board->yAxis(Plot::Activation)->min(), withOthers);
}

void TestActivationBoard::viewRangeChangeResamples()
{
    QVERIFY(m_model->setViewRange(-10.0, 2.5));
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QCOMPARE(m_board->xAxis(plot)->min(), -10.0);
        QCOMPARE(m_board->xAxis(plot)->max(), 2.5);
        for (QLineSeries *series : {m_board->selectedSeries(plot), m_board->familySeries(plot, QStringLiteral("gelu"))}) {
            QCOMPARE(series->at(0).x(), -10.0);
            // ReLU's slope is cut at its kink: its last piece reaches the right edge.
            if (series == m_board->selectedSeries(Plot::Derivative))
                series = m_board->selectedSlopePieces().at(1);
            QCOMPARE(series->at(series->count() - 1).x(), 2.5);
        }
        compareWithModel(m_board->familySeries(plot, QStringLiteral("gelu")), QStringLiteral("gelu"), plot == Plot::Derivative);
    }
    compareWithModel(m_board->selectedSeries(Plot::Activation), QStringLiteral("relu"), false);
    // The axis follows: ELU's -1 floor and Softplus near 2.58 both fit.
    QVERIFY(m_board->yAxis(Plot::Activation)->min() <= -1.0);
    QVERIFY(m_board->yAxis(Plot::Activation)->max() >= 2.5);
}

void TestActivationBoard::curvesStayFiniteAtParameterLimits_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<double>("value");
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        for (const ParameterSpec &parameter : spec.parameters) {
            for (double value : {parameter.minimum, parameter.maximum}) {
                const QByteArray name = (spec.id + QLatin1Char(' ') + parameter.name + QLatin1Char('=')
                                         + QString::number(value)).toUtf8();
                QTest::newRow(name.constData()) << spec.id << parameter.name << value;
            }
        }
    }
}

void TestActivationBoard::curvesStayFiniteAtParameterLimits()
{
    QFETCH(QString, family);
    QFETCH(QString, parameter);
    QFETCH(double, value);
    QVERIFY(m_model->setFamily(family));
    QVERIFY(m_model->setParameter(family, parameter, value));
    for (const auto &[low, high] : {std::pair{-4.0, 4.0}, std::pair{-LabModel::kViewLimit, LabModel::kViewLimit},
                                    std::pair{-0.005, 0.005}}) {
        QVERIFY(m_model->setViewRange(low, high));
        for (QLineSeries *series : curveSeries()) {
            QVERIFY(series->count() >= 2);
            for (const QPointF &point : series->points())
                QVERIFY2(std::isfinite(point.x()) && std::isfinite(point.y()), qPrintable(series->name()));
        }
        for (Plot plot : {Plot::Activation, Plot::Derivative}) {
            const QValueAxis *axis = m_board->yAxis(plot);
            QVERIFY(std::isfinite(axis->min()) && std::isfinite(axis->max()) && axis->min() < axis->max());
        }
    }
}

void TestActivationBoard::straightStretchesAreThinned()
{
    // ReLU is two straight pieces: its curve needs its two ends and the hinge, nothing more.
    QVERIFY(m_model->setFamily(QStringLiteral("relu")));
    QCOMPARE(m_board->selectedSeries(Plot::Activation)->points(),
             QList<QPointF>({QPointF(m_model->viewMinimum(), 0.0), QPointF(0.0, 0.0),
                             QPointF(m_model->viewMaximum(), m_model->viewMaximum())}));
    // A curved family keeps what its shape needs, still far fewer than the dense samples.
    QVERIFY(m_model->setFamily(QStringLiteral("gelu")));
    const qsizetype gelu = m_board->selectedSeries(Plot::Activation)->count();
    QVERIFY2(gelu > 10 && gelu < m_board->sampleCount() / 4, qPrintable(QString::number(gelu)));
    compareWithModel(m_board->selectedSeries(Plot::Activation), QStringLiteral("gelu"), false);
    compareWithModel(m_board->selectedSeries(Plot::Derivative), QStringLiteral("gelu"), true);
}

void TestActivationBoard::simplifyCurveKeepsShape()
{
    QList<QPointF> wave;
    for (int i = 0; i <= 2000; ++i)
        wave.append(QPointF(i * 0.005, std::sin(i * 0.005)));
    const PixelScale scale{100.0, 100.0};
    const QList<QPointF> thin = simplifyCurve(wave, scale, 0.1);
    QCOMPARE(thin.constFirst(), wave.constFirst());
    QCOMPARE(thin.constLast(), wave.constLast());
    QVERIFY(thin.size() < wave.size() / 4);
    // Each dropped point stays within 0.1 px of the segment that replaces it.
    qsizetype k = 0;
    for (const QPointF &p : wave) {
        while (k + 1 < thin.size() - 1 && thin[k + 1].x() <= p.x())
            ++k;
        const QPointF a = thin[k];
        const QPointF b = thin[k + 1];
        QVERIFY(pixelDistance(p, a, b, scale) <= 0.1 + 1e-9);
    }
    // A straight line keeps its ends; a corner is kept too.
    const QList<QPointF> corner = {{0, 0}, {1, 0}, {2, 0}, {3, 1}, {4, 2}};
    QCOMPARE(simplifyCurve(corner, scale, 0.1), QList<QPointF>({{0, 0}, {2, 0}, {4, 2}}));
    QCOMPARE(simplifyCurve({{0, 0}, {1, 1}}, scale, 0.1).size(), 2);
}

void TestActivationBoard::gridIsCrispAndOnTicks()
{
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QChart *chart = view(plot)->chart();
        const QRectF area = chart->plotArea();
        // Qt Charts' axes only map values: hidden, they draw nothing and take no room.
        QVERIFY(!m_board->xAxis(plot)->isVisible());
        QVERIFY(!m_board->yAxis(plot)->isVisible());
        // The plot area is the chart less the margins (Qt Charts keeps half a pixel more on each side).
        QVERIFY(std::fabs(area.left() - chart->margins().left()) <= 0.5);
        QVERIFY(std::fabs(area.top() - chart->margins().top()) <= 0.5);
        QVERIFY(std::fabs(chart->size().width() - area.right() - chart->margins().right()) <= 0.5);
        // Our grid has a line per tick, on a whole pixel.
        const QList<AxisTick> xTicks = m_board->overlay(plot)->xLabels()->ticks();
        const QList<AxisTick> yTicks = m_board->overlay(plot)->yLabels()->ticks();
        QVERIFY(xTicks.size() >= 3 && yTicks.size() >= 2);
        const QList<QLineF> lines = m_board->overlay(plot)->grid()->lines();
        QCOMPARE(lines.size(), xTicks.size() + yTicks.size());
        for (const QLineF &line : lines) {
            QCOMPARE(line.x1(), std::round(line.x1()));
            QCOMPARE(line.y1(), std::round(line.y1()));
            QVERIFY(area.contains(line.p1()) && area.contains(line.p2()));
        }
        for (int i = 0; i < xTicks.size(); ++i) {
            const double x = chart->mapToPosition(QPointF(xTicks.at(i).value, 0.0), m_board->selectedSeries(plot)).x();
            // Within a pixel of where Qt Charts puts the value (a line on the plot edge is kept inside it).
            QVERIFY2(std::fabs(lines.at(i).x1() + 0.5 - x) <= 1.5, qPrintable(xTicks.at(i).text));
            QCOMPARE(lines.at(i).x1(), lines.at(i).x2());
        }
    }
}

void TestActivationBoard::everyYAxisShowsAScale()
{
    // Short charts ask for two labels; whatever the family's range, at least two appear (SELU's
    // −1.8 to 4.2 once got a step of 5, and a lone "0").
    m_board->resize(900, 330);
    for (const QString &family : FamilyCatalog::ids()) {
        QVERIFY(m_model->setFamily(family));
        settle();
        for (Plot plot : {Plot::Activation, Plot::Derivative}) {
            const QList<AxisTick> ticks = m_board->overlay(plot)->yLabels()->ticks();
            QVERIFY2(ticks.size() >= 2, qPrintable(QStringLiteral("%1: %2 y labels").arg(family).arg(ticks.size())));
        }
    }
}

void TestActivationBoard::tickLabelsSitBesideTheirTicks()
{
    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.0));
    settle();
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QChart *chart = view(plot)->chart();
        const QRectF area = chart->plotArea();
        const QRectF whole(QPointF(0.0, 0.0), chart->size());
        const AxisLabels *yLabels = m_board->overlay(plot)->yLabels();
        const QList<QRectF> rects = yLabels->labelRects();
        const QList<AxisTick> ticks = yLabels->ticks();
        QCOMPARE(rects.size(), ticks.size());
        for (int i = 0; i < ticks.size(); ++i) {
            const QString &text = ticks.at(i).text;
            // Round numbers with a true minus sign, never a rounding error's "-0.0".
            QVERIFY2(!text.contains(QLatin1Char('-')), qPrintable(text));
            QCOMPARE(text.startsWith(QChar(0x2212)), ticks.at(i).value < 0.0);
            // Left of the plot area, on the chart, level with its tick.
            const double y = chart->mapToPosition(QPointF(0.0, ticks.at(i).value), m_board->selectedSeries(plot)).y();
            QVERIFY2(std::fabs(rects.at(i).center().y() - y) <= 1.0, qPrintable(text));
            QVERIFY(rects.at(i).right() < area.left() - ChartGrid::kTickLength);
            QVERIFY2(whole.contains(rects.at(i)), qPrintable(text));
            if (i > 0)
                QVERIFY(!rects.at(i).intersects(rects.at(i - 1)));
        }
        // The title, upright, left of the labels.
        QVERIFY(whole.contains(yLabels->titleRect()));
        for (const QRectF &rect : rects)
            QVERIFY(yLabels->titleRect().right() <= rect.left());
    }
    // x labels and the x title only under the derivative chart (the charts share the x axis).
    QVERIFY(!m_board->overlay(Plot::Activation)->xLabels()->isVisible());
    const AxisLabels *xLabels = m_board->overlay(Plot::Derivative)->xLabels();
    QChart *chart = view(Plot::Derivative)->chart();
    const QRectF whole(QPointF(0.0, 0.0), chart->size());
    const QList<QRectF> rects = xLabels->labelRects();
    QCOMPARE(rects.size(), xLabels->ticks().size());
    for (int i = 0; i < rects.size(); ++i) {
        const double x = chart->mapToPosition(QPointF(xLabels->ticks().at(i).value, 0.0), m_board->selectedSeries(Plot::Derivative)).x();
        QVERIFY(std::fabs(rects.at(i).center().x() - x) <= 1.0);
        QVERIFY(rects.at(i).top() > chart->plotArea().bottom());
        QVERIFY2(whole.contains(rects.at(i)), qPrintable(xLabels->ticks().at(i).text));
        if (i > 0)
            QVERIFY(rects.at(i).left() > rects.at(i - 1).right());
    }
    QVERIFY(whole.contains(xLabels->titleRect()));
    QVERIFY(xLabels->titleRect().top() >= rects.first().bottom());
}

void TestActivationBoard::axisTitlesUseTheWholeChartHeight()
{
    // A short chart lets a long title reach into its margins before it gives way to its short form.
    m_board->resize(900, 330);
    settle();
    const AxisLabels *labels = m_board->overlay(Plot::Derivative)->yLabels();
    QChart *chart = view(Plot::Derivative)->chart();
    const double titleLength = labels->titleRect().height();
    QCOMPARE(labels->shownTitle(), labels->title());
    QVERIFY2(titleLength > chart->plotArea().height(), qPrintable(QString::number(chart->plotArea().height())));
    QVERIFY(QRectF(QPointF(0.0, 0.0), chart->size()).contains(labels->titleRect()));
    // Shorter still, its short form stands in for it, whole ("f′(x)", not "deriv…").
    m_board->setMinimumHeight(0);
    view(Plot::Derivative)->setMinimumHeight(0);
    view(Plot::Derivative)->setFixedHeight(60);
    settle();
    QVERIFY(!labels->shortTitle().isEmpty());
    QCOMPARE(labels->shownTitle(), labels->shortTitle());
    QVERIFY(labels->titleRect().height() <= chart->size().height());
    // Too short even for that, it is elided rather than clipped.
    AxisLabels tight(AxisLabels::Edge::Left);
    tight.setFonts(m_board->font(), m_board->font());
    tight.setTitle(labels->title(), labels->shortTitle());
    const double shortLength = QFontMetricsF(m_board->font()).horizontalAdvance(labels->shortTitle());
    const QRectF tooShort(0.0, 0.0, 200.0, shortLength * 0.8);
    tight.place(tooShort.adjusted(40.0, 0.0, 0.0, 0.0), tooShort, {});
    QVERIFY2(tight.shownTitle().endsWith(QChar(0x2026)), qPrintable(tight.shownTitle()));
    QVERIFY(tight.titleRect().height() <= tooShort.height());
}

void TestActivationBoard::parameterChangeSettlesLayoutsAtOnce()
{
    // New tick labels are laid out and the plot areas re-aligned before the next frame, without
    // waiting for the event loop: the frame paints each chart once.
    QVERIFY(m_board->isVisible());
    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    settle();
    const double before = m_board->yAxis(Plot::Activation)->min();
    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 3.0));
    QVERIFY(m_board->yAxis(Plot::Activation)->min() < before);
    std::array<double, 2> lefts = {};
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QChart *chart = view(plot)->chart();
        QVERIFY(chart->layout()->isActivated());
        lefts[plot == Plot::Activation ? 0 : 1] = chart->plotArea().left() + view(plot)->mapTo(m_board.get(), QPoint(0, 0)).x();
    }
    QVERIFY2(std::fabs(lefts[0] - lefts[1]) < 1e-6, qPrintable(QString::number(lefts[0] - lefts[1])));
}

void TestActivationBoard::samplingDensityAndKink()
{
    const double width = view(Plot::Activation)->chart()->plotArea().width();
    QVERIFY(m_board->sampleCount() >= ActivationBoard::kMinimumSamples);
    QVERIFY(m_board->sampleCount() >= 1.5 * width);
    QVERIFY(m_board->sampleCount() <= 3.0 * width + ActivationBoard::kMinimumSamples);
    // x = 0 is sampled exactly, so the hinge is a sharp corner, not a cut-off slope; the slope
    // is cut there, no vertical line: 0 up to the kink, 1 from it on.
    m_model->setViewRange(-3.3, 4.1);
    const QList<QLineSeries *> pieces = m_board->selectedSlopePieces();
    QCOMPARE(pieces[0]->points().last(), QPointF(0.0, 0.0));
    QVERIFY(pieces[1]->isVisible());
    QCOMPARE(pieces[1]->points().first(), QPointF(0.0, 1.0));
    for (qsizetype i = 2; i < pieces.size(); ++i)
        QVERIFY(!pieces[i]->isVisible());
    // ReLU'(0) = 0, PyTorch's convention: filled on 0, open on 1, as the cheat sheet draws it.
    QCOMPARE(m_board->kinkMarker(Plot::Derivative)->points(), QList<QPointF>({QPointF(0.0, 0.0)}));
    QCOMPARE(m_board->kinkOpenMarker()->points(), QList<QPointF>({QPointF(0.0, 1.0)}));
    QVERIFY(m_board->kinkOpenMarker()->isVisible());
    QCOMPARE(m_board->kinkOpenMarker()->brush().color(), m_board->palette().color(QPalette::Base));
    QVERIFY(m_board->kinkMarker(Plot::Derivative)->brush().color() != m_board->palette().color(QPalette::Base));

    // A larger board samples more densely.
    const int before = m_board->sampleCount();
    m_board->resize(1600, 650);
    settle();
    QVERIFY(m_board->sampleCount() > before);
    compareWithModel(m_board->selectedSeries(Plot::Activation), QStringLiteral("relu"), false);
    compareWithModel(m_board->selectedSeries(Plot::Derivative), QStringLiteral("relu"), true);
}

void TestActivationBoard::derivativeRangeIncludesZeroOneAndGrows()
{
    const QValueAxis *axis = m_board->yAxis(Plot::Derivative);
    QVERIFY(std::fabs(axis->min() - -0.2) < 1e-9);
    QVERIFY(std::fabs(axis->max() - 1.2) < 1e-9);
    m_board->setShowOtherFamilies(false);
    QVERIFY(axis->min() < 0.0);
    QVERIFY(axis->max() > 1.0);
    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 3.0));
    QVERIFY(axis->max() >= 3.0);
    QVERIFY(m_board->yAxis(Plot::Activation)->min() <= -3.0 * (1.0 - std::exp(-4.0)));
}

void TestActivationBoard::plotAreasAlign()
{
    auto check = [this] {
        settle();
        std::array<QRectF, 2> areas;
        for (Plot plot : {Plot::Activation, Plot::Derivative}) {
            QChart *chart = view(plot)->chart();
            const QPointF offset = view(plot)->mapTo(m_board.get(), QPoint(0, 0));
            areas[plot == Plot::Activation ? 0 : 1] = chart->plotArea().translated(offset);
        }
        QVERIFY2(std::fabs(areas[0].left() - areas[1].left()) < 1e-6, qPrintable(QString::number(areas[0].left() - areas[1].left())));
        QVERIFY(std::fabs(areas[0].right() - areas[1].right()) < 1e-6);
    };
    check();
    // Wider tick labels on one chart only.
    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 3.0));
    check();
    QVERIFY(m_model->setViewRange(-1000.0, 1000.0));
    check();
    m_board->resize(700, 500);
    check();
}

void TestActivationBoard::kinkMarker()
{
    QVERIFY(m_board->kinkMarker(Plot::Activation)->isVisible());
    QCOMPARE(m_board->kinkMarker(Plot::Activation)->at(0), QPointF(0.0, 0.0));
    QCOMPARE(m_board->kinkMarker(Plot::Derivative)->at(0), QPointF(0.0, 0.0));
    QVERIFY(m_model->setFamily(QStringLiteral("gelu")));
    QVERIFY(!m_board->kinkMarker(Plot::Activation)->isVisible());
    QVERIFY(m_model->setFamily(QStringLiteral("elu")));
    QVERIFY(!m_board->kinkMarker(Plot::Derivative)->isVisible()); // alpha = 1 is smooth
    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.0));
    QVERIFY(m_board->kinkMarker(Plot::Derivative)->isVisible());
    QCOMPARE(m_board->kinkMarker(Plot::Derivative)->at(0), QPointF(0.0, 2.0));
    QVERIFY(m_model->setViewRange(1.0, 3.0));
    QVERIFY(!m_board->kinkMarker(Plot::Activation)->isVisible());
}

// Kinks away from 0 are marked too (ReLU6's cap, Hardswish's knees), each slope jump with its
// open and filled dot, and only those inside the view.
void TestActivationBoard::kinkMarkersAtEveryKink()
{
    QVERIFY(m_model->setViewRange(-4.0, 8.0));
    QVERIFY(m_model->setFamily(QStringLiteral("relu6")));
    QCOMPARE(m_board->kinkMarker(Plot::Activation)->points(), QList<QPointF>({QPointF(0.0, 0.0), QPointF(6.0, 6.0)}));
    QCOMPARE(m_board->kinkMarker(Plot::Derivative)->points(), QList<QPointF>({QPointF(0.0, 0.0), QPointF(6.0, 0.0)}));
    QCOMPARE(m_board->kinkOpenMarker()->points(), QList<QPointF>({QPointF(0.0, 1.0), QPointF(6.0, 1.0)}));
    int shown = 0;
    for (const QLineSeries *piece : m_board->selectedSlopePieces())
        shown += piece->isVisible() && !piece->points().isEmpty();
    QCOMPARE(shown, 3);
    compareWithModel(m_board->selectedSeries(Plot::Derivative), QStringLiteral("relu6"), true);

    QVERIFY(m_model->setFamily(QStringLiteral("hardswish")));
    const QList<QPointF> knees = m_board->kinkMarker(Plot::Activation)->points();
    QCOMPARE(knees.size(), 2);
    QCOMPARE(knees[0].x(), -3.0);
    QCOMPARE(knees[1].x(), 3.0);
    QVERIFY(m_model->setViewRange(0.0, 2.0));
    QVERIFY(m_board->kinkMarker(Plot::Activation)->points().isEmpty());
    QVERIFY(!m_board->kinkMarker(Plot::Activation)->isVisible());
    QVERIFY(!m_board->kinkOpenMarker()->isVisible());
}

// The faint slopes are cut at their jumps as the selected one is: no line joins the two sides of a
// jump (ReLU's 0 to 1 at 0, ReLU6's 1 to 0 at 6, Hardswish's at −3 and 3, Leaky ReLU, ELU with
// α ≠ 1, SELU at 0), and every piece is as faint as the rest of the curve.
void TestActivationBoard::faintSlopesBreakAtTheirJumps()
{
    QVERIFY(m_model->setComparisonIds(FamilyCatalog::ids()));
    QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.0)); // α = 1 is smooth
    QVERIFY(m_model->setViewRange(-5.0, 8.0)); // every kink inside: −3, 0, 3 and 6
    const double boldWidth = m_board->selectedSeries(Plot::Derivative)->pen().widthF();
    QSet<QString> checked;
    // ReLU faint, then bold: its faint curve comes back from the cache it had while selected.
    for (const QString &selected : {QStringLiteral("gelu"), QStringLiteral("relu"), QStringLiteral("gelu")}) {
        QVERIFY(m_model->setFamily(selected));
        settle();
        for (const QString &id : FamilyCatalog::ids()) {
            const QList<Kink> kinks = kinksOf(*FamilyCatalog::find(id), m_model->parameters(id));
            if (id == selected || kinks.isEmpty())
                continue;
            checked.insert(id);
            const QPen faint = m_board->familySeries(Plot::Derivative, id)->pen();
            QVERIFY(faint.widthF() < boldWidth);
            QList<QList<QPointF>> drawn;
            for (const QLineSeries *piece : m_board->familySlopePieces(id)) {
                QCOMPARE(piece->pen(), faint);
                if (piece->isVisible())
                    drawn.append(piece->points());
            }
            QCOMPARE(drawn.size(), kinks.size() + 1);
            for (const Kink &k : kinks) {
                const QString where = QStringLiteral("%1 at x = %2").arg(id).arg(k.x);
                bool fromLeft = false;
                bool fromRight = false;
                for (const QList<QPointF> &points : std::as_const(drawn)) {
                    for (qsizetype i = 1; i < points.size(); ++i) {
                        const QPointF a = points[i - 1];
                        const QPointF b = points[i];
                        // No segment crosses the jump or stands on it; one that ends at the kink
                        // ends at its own side's limit, one that starts there at the other's.
                        QVERIFY2(!(a.x() < k.x && k.x < b.x()), qPrintable(where));
                        QVERIFY2(a.x() != b.x(), qPrintable(where));
                        if (b.x() == k.x) {
                            QVERIFY2(b.y() == k.slopeLeft, qPrintable(where));
                            fromLeft = true;
                        }
                        if (a.x() == k.x) {
                            QVERIFY2(a.y() == k.slopeRight, qPrintable(where));
                            fromRight = true;
                        }
                    }
                }
                QVERIFY2(fromLeft && fromRight, qPrintable(where)); // drawn up to the jump on both sides
            }
            compareWithModel(m_board->familySeries(Plot::Derivative, id), id, true);
        }
    }
    QCOMPARE(checked, QSet<QString>({QStringLiteral("relu"), QStringLiteral("leaky-relu"), QStringLiteral("elu"),
                                     QStringLiteral("selu"), QStringLiteral("relu6"), QStringLiteral("hardswish")}));
    // Hidden (O), every piece is.
    m_board->setShowOtherFamilies(false);
    for (const QString &id : FamilyCatalog::ids()) {
        for (const QLineSeries *piece : m_board->familySlopePieces(id))
            QVERIFY(!piece->isVisible());
    }
}

// ELU's kink dots at alpha = 1.5 (and other values putting the slope's top on a round number)
// sit inside the derivative plot with room to spare, not cut at its top edge, on a board as
// small as at 1366×768 too.
void TestActivationBoard::kinkMarkerNotClipped()
{
    for (int height : {650, 400, 330}) {
        m_board->resize(900, height);
        for (double alpha : {1.5, 2.0, 3.0}) {
            for (bool others : {true, false}) {
                m_board->setShowOtherFamilies(others);
                QVERIFY(m_model->setFamily(QStringLiteral("elu")));
                QVERIFY(m_model->setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), alpha));
                settle();
                for (const QScatterSeries *marker : {m_board->kinkMarker(Plot::Derivative), m_board->kinkOpenMarker()}) {
                    QVERIFY(marker->isVisible());
                    QChart *chart = view(Plot::Derivative)->chart();
                    const QRectF area = chart->plotArea();
                    const QPointF at = chart->mapToPosition(marker->at(0), m_board->selectedSeries(Plot::Derivative));
                    const double radius = marker->markerSize() / 2.0;
                    QVERIFY2(at.y() - radius >= area.top() + 2.0 && at.y() + radius <= area.bottom() - 2.0,
                             qPrintable(QStringLiteral("height %1 alpha %2: %3 in %4..%5")
                                            .arg(height).arg(alpha).arg(at.y()).arg(area.top()).arg(area.bottom())));
                }
                QCOMPARE(m_board->kinkMarker(Plot::Derivative)->at(0), QPointF(0.0, alpha));
            }
        }
    }
}

void TestActivationBoard::zonesShadeBothCharts()
{
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        const ChartOverlay *overlay = m_board->overlay(plot);
        QChart *chart = view(plot)->chart();
        const QRectF negative = overlay->zoneRect(style::Zone::Negative);
        const QRectF hinge = overlay->zoneRect(style::Zone::Hinge);
        const QRectF positive = overlay->zoneRect(style::Zone::Positive);
        QCOMPARE(negative.left(), chart->plotArea().left());
        QVERIFY(std::fabs(negative.right() - chart->mapToPosition(QPointF(-1.0, 0.0)).x()) < 1e-6);
        QCOMPARE(hinge.left(), negative.right());
        QCOMPARE(positive.left(), hinge.right());
        QCOMPARE(positive.right(), chart->plotArea().right());
        QCOMPARE(hinge.height(), chart->plotArea().height());
    }
    // Zones out of view disappear, with their titles.
    QVERIFY(m_model->setViewRange(2.0, 6.0));
    const ChartOverlay *top = m_board->overlay(Plot::Activation);
    QVERIFY(top->zoneRect(style::Zone::Negative).isEmpty());
    QVERIFY(top->zoneRect(style::Zone::Hinge).isEmpty());
    QCOMPARE(top->zoneRect(style::Zone::Positive).width(), view(Plot::Activation)->chart()->plotArea().width());
    QVERIFY(!top->zoneTitleItem(style::Zone::Negative)->isVisible());
}

void TestActivationBoard::captionsSitUnderTheirZones()
{
    ZoneCaptionStrip *strip = m_board->captionStrip();
    for (style::Zone zone : {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive}) {
        const QString key = QStringLiteral("zones.") + style::zoneId(zone) + QStringLiteral(".caption");
        QCOMPARE(strip->captionLabel(zone)->text(), m_teaching->text(key));
        // Long text of our own, so the placement is checked whatever the shipped text says.
        strip->setCaption(zone, QStringLiteral("A caption long enough to wrap onto a second line or more on the board."));
    }
    settle();
    QChart *chart = view(Plot::Activation)->chart();
    const ChartOverlay *overlay = m_board->overlay(Plot::Activation);
    for (style::Zone zone : {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive}) {
        QLabel *label = strip->captionLabel(zone);
        QVERIFY(label->isVisible());
        const QRectF rect = overlay->zoneRect(zone);
        const QPoint zoneLeft = view(Plot::Activation)->mapTo(m_board.get(), view(Plot::Activation)->mapFromScene(chart->mapToScene(rect.topLeft())));
        const QRect onBoard(label->mapTo(m_board.get(), QPoint(0, 0)), label->size());
        QVERIFY2(std::abs(onBoard.left() - zoneLeft.x()) <= 2, qPrintable(QString::number(onBoard.left() - zoneLeft.x())));
        // Nothing clips: the whole wrapped text fits its label, and the label fits the board.
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QVERIFY(m_board->rect().contains(onBoard));
    }
}

void TestActivationBoard::paletteChangeRecolours()
{
    QPalette dark = m_board->palette();
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
    dark.setColor(QPalette::Base, QColor(25, 25, 28));
    dark.setColor(QPalette::Text, QColor(235, 235, 235));
    m_board->setPalette(dark);
    settle();
    QChart *chart = view(Plot::Derivative)->chart();
    QCOMPARE(chart->backgroundBrush().color(), QColor(25, 25, 28));
    QCOMPARE(m_board->overlay(Plot::Derivative)->yLabels()->color(), QColor(235, 235, 235));
    QCOMPARE(m_board->overlay(Plot::Derivative)->xLabels()->color(), QColor(235, 235, 235));
    QCOMPARE(m_board->selectedSeries(Plot::Activation)->pen().color(), style::familyColor(QStringLiteral("relu"), dark));
    QCOMPARE(m_board->selectedSeries(Plot::Activation)->pen().color(),
             style::familyColor(QStringLiteral("relu"), QPalette()).lighter(140));
}

void TestActivationBoard::applicationPaletteChangeRecolours()
{
    // What a switch of the desktop's colour scheme looks like to the widgets.
    const QPalette original = QApplication::palette();
    const QColor lightFaint = m_board->familySeries(Plot::Activation, QStringLiteral("elu"))->pen().color();
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(20, 22, 26));
    dark.setColor(QPalette::Window, QColor(36, 38, 42));
    dark.setColor(QPalette::WindowText, QColor(240, 240, 240));
    QApplication::setPalette(dark);
    settle();
    const QColor base = view(Plot::Activation)->chart()->backgroundBrush().color();
    const QColor faint = m_board->familySeries(Plot::Activation, QStringLiteral("elu"))->pen().color();
    QApplication::setPalette(original);
    settle();
    QCOMPARE(base, QColor(20, 22, 26));
    QVERIFY(faint.lightness() < lightFaint.lightness()); // mixed towards the dark background
    QCOMPARE(view(Plot::Activation)->chart()->backgroundBrush().color(), original.color(QPalette::Base));
}

void TestActivationBoard::languageChangeRetitlesAxes()
{
    AxisLabels *labels = m_board->overlay(Plot::Derivative)->yLabels();
    const QString title = labels->title();
    QVERIFY(!title.isEmpty());
    labels->setTitle(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(m_board.get(), &change);
    QCOMPARE(labels->title(), title);
    QVERIFY(!view(Plot::Activation)->accessibleName().isEmpty());
    QVERIFY(!view(Plot::Derivative)->accessibleDescription().isEmpty());
    QCOMPARE(m_board->overlay(Plot::Derivative)->xLabels()->title(), QStringLiteral("x"));

    // A new teaching language re-reads the legend's taglines and the zone captions.
    BoardLegendEntry *elu = m_board->legend()->entry(QStringLiteral("elu"));
    elu->setLabel(QStringLiteral("stale"), QStringLiteral("stale"));
    m_board->captionStrip()->setCaption(style::Zone::Hinge, QStringLiteral("stale"));
    emit m_teaching->languageChanged(m_teaching->language());
    QCOMPARE(elu->name(), QStringLiteral("ELU"));
    QCOMPARE(elu->tagline(), m_teaching->text(QStringLiteral("families.elu.tagline")));
    QCOMPARE(m_board->captionStrip()->captionLabel(style::Zone::Hinge)->text(),
             m_teaching->text(QStringLiteral("zones.hinge.caption")));
}

// A probe outside the visible x range has an arrow at that edge of both charts, pointing its
// way, with its x beside it; back inside, the arrow goes and the probe line returns.
void TestActivationBoard::edgeArrowPointsToProbeOutsideView()
{
    const auto check = [this](bool left, const QString &number) {
        for (Plot plot : {Plot::Activation, Plot::Derivative}) {
            const ChartOverlay *overlay = m_board->overlay(plot);
            QVERIFY(overlay->edgeArrow()->isVisible());
            QVERIFY(overlay->edgeLabel()->isVisible());
            QVERIFY(!overlay->probeLine()->isVisible());
            QCOMPARE(overlay->edgeLabel()->text(), number);
            const QRectF area = view(plot)->chart()->plotArea();
            const QPolygonF arrow = overlay->edgeArrow()->polygon();
            const QRectF box = arrow.boundingRect();
            QVERIFY(area.contains(box));
            // The tip (its first point) is the point nearest the edge it points to.
            QCOMPARE(arrow.first().x(), left ? box.left() : box.right());
            QVERIFY(left ? box.left() - area.left() < 10.0 : area.right() - box.right() < 10.0);
            const QRectF label = overlay->edgeLabel()->sceneBoundingRect();
            QVERIFY(area.contains(view(plot)->chart()->mapFromScene(label).boundingRect()));
        }
    };
    QVERIFY(m_model->setProbe(-40.0));
    settle();
    check(true, QStringLiteral("−40"));
    // Zoomed in (Ctrl+wheel), a probe right of the view.
    QVERIFY(m_model->setViewRange(-1.0, 1.0));
    QVERIFY(m_model->setProbe(2.5));
    settle();
    check(false, QStringLiteral("2.5"));
    QVERIFY(m_model->setProbe(0.5));
    for (Plot plot : {Plot::Activation, Plot::Derivative}) {
        QVERIFY(!m_board->overlay(plot)->edgeArrow()->isVisible());
        QVERIFY(!m_board->overlay(plot)->edgeLabel()->isVisible());
        QVERIFY(m_board->overlay(plot)->probeLine()->isVisible());
    }
}

QTEST_MAIN(TestActivationBoard)
#include "tst_activationboard.moc"
