#include "board/activationboard.h"

#include <QApplication>

#include "board/axislabels.h"
#include "board/chartoverlay.h"
#include "board/boardchart.h"
#include "board/boardlegend.h"
#include "labmodel.h"
#include "board/probechartview.h"
#include "teaching.h"
#include "board/zonecaptionstrip.h"
#include "predictionstate.h"
#include "widgets/numberformat.h"
#include "widgets/revealeffect.h"

#include <cmath>

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSpacerItem>
#include <QTimer>
#include <QVariantAnimation>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace relulab {
namespace {

constexpr int kActivation = 0;
constexpr int kDerivative = 1;
constexpr std::array<style::Zone, 3> kZones = {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive};
// Points per pixel of plot width: enough for smooth curves and a sharp hinge.
constexpr double kSamplesPerPixel = 2.0;
// Re-sample after a resize only when the density or plot height is off by more than this factor.
constexpr double kDensitySlack = 1.25;
// How far, in pixels, a drawn curve may stray from the dense samples it was thinned from: well
// under what anti-aliasing can show, so the thinned curve looks exactly like the dense one.
constexpr double kCurveTolerance = 0.1;
// Plot size assumed before the first layout, when the charts have no plot area yet.
constexpr double kFallbackPlotHeight = 1000.0;
// Room per y tick label, so that labels never crowd (Qt Charts would elide them to "...").
constexpr double kPixelsPerTick = 40.0;
// Space above and below the curves, as a fraction of their span.
constexpr double kRangePadding = 0.04;
// Air between a kink marker and the plot edge, in pixels, so that its rim is never cut.
constexpr double kMarkerAir = 3.0;
// Between the legend and the charts.
constexpr int kLegendGap = 6;
// Below this a chart has no room for its axis title.
constexpr int kMinimumChartHeight = 106; // both charts and the readouts fit a 768-pixel screen

int indexOf(ActivationBoard::Plot plot)
{
    return plot == ActivationBoard::Plot::Activation ? kActivation : kDerivative;
}

} // namespace

ActivationBoard::ActivationBoard(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
    , m_resampleTimer(new QTimer(this))
    , m_selected(model->family())
{
    const QStringList ids = FamilyCatalog::ids();
    m_legend = new BoardLegend(ids, this);
    for (int i : {kActivation, kDerivative}) {
        m_charts[i] = new BoardChart(ids, this);
        m_views[i] = new ProbeChartView(m_charts[i]->chart(), this);
    }
    m_captions = new ZoneCaptionStrip(this);
    // The zones' shares of the first view (−4 to 4): the captions take the height they need there.
    const double viewWidth = LabModel::kDefaultViewMaximum - LabModel::kDefaultViewMinimum;
    const double outer = (-kHingeHalfWidth - LabModel::kDefaultViewMinimum) / viewWidth;
    m_captions->setReferenceShares({outer, 2.0 * kHingeHalfWidth / viewWidth, 1.0 - outer - 2.0 * kHingeHalfWidth / viewWidth});
    m_views[kActivation]->setMinimumHeight(kMinimumChartHeight);
    m_views[kDerivative]->setMinimumHeight(kMinimumChartHeight);

    // The charts share one x axis: its labels and title are shown once, under the derivative,
    // and the probe line runs on through the gap between the plot areas.
    m_charts[kActivation]->setXLabelsVisible(false);
    m_charts[kActivation]->overlay()->setLineReach(ChartOverlay::LineReach::DownToEdge);
    m_charts[kActivation]->overlay()->setZoneTitlesVisible(true);
    m_charts[kDerivative]->overlay()->setLineReach(ChartOverlay::LineReach::UpToEdge);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_legendGap = new QSpacerItem(0, kLegendGap, QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout->addWidget(m_legend);
    layout->addSpacerItem(m_legendGap);
    layout->addWidget(m_views[kActivation]);
    layout->addWidget(m_views[kDerivative]);
    layout->addSpacing(4);
    layout->addWidget(m_captions);
    setPresenting(false); // the charts' shares of the height

    // A resize can ask for a different density; coalesce a burst of them into one re-sampling.
    m_resampleTimer->setSingleShot(true);
    m_resampleTimer->setInterval(0);
    connect(m_resampleTimer, &QTimer::timeout, this, &ActivationBoard::resampleAll);

    connect(m_model, &LabModel::familyChanged, this, &ActivationBoard::onFamilyChanged);
    connect(m_model, &LabModel::probeChanged, this, &ActivationBoard::updateProbe);
    connect(m_model, &LabModel::parameterChanged, this,
            [this](const QString &family) { onParameterChanged(family); });
    connect(m_model, &LabModel::viewRangeChanged, this, &ActivationBoard::onViewRangeChanged);
    connect(m_model, &LabModel::comparisonChanged, this, &ActivationBoard::onComparisonChanged);
    connect(m_model->prediction(), &PredictionState::hiddenPartsChanged, this, &ActivationBoard::applyHiddenParts);
    connect(m_model->prediction(), &PredictionState::revealed, this, &ActivationBoard::onRevealed);
    m_derivativeVeil = new PredictionVeil(m_views[kDerivative]);
    // The right part of the curve reappears as a wipe from the probe to the right edge.
    m_wipe = new QVariantAnimation(this);
    m_wipe->setDuration(reveal::kDurationMs);
    m_wipe->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_wipe, &QVariantAnimation::valueChanged, this, [this](const QVariant &x) {
        if (m_wipe->state() != QAbstractAnimation::Running)
            return;
        m_wipeX = x.toDouble();
        pushSelectedActivation();
    });
    connect(m_wipe, &QVariantAnimation::finished, this, [this] {
        m_wipeX = std::numeric_limits<double>::quiet_NaN();
        pushSelectedActivation();
        updateKink();
    });
    connect(m_teaching, &Teaching::languageChanged, this, &ActivationBoard::retranslate);
    connect(m_legend, &BoardLegend::familyActivated, this, [this](const QString &id) { m_model->setFamily(id); });
    for (int i : {kActivation, kDerivative}) {
        connect(m_views[i], &ProbeChartView::probeRequested, this, [this](double x) { m_model->setProbe(x); });
        connect(m_views[i], &ProbeChartView::probeStepRequested, m_model, &LabModel::stepProbe);
        connect(m_views[i], &ProbeChartView::zoomRequested, this, &ActivationBoard::zoom);
        connect(m_charts[i]->chart(), &QChart::plotAreaChanged, this, &ActivationBoard::onPlotAreaChanged);
    }

    for (BoardChart *chart : m_charts)
        chart->setXRange(m_model->viewMinimum(), m_model->viewMaximum());
    applyPalette();
    applyFont();
    retranslate();
    resampleAll();
    m_legend->setComparedFamilies(m_model->comparisonIds());
    onFamilyChanged();
    applyHiddenParts();
}

void ActivationBoard::setPresenting(bool presenting)
{
    // The derivative chart also carries the x axis labels and title: in a window a little less
    // height for it; presenting, the title stands at the end of the axis and the derivative gets
    // a little more, for the labels' row, so that both data areas are about as tall.
    auto *column = qobject_cast<QVBoxLayout *>(layout());
    column->setStretchFactor(m_views[kActivation], presenting ? 7 : 5);
    column->setStretchFactor(m_views[kDerivative], presenting ? 8 : 4);
    // Presenting, the use-case tile is hidden: the legend keeps the family's tagline on screen.
    m_legend->setSelectedTaglineKept(presenting);
    // Presenting, "x" stands at the end of the x axis, as on a blackboard, and its row of the
    // board's height goes to the charts.
    for (BoardChart *chart : m_charts)
        chart->setXTitleAtEnd(presenting);
    alignPlotAreas();
}

BoardLegend *ActivationBoard::lendLegend()
{
    // The window's own spacing then keeps it apart from the charts.
    layout()->removeWidget(m_legend);
    m_legendGap->changeSize(0, 0, QSizePolicy::Minimum, QSizePolicy::Fixed);
    layout()->invalidate();
    return m_legend;
}

void ActivationBoard::takeLegendBack()
{
    if (m_legend->parentWidget() == this)
        return;
    m_legendGap->changeSize(0, kLegendGap, QSizePolicy::Minimum, QSizePolicy::Fixed);
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(0, m_legend); // back above the charts
}

double ActivationBoard::curveTolerance()
{
    return kCurveTolerance;
}

ActivationBoard::~ActivationBoard()
{
    // The charts die with their views, after the BoardChart objects: nothing may reach back here.
    for (BoardChart *chart : m_charts)
        disconnect(chart->chart(), nullptr, this, nullptr);
}

QChartView *ActivationBoard::activationView() const
{
    return m_views[kActivation];
}

QChartView *ActivationBoard::derivativeView() const
{
    return m_views[kDerivative];
}

QChartView *ActivationBoard::view(Plot plot) const
{
    return m_views[indexOf(plot)];
}

QValueAxis *ActivationBoard::xAxis(Plot plot) const
{
    return chartOf(plot)->xAxis();
}

QValueAxis *ActivationBoard::yAxis(Plot plot) const
{
    return chartOf(plot)->yAxis();
}

QLineSeries *ActivationBoard::familySeries(Plot plot, const QString &familyId) const
{
    return chartOf(plot)->familySeries(familyId);
}

QLineSeries *ActivationBoard::selectedSeries(Plot plot) const
{
    return chartOf(plot)->selectedSeries();
}

QGraphicsEllipseItem *ActivationBoard::probeMarker(Plot plot) const
{
    return chartOf(plot)->overlay()->probeMarker();
}

QScatterSeries *ActivationBoard::kinkMarker(Plot plot) const
{
    return chartOf(plot)->kinkMarker();
}

QScatterSeries *ActivationBoard::kinkOpenMarker() const
{
    return m_charts[kDerivative]->kinkOpenMarker();
}

QList<QLineSeries *> ActivationBoard::selectedSlopePieces() const
{
    return m_charts[kDerivative]->selectedPieces();
}

QList<QLineSeries *> ActivationBoard::familySlopePieces(const QString &familyId) const
{
    return m_charts[kDerivative]->familyPieces(familyId);
}

ChartOverlay *ActivationBoard::overlay(Plot plot) const
{
    return chartOf(plot)->overlay();
}

BoardChart *ActivationBoard::chartOf(Plot plot) const
{
    return m_charts[indexOf(plot)];
}

void ActivationBoard::setShowOtherFamilies(bool show)
{
    if (show == m_showOtherFamilies)
        return;
    m_showOtherFamilies = show;
    updateFaintVisibility();
    updateRanges();
    emit showOtherFamiliesChanged(show);
}

void ActivationBoard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // QChart gets no LanguageChange of its own
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        applyFont();
}

void ActivationBoard::applyFont()
{
    // Lines grow with the text (presentation mode sets a larger font on the lab page).
    for (BoardChart *chart : m_charts)
        chart->setTextFont(font(), style::typeScale(this));
    alignPlotAreas();
}

void ActivationBoard::retranslate()
{
    //: The activation chart's y-axis title when "activation f(x)" does not fit the chart's height.
    const QString shortActivation = tr("f(x)");
    //: The derivative chart's y-axis title when "derivative f′(x)" does not fit the chart's height.
    const QString shortDerivative = tr("f′(x)");
    m_charts[kActivation]->setAxisTitles(tr("x"), tr("activation f(x)"), shortActivation);
    m_charts[kDerivative]->setAxisTitles(tr("x"), tr("derivative f′(x)"), shortDerivative);
    alignPlotAreas();
    m_views[kActivation]->setAccessibleName(tr("Activation chart"));
    m_views[kActivation]->setAccessibleDescription(
        tr("The selected family's output f(x) against x, the other families faintly. Drag or click to place "
           "the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms."));
    m_views[kDerivative]->setAccessibleName(tr("Derivative chart"));
    m_views[kDerivative]->setAccessibleDescription(
        tr("The selected family's slope f′(x), the gradient that survives back-propagation. Drag or click to "
           "place the probe; arrow keys or the wheel step it (Shift coarse, Ctrl fine); Ctrl+wheel zooms."));
    m_legend->setAccessibleName(tr("Families"));

    for (const FamilySpec &spec : FamilyCatalog::all()) {
        if (BoardLegendEntry *entry = m_legend->entry(spec.id)) {
            entry->setLabel(spec.displayName, m_teaching->text(QStringLiteral("families.") + spec.id + QStringLiteral(".tagline")));
            entry->setAccessibleDescription(tr("Select %1 and draw it bold on the board").arg(spec.displayName));
        }
        for (BoardChart *chart : m_charts)
            chart->familySeries(spec.id)->setName(spec.displayName);
    }
    for (style::Zone zone : kZones) {
        const QString prefix = QStringLiteral("zones.") + style::zoneId(zone);
        m_charts[kActivation]->overlay()->setZoneTitle(zone, m_teaching->text(prefix + QStringLiteral(".title")));
        m_captions->setCaption(zone, m_teaching->text(prefix + QStringLiteral(".caption")));
    }
}

void ActivationBoard::applyPalette()
{
    for (BoardChart *chart : m_charts)
        chart->applyPalette(palette());
    m_legend->update();
    m_captions->update();
}

void ActivationBoard::onFamilyChanged()
{
    m_selected = m_model->family();
    const FamilySpec &spec = m_model->familySpec();
    m_legend->setSelectedFamily(m_selected); // listed too, if outside the comparison set
    for (int i : {kActivation, kDerivative})
        m_charts[i]->setSelectedFamily(m_selected, spec.displayName);
    pushSelectedCurves(); // cached points: switching family re-samples nothing
    updateFaintVisibility();
    updateRanges();
    updateProbe();
    updateKink();
    settleChartLayouts();
}

void ActivationBoard::onComparisonChanged()
{
    // The legend names what the teacher chose to compare, plus the selected family: with the
    // faint curves hidden (O) it still offers the same choice of families.
    m_legend->setComparedFamilies(m_model->comparisonIds());
    updateFaintVisibility();
    updateRanges();
    settleChartLayouts();
}

bool ActivationBoard::isDrawn(const QString &family) const
{
    return family == m_selected || (m_showOtherFamilies && m_model->isCompared(family));
}

void ActivationBoard::onParameterChanged(const QString &family)
{
    resampleFamily(family);
    updateRanges();
    if (family == m_selected) {
        updateProbe();
        updateKink();
    }
    settleChartLayouts();
}

void ActivationBoard::onViewRangeChanged()
{
    for (BoardChart *chart : m_charts)
        chart->setXRange(m_model->viewMinimum(), m_model->viewMaximum());
    resampleAll();
    updateProbe();
    updateCaptionExtents();
}

void ActivationBoard::onPlotAreaChanged()
{
    updateCaptionExtents();
    // Tick density follows the plot height; the range itself does not change with it.
    if (tickCount(kActivation) != m_tickCounts[kActivation] || tickCount(kDerivative) != m_tickCounts[kDerivative])
        updateRanges();
    const int wanted = wantedSampleCount();
    const bool densityOff = wanted > m_sampleCount * kDensitySlack || wanted * kDensitySlack < m_sampleCount;
    // The curves were thinned for a plot height; a much taller plot shows their corners, a much
    // shorter one could do with fewer points.
    bool heightOff = false;
    for (int i : {kActivation, kDerivative}) {
        const double height = plotHeight(i);
        heightOff = heightOff || height > m_thinnedHeights[i] * kDensitySlack || height * kDensitySlack < m_thinnedHeights[i];
    }
    if (densityOff || heightOff)
        m_resampleTimer->start();
}

double ActivationBoard::plotHeight(int chart) const
{
    const QRectF plot = m_charts[chart]->chart()->plotArea();
    return plot.isValid() ? plot.height() : kFallbackPlotHeight;
}

PixelScale ActivationBoard::pixelScale(int chart, double ySpan) const
{
    // The axis always spans at least the curve's own extent, so measuring y against that extent
    // over-estimates the pixels a unit covers: the thinned curve is never further off than promised.
    const QRectF plot = m_charts[chart]->chart()->plotArea();
    const double width = plot.isValid() ? plot.width() : m_sampleCount / kSamplesPerPixel;
    PixelScale scale;
    scale.x = width / (m_model->viewMaximum() - m_model->viewMinimum());
    scale.y = ySpan > 0.0 ? plotHeight(chart) / ySpan : 1.0; // a flat curve is straight at any scale
    return scale;
}

int ActivationBoard::tickCount(int chart) const
{
    const double height = m_charts[chart]->chart()->plotArea().height();
    // Large type (presentation, a 4K screen) needs more room per label than the usual 40 px.
    const double lineHeight = QFontMetricsF(m_charts[chart]->overlay()->yLabels()->labelFont()).lineSpacing();
    const double room = std::max(kPixelsPerTick, 1.5 * lineHeight);
    return std::clamp(static_cast<int>(height / room), 2, 8);
}

int ActivationBoard::wantedSampleCount() const
{
    const double width = m_charts[kActivation]->chart()->plotArea().width();
    return std::max(kMinimumSamples, static_cast<int>(std::ceil(kSamplesPerPixel * width)));
}

void ActivationBoard::resampleAll()
{
    m_resampleTimer->stop();
    m_sampleCount = wantedSampleCount();
    m_thinnedHeights = {plotHeight(kActivation), plotHeight(kDerivative)};
    for (const QString &id : FamilyCatalog::ids())
        resampleFamily(id);
    updateRanges();
    updateKink();
}

void ActivationBoard::resampleFamily(const QString &family)
{
    FamilyCurves curves = sampleFamilyCurves(*m_model, family, m_model->viewMinimum(), m_model->viewMaximum(), m_sampleCount);
    // The derivative axis always shows 0 to 1, so slopes never need more precision than that span.
    curves.output = simplifyCurve(curves.output, pixelScale(kActivation, curves.outputMaximum - curves.outputMinimum),
                                  kCurveTolerance);
    curves.slope = simplifyCurve(curves.slope,
                                 pixelScale(kDerivative, std::max(1.0, curves.slopeMaximum - curves.slopeMinimum)),
                                 kCurveTolerance);
    m_curves.insert(family, curves);
    pushFamilyCurves(family);
}

void ActivationBoard::pushFamilyCurves(const QString &family)
{
    const FamilyCurves &curves = m_curves[family];
    const bool faintShown = isDrawn(family) && family != m_selected;
    // A hidden faint curve is brought up to date only when it is shown again.
    if (faintShown) {
        m_charts[kActivation]->familySeries(family)->replace(curves.output);
        // Cut where the slope jumps, as the selected slope is, only without the kink's dots.
        m_charts[kDerivative]->setFamilyPieces(family, slopePieces(curves.slope, kinksOf(family)));
        m_staleFaint.remove(family);
    } else {
        m_staleFaint.insert(family);
    }
    if (family == m_selected)
        pushSelectedCurves();
}

double ActivationBoard::shownUpTo() const
{
    if (!std::isnan(m_wipeX))
        return m_wipeX;
    if (m_model->prediction()->isHidden(PredictionState::kCurveRight))
        return m_model->probe();
    return std::numeric_limits<double>::infinity();
}

void ActivationBoard::pushSelectedCurves()
{
    pushSelectedActivation();
    // The slope is cut where it jumps; the kink's dots say which value it takes there.
    m_charts[kDerivative]->setSelectedPieces(slopePieces(m_curves[m_selected].slope, kinksOf(m_selected)));
}

QList<Kink> ActivationBoard::kinksOf(const QString &family) const
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    return spec ? relulab::kinksOf(*spec, m_model->parameters(family)) : QList<Kink>();
}

AxisScale ActivationBoard::scaleWithRoom(int chart, double low, double high, const QList<double> &markers) const
{
    // A kink marker is drawn around its point: widen the range until each has its radius and a
    // little air inside the plot, so none is cut at the top or bottom edge.
    const double room = m_charts[chart]->kinkMarkerRadius() + kMarkerAir;
    AxisScale scale = niceScale(low, high, kRangePadding, tickCount(chart));
    for (int pass = 0; pass < 4; ++pass) {
        const double perPixel = (scale.maximum - scale.minimum) / std::max(1.0, plotHeight(chart));
        double wantedLow = low;
        double wantedHigh = high;
        for (double y : markers) {
            wantedLow = std::min(wantedLow, y - room * perPixel);
            wantedHigh = std::max(wantedHigh, y + room * perPixel);
        }
        if (wantedLow >= scale.minimum && wantedHigh <= scale.maximum)
            break;
        low = std::min(low, wantedLow);
        high = std::max(high, wantedHigh);
        scale = niceScale(low, high, kRangePadding, tickCount(chart));
    }
    return scale;
}

void ActivationBoard::pushSelectedActivation()
{
    const QList<QPointF> &output = m_curves[m_selected].output;
    const double limit = shownUpTo();
    m_charts[kActivation]->selectedSeries()->replace(std::isinf(limit) ? output : curveUpTo(output, limit));
}

void ActivationBoard::applyHiddenParts()
{
    const PredictionState *prediction = m_model->prediction();
    if (prediction->isHidden(PredictionState::kCurveRight)) {
        m_wipe->stop();
        m_wipeX = std::numeric_limits<double>::quiet_NaN();
    }
    if (m_wipe->state() != QAbstractAnimation::Running)
        pushSelectedActivation();
    updateKink();
    if (prediction->isHidden(PredictionState::kDerivative))
        m_derivativeVeil->cover();
    else if (m_derivativeVeil->isCovering())
        m_derivativeVeil->lift(false);
}

void ActivationBoard::onRevealed(const QStringList &parts)
{
    if (parts.contains(PredictionState::kDerivative))
        m_derivativeVeil->lift(true);
    if (parts.contains(PredictionState::kCurveRight)) {
        m_wipeX = m_model->probe();
        m_wipe->setStartValue(m_model->probe());
        m_wipe->setEndValue(std::max(m_model->probe(), m_model->viewMaximum()));
        m_wipe->start();
    }
}

void ActivationBoard::updateFaintVisibility()
{
    for (const QString &id : FamilyCatalog::ids()) {
        const bool shown = isDrawn(id) && id != m_selected;
        if (shown && m_staleFaint.contains(id))
            pushFamilyCurves(id);
        for (BoardChart *chart : m_charts)
            chart->setFamilyVisible(id, shown);
    }
}

void ActivationBoard::updateRanges()
{
    double outputLow = std::numeric_limits<double>::infinity();
    double outputHigh = -outputLow;
    // The derivative axis always shows the two slopes that matter most: 0 (dead) and 1 (identity).
    double slopeLow = 0.0;
    double slopeHigh = 1.0;
    for (auto it = m_curves.cbegin(); it != m_curves.cend(); ++it) {
        if (!isDrawn(it.key()) || it.value().output.isEmpty())
            continue;
        outputLow = std::min(outputLow, it.value().outputMinimum);
        outputHigh = std::max(outputHigh, it.value().outputMaximum);
        slopeLow = std::min(slopeLow, it.value().slopeMinimum);
        slopeHigh = std::max(slopeHigh, it.value().slopeMaximum);
    }
    if (outputLow > outputHigh) {
        outputLow = 0.0;
        outputHigh = 1.0;
    }
    m_tickCounts = {tickCount(kActivation), tickCount(kDerivative)};
    QList<double> outputMarkers;
    QList<double> slopeMarkers;
    for (const Kink &k : kinksOf(m_selected)) {
        if (k.x < m_model->viewMinimum() || k.x > m_model->viewMaximum())
            continue;
        outputMarkers.append(k.output);
        slopeMarkers << k.slopeLeft << k.slopeRight;
    }
    m_charts[kActivation]->setYScale(scaleWithRoom(kActivation, outputLow, outputHigh, outputMarkers));
    m_charts[kDerivative]->setYScale(scaleWithRoom(kDerivative, slopeLow, slopeHigh, slopeMarkers));
    alignPlotAreas(); // new labels may need more room, or less
}

void ActivationBoard::settleChartLayouts()
{
    // New tick labels can change the charts' margins. Left to the event loop, the new layout
    // would come after a first repaint and repaint both charts again; done now, the next frame
    // paints them once, already settled.
    if (!isVisible())
        return;
    for (int pass = 0; pass < 3; ++pass) {
        bool settled = true;
        for (BoardChart *chart : m_charts) {
            QGraphicsLayout *layout = chart->chart()->layout();
            if (!layout->isActivated()) {
                layout->activate();
                settled = false;
            }
        }
        if (settled)
            return;
    }
}

void ActivationBoard::updateProbe()
{
    const Reading reading = m_model->reading();
    m_charts[kActivation]->setProbePoint(QPointF(reading.x, reading.output));
    m_charts[kDerivative]->setProbePoint(QPointF(reading.x, reading.slope));
    // The class predicts the new reading: the curve stays hidden right of wherever the probe is.
    if (m_model->prediction()->isHidden(PredictionState::kCurveRight)) {
        pushSelectedActivation();
        updateKink();
    }
}

void ActivationBoard::updateKink()
{
    // Every kink inside the view that is not right of a hidden curve (it would give it away).
    QList<QPointF> outputs;
    QList<QPointF> taken;
    QList<QPointF> notTaken;
    for (const Kink &k : kinksOf(m_selected)) {
        if (k.x < m_model->viewMinimum() || k.x > m_model->viewMaximum() || k.x > shownUpTo())
            continue;
        outputs.append(QPointF(k.x, k.output));
        taken.append(QPointF(k.x, k.slope));
        notTaken.append(QPointF(k.x, k.slopeNotTaken()));
    }
    m_charts[kActivation]->setKinkPoints(outputs);
    m_charts[kDerivative]->setKinkDots(taken, notTaken);
}

void ActivationBoard::alignPlotAreas()
{
    // Each chart needs its own room for its labels ("-0.2" against "-1.5"). Both charts are as
    // wide as the board, so giving both the wider room on each side puts their plot areas in one
    // column and the probe line through both is one straight line.
    // The left room is at least that of a label like "−0.25", whatever the family's ticks: the
    // plot area, and with it the zone captions' wrapping, then stays put when the family changes.
    const QMargins activation = m_charts[kActivation]->requiredMargins();
    const QMargins derivative = m_charts[kDerivative]->requiredMargins();
    const QString usualWidest = withMinusSign(locale().toString(-0.25), locale());
    int left = std::max(activation.left(), derivative.left());
    for (BoardChart *chart : m_charts)
        left = std::max(left, static_cast<int>(std::ceil(chart->yLabels()->thicknessFor(usualWidest))));
    const int right = std::max(activation.right(), derivative.right());
    for (BoardChart *chart : m_charts)
        chart->setSideMargins(left, right);
}

void ActivationBoard::updateCaptionExtents()
{
    const ProbeChartView *view = m_views[kActivation];
    const QChart *chart = m_charts[kActivation]->chart();
    std::array<QPair<int, int>, 3> extents = {};
    for (style::Zone zone : kZones) {
        const QRectF rect = m_charts[kActivation]->overlay()->zoneRect(zone);
        if (rect.isEmpty())
            continue;
        const QPoint left = view->mapFromScene(chart->mapToScene(rect.topLeft()));
        const QPoint right = view->mapFromScene(chart->mapToScene(rect.topRight()));
        const int from = m_captions->mapFrom(this, view->viewport()->mapTo(this, left)).x();
        const int to = m_captions->mapFrom(this, view->viewport()->mapTo(this, right)).x();
        extents[static_cast<int>(zone)] = qMakePair(from, to);
    }
    m_captions->setZoneExtents(extents);
}

void ActivationBoard::zoom(double factor, double anchorX)
{
    const double minimum = m_model->viewMinimum();
    const double maximum = m_model->viewMaximum();
    // A hair above the model's minimum width, so that rounding cannot make it refuse the range.
    const double narrowest = LabModel::kMinimumViewWidth * (1.0 + 1e-9);
    const double widest = 2.0 * LabModel::kViewLimit;
    const double width = std::clamp((maximum - minimum) * factor, narrowest, widest);
    const double scale = width / (maximum - minimum);
    double low = anchorX - (anchorX - minimum) * scale;
    // Keep the anchor under the pointer, then slide the window back inside the model's limits.
    low = std::clamp(low, -LabModel::kViewLimit, LabModel::kViewLimit - width);
    const double high = std::min(low + width, LabModel::kViewLimit);
    m_model->setViewRange(low, high);
}

} // namespace relulab
