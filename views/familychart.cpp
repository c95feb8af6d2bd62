#include "familychart.h"

#include "chartoverlay.h"
#include "familystyle.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace relulab {
namespace {

const QMargins kBaseMargins(4, 6, 16, 2);
constexpr qreal kSelectedWidth = 3.2;
constexpr qreal kFaintWidth = 1.6;
constexpr int kFaintAlpha = 140;
constexpr qreal kMarkerSize = 13.0;

} // namespace

FamilyChart::FamilyChart(const QStringList &familyIds, QObject *parent)
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

    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0.0);
    m_yAxis->setTickType(QValueAxis::TicksDynamic);
    m_yAxis->setTickAnchor(0.0);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);

    // Series added later are drawn on top: faint curves, then the bold one, then the markers.
    auto attach = [this](QXYSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    };
    for (const QString &id : familyIds) {
        auto *series = new QLineSeries(m_chart);
        series->setObjectName(id);
        attach(series);
        m_familySeries.insert(id, series);
    }
    m_selectedSeries = new QLineSeries(m_chart);
    attach(m_selectedSeries);
    m_kinkMarker = new QScatterSeries(m_chart);
    m_kinkMarker->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_kinkMarker->setMarkerSize(kMarkerSize);
    m_kinkMarker->append(0.0, 0.0);
    attach(m_kinkMarker);
    m_probeMarker = new QScatterSeries(m_chart);
    m_probeMarker->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_probeMarker->setMarkerSize(kMarkerSize);
    m_probeMarker->append(0.0, 0.0);
    attach(m_probeMarker);

    m_overlay = new ChartOverlay(m_chart, m_xAxis, this);
}

void FamilyChart::setXRange(double minimum, double maximum)
{
    const AxisScale ticks = niceScale(minimum, maximum, 0.0, 8);
    m_xAxis->setTickInterval(ticks.tickInterval);
    m_xAxis->setLabelFormat(ticks.labelFormat());
    m_xAxis->setRange(minimum, maximum);
}

void FamilyChart::setYScale(const AxisScale &scale)
{
    m_yAxis->setTickInterval(scale.tickInterval);
    m_yAxis->setLabelFormat(scale.labelFormat());
    m_yAxis->setRange(scale.minimum, scale.maximum);
}

void FamilyChart::setAxisTitles(const QString &x, const QString &y)
{
    m_xAxis->setTitleText(x);
    m_yAxis->setTitleText(y);
}

void FamilyChart::setXLabelsVisible(bool visible)
{
    m_xAxis->setLabelsVisible(visible);
    m_xAxis->setTitleVisible(visible);
}

void FamilyChart::setSelectedFamily(const QString &familyId, const QString &displayName)
{
    m_selectedFamily = familyId;
    m_selectedSeries->setName(displayName);
    restyleSeries();
}

void FamilyChart::setProbePoint(const QPointF &point, bool visible)
{
    m_probeMarker->replace(0, point);
    m_probeMarker->setVisible(visible);
}

void FamilyChart::setKinkPoint(const QPointF &point, bool visible)
{
    m_kinkMarker->replace(0, point);
    m_kinkMarker->setVisible(visible);
}

void FamilyChart::applyPalette(const QPalette &palette)
{
    m_palette = palette;
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(38);
    QColor axisLine = text;
    axisLine.setAlpha(110);

    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    for (QValueAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
        axis->setMinorGridLineVisible(false);
    }
    m_overlay->applyPalette(palette);
    restyleSeries();
}

void FamilyChart::restyleSeries()
{
    for (auto it = m_familySeries.cbegin(); it != m_familySeries.cend(); ++it) {
        QColor faint = style::familyColor(it.key(), m_palette);
        faint.setAlpha(kFaintAlpha);
        QPen pen(faint, kFaintWidth);
        pen.setCapStyle(Qt::RoundCap);
        it.value()->setPen(pen);
    }
    const QColor color = style::familyColor(m_selectedFamily, m_palette);
    QPen bold(color, kSelectedWidth);
    bold.setCapStyle(Qt::RoundCap);
    bold.setJoinStyle(Qt::RoundJoin);
    m_selectedSeries->setPen(bold);

    const QColor base = m_palette.color(QPalette::Base);
    m_probeMarker->setColor(color);
    m_probeMarker->setBorderColor(base);
    m_probeMarker->setPen(QPen(base, 2.0));
    // The kink marker is hollow, so it reads as "a special point", not as a second probe.
    m_kinkMarker->setBrush(base);
    m_kinkMarker->setPen(QPen(color, 2.5));
}

void FamilyChart::setExtraMargins(qreal left, qreal right)
{
    // Sub-pixel changes only: anything smaller cannot move a pixel and must not start a layout loop.
    constexpr qreal kTolerance = 1e-6;
    if (std::fabs(left - m_extraLeft) < kTolerance && std::fabs(right - m_extraRight) < kTolerance)
        return;
    m_extraLeft = left;
    m_extraRight = right;
    m_chart->layout()->setContentsMargins(left, 0.0, right, 0.0);
}

} // namespace relulab
