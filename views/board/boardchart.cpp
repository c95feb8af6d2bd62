#include "board/boardchart.h"

#include "board/axislabels.h"
#include "board/chartoverlay.h"
#include "family.h"
#include "widgets/labstyle.h"
#include "widgets/numberformat.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

// The least room around the plot area: a little air above, and on the right for the last x label.
const QMargins kBaseMargins(4, 6, 16, 2);
constexpr qreal kSelectedWidth = 3.2;
constexpr qreal kFaintWidth = 1.6;
// How much of the family colour a faint curve keeps; the rest is the background colour.
constexpr double kFaintStrength = 0.5;
// A little larger than the probe marker (13 px), so that its rim still shows when the probe sits on it.
constexpr qreal kKinkMarkerSize = 17.0;
// The dots of a slope jump, as the cheat sheet draws them: small, so that both stay apart.
constexpr qreal kKinkDotSize = 10.0;
constexpr int kXTicks = 8;
constexpr int kMaximumTicks = 40;

QPen curvePen(const QColor &color, qreal width)
{
    // Qt Charts strokes a solid line segment by segment. Square caps let neighbouring segments
    // overlap (flat caps leave anti-aliased seams); round caps would too, but turn each of
    // thousands of segment ends into arcs, several times slower to stroke.
    return QPen(color, width, Qt::SolidLine, Qt::SquareCap, Qt::BevelJoin);
}

} // namespace

BoardChart::BoardChart(const QStringList &familyIds, QObject *parent)
    : QObject(parent)
    , m_chart(new QChart)
    , m_xAxis(new QValueAxis(m_chart))
    , m_yAxis(new QValueAxis(m_chart))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide(); // the board has its own legend with taglines
    m_chart->setBackgroundRoundness(0.0);
    m_chart->setDropShadowEnabled(false);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setMargins(kBaseMargins);

    // Hidden axes take no room and lay nothing out: the plot area is the chart less its margins.
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_xAxis->setVisible(false);
    m_yAxis->setVisible(false);

    // Series added later are drawn on top: faint curves, then the bold one, then the kink marker
    // (the probe marker is an overlay item, above them all).
    auto attach = [this](QXYSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    };
    // A curve as pieces, one more than the jumps it can have: the first is its series, the others
    // are hidden until they are given points.
    const auto addPieces = [this, &attach](qsizetype jumps) {
        QList<QLineSeries *> pieces;
        for (qsizetype i = 0; i <= jumps; ++i) {
            auto *piece = new QLineSeries(m_chart);
            attach(piece);
            piece->setVisible(i == 0);
            pieces.append(piece);
        }
        return pieces;
    };
    qsizetype mostKinks = 0;
    for (const QString &id : familyIds) {
        const FamilySpec *spec = FamilyCatalog::find(id);
        const qsizetype kinks = spec ? spec->kinkCandidates.size() : 0;
        mostKinks = std::max(mostKinks, kinks);
        m_familyPieces.insert(id, addPieces(kinks));
        m_familyPieces[id].first()->setObjectName(id);
    }
    m_selectedPieces = addPieces(mostKinks);
    m_selectedSeries = m_selectedPieces.first();
    m_kinkOpenMarker = new QScatterSeries(m_chart);
    m_kinkOpenMarker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_kinkOpenMarker->setMarkerSize(kKinkDotSize);
    m_kinkOpenMarker->setVisible(false);
    attach(m_kinkOpenMarker);
    m_kinkMarker = new QScatterSeries(m_chart);
    m_kinkMarker->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_kinkMarker->setMarkerSize(kKinkMarkerSize);
    m_kinkMarker->append(0.0, 0.0);
    attach(m_kinkMarker);

    m_overlay = new ChartOverlay(m_chart, m_xAxis, m_yAxis, this);
    applyMargins();
}

QValueAxis *BoardChart::xAxis() const
{
    return m_xAxis;
}

QValueAxis *BoardChart::yAxis() const
{
    return m_yAxis;
}

AxisLabels *BoardChart::xLabels() const
{
    return m_overlay->xLabels();
}

AxisLabels *BoardChart::yLabels() const
{
    return m_overlay->yLabels();
}

void BoardChart::setXRange(double minimum, double maximum)
{
    AxisScale scale = niceScale(minimum, maximum, 0.0, kXTicks);
    scale.minimum = minimum;
    scale.maximum = maximum;
    if (applyScale(m_xAxis, &m_xScale, scale)) {
        m_overlay->setTicks(ticksOf(m_xScale), ticksOf(m_yScale));
        applyMargins();
    }
}

void BoardChart::setYScale(const AxisScale &scale)
{
    if (applyScale(m_yAxis, &m_yScale, scale)) {
        m_overlay->setTicks(ticksOf(m_xScale), ticksOf(m_yScale));
        applyMargins();
    }
}

bool BoardChart::applyScale(QValueAxis *axis, std::optional<AxisScale> *applied, const AxisScale &scale)
{
    // A new range re-maps every series: skip it when nothing changed (slider drags).
    if (*applied == scale)
        return false;
    *applied = scale;
    axis->setRange(scale.minimum, scale.maximum);
    return true;
}

QList<AxisTick> BoardChart::ticksOf(const std::optional<AxisScale> &scale)
{
    QList<AxisTick> ticks;
    if (!scale)
        return ticks;
    const long long first = static_cast<long long>(std::ceil(scale->minimum / scale->tickInterval - 1e-9));
    const long long last = static_cast<long long>(std::floor(scale->maximum / scale->tickInterval + 1e-9));
    for (long long k = first; k <= last && k - first <= kMaximumTicks; ++k)
        ticks.append({static_cast<double>(k) * scale->tickInterval, tickLabel(k, *scale)});
    return ticks;
}

QString BoardChart::tickLabel(long long k, const AxisScale &scale)
{
    // Our own labels, so they read "0.0", never the "-0.0" that printf-style labels show after
    // rounding errors: k = 0 formats +0.0 exactly.
    const double value = k == 0 ? 0.0 : static_cast<double>(k) * scale.tickInterval;
    return withMinusSign(QLocale().toString(value, 'f', scale.decimals), QLocale());
}

void BoardChart::setAxisTitles(const QString &x, const QString &y, const QString &shortY)
{
    xLabels()->setTitle(x);
    yLabels()->setTitle(y, shortY);
    applyMargins();
}

void BoardChart::setXTitleAtEnd(bool atEnd)
{
    xLabels()->setTitleAtEnd(atEnd);
    applyMargins();
}

void BoardChart::setXLabelsVisible(bool visible)
{
    xLabels()->setVisible(visible);
    applyMargins();
}

void BoardChart::setSelectedFamily(const QString &familyId, const QString &displayName)
{
    m_selectedFamily = familyId;
    m_selectedSeries->setName(displayName);
    restyleSeries();
}

void BoardChart::setProbePoint(const QPointF &point)
{
    m_overlay->setProbe(point);
}

void BoardChart::setKinkPoints(const QList<QPointF> &points)
{
    m_kinkMarker->replace(points);
    m_kinkMarker->setVisible(!points.isEmpty());
}

void BoardChart::setKinkDots(const QList<QPointF> &taken, const QList<QPointF> &notTaken)
{
    if (!m_kinkDots) {
        m_kinkDots = true;
        m_kinkMarker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        m_kinkMarker->setMarkerSize(kKinkDotSize * m_lineScale);
        restyleSeries();
    }
    setKinkPoints(taken);
    m_kinkOpenMarker->replace(notTaken);
    m_kinkOpenMarker->setVisible(!notTaken.isEmpty());
}

qreal BoardChart::kinkMarkerRadius() const
{
    return (m_kinkDots ? kKinkDotSize : kKinkMarkerSize) * m_lineScale / 2.0;
}

void BoardChart::setSelectedPieces(const QList<QList<QPointF>> &pieces)
{
    fillPieces(m_selectedPieces, pieces, true);
}

void BoardChart::setFamilyPieces(const QString &familyId, const QList<QList<QPointF>> &pieces)
{
    const QList<QLineSeries *> series = m_familyPieces.value(familyId);
    if (!series.isEmpty())
        fillPieces(series, pieces, series.first()->isVisible()); // shown or hidden as before
}

void BoardChart::setFamilyVisible(const QString &familyId, bool visible)
{
    const QList<QLineSeries *> series = m_familyPieces.value(familyId);
    for (qsizetype i = 0; i < series.size(); ++i)
        series[i]->setVisible(visible && (i == 0 || series[i]->count() > 0));
}

void BoardChart::fillPieces(const QList<QLineSeries *> &series, const QList<QList<QPointF>> &pieces, bool visible)
{
    for (qsizetype i = 0; i < series.size(); ++i) {
        // Past the pieces given, a series is emptied; a curve with more pieces than series
        // (none in the catalog) would have its last pieces joined into the last series.
        QList<QPointF> points = pieces.value(i);
        if (i + 1 == series.size()) {
            for (qsizetype j = i + 1; j < pieces.size(); ++j)
                points += pieces[j];
        }
        series[i]->replace(points);
        series[i]->setVisible(visible && (i == 0 || !points.isEmpty()));
    }
}

void BoardChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    const QColor text = palette.color(QPalette::WindowText);
    // Opaque mixes rather than translucent ink: a translucent pen sends every grid line through
    // the slow general stroker, which was the largest single cost of a repaint.
    const QColor base = palette.color(QPalette::Base);
    const QColor grid = style::mixed(text, base, 38.0 / 255.0);
    const QColor axisLine = style::mixed(text, base, 110.0 / 255.0);

    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    xLabels()->setColor(text);
    yLabels()->setColor(text);
    m_overlay->applyPalette(palette);
    m_overlay->setGridColors(grid, axisLine);
    restyleSeries();
}

void BoardChart::setTextFont(const QFont &font, qreal lineScale)
{
    m_lineScale = lineScale;
    // The markers grow with the curves they sit on.
    m_overlay->setMarkerScale(lineScale);
    m_kinkOpenMarker->setMarkerSize(kKinkDotSize * lineScale);
    m_kinkMarker->setMarkerSize((m_kinkDots ? kKinkDotSize : kKinkMarkerSize) * lineScale);
    QFont titleFont = font;
    titleFont.setBold(true);
    xLabels()->setFonts(font, titleFont);
    yLabels()->setFonts(font, titleFont);
    m_chart->setFont(font); // the zone titles on the chart grow with the text too
    applyMargins();
    m_overlay->relayout();
    restyleSeries();
}

void BoardChart::restyleSeries()
{
    for (auto it = m_familyPieces.cbegin(); it != m_familyPieces.cend(); ++it) {
        const QColor faint = style::mixed(style::familyColor(it.key(), m_palette), m_palette.color(QPalette::Base), kFaintStrength);
        for (QLineSeries *piece : it.value())
            piece->setPen(curvePen(faint, kFaintWidth * m_lineScale));
    }
    const QColor color = style::familyColor(m_selectedFamily, m_palette);
    for (QLineSeries *piece : m_selectedPieces)
        piece->setPen(curvePen(color, kSelectedWidth * m_lineScale));

    const QColor base = m_palette.color(QPalette::Base);
    m_overlay->setMarkerColor(color);
    // The kink marker is hollow, so it reads as "a special point", not as a second probe. Slope
    // jumps follow PyTorch as the cheat sheet does: filled where the slope is, open where it is not.
    m_kinkMarker->setBrush(m_kinkDots ? QBrush(color) : QBrush(base));
    m_kinkMarker->setPen(QPen(color, 2.5 * m_lineScale));
    m_kinkOpenMarker->setBrush(base);
    m_kinkOpenMarker->setPen(QPen(color, 2.5 * m_lineScale));
}

QMargins BoardChart::requiredMargins() const
{
    const AxisLabels *x = xLabels();
    const AxisLabels *y = yLabels();
    // Half a label sticks out past each end of an axis; the outermost must stay on the chart.
    const int left = static_cast<int>(std::ceil(std::max(y->thickness(), x->overhangBefore() + 2.0)));
    const int top = std::max(kBaseMargins.top(), static_cast<int>(std::ceil(y->overhangAfter())) + 1);
    const int right = std::max(kBaseMargins.right(), static_cast<int>(std::ceil(x->overhangAfter())) + 4);
    const int bottom = x->isVisible() ? static_cast<int>(std::ceil(x->thickness()))
                                      : std::max(kBaseMargins.bottom(), static_cast<int>(std::ceil(y->overhangBefore())) + 1);
    return QMargins(std::max(left, kBaseMargins.left()), top, right, bottom);
}

void BoardChart::setSideMargins(int left, int right)
{
    m_leftMargin = left;
    m_rightMargin = right;
    applyMargins();
}

void BoardChart::applyMargins()
{
    const QMargins required = requiredMargins();
    const QMargins margins(std::max(m_leftMargin, required.left()), required.top(),
                           std::max(m_rightMargin, required.right()), required.bottom());
    // Whole pixels: the chart's size is whole, so the plot area is too, and so are the grid lines on it.
    if (margins != m_chart->margins())
        m_chart->setMargins(margins);
}

} // namespace relulab
