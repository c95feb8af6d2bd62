#pragma once

#include "axisscale.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QStringList>

class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace relulab {

class ChartOverlay;

// The contents of one board chart: an x and a y axis, a faint curve per family, the selected
// family's bold curve drawn above them, a kink marker and a probe marker, plus the zone and
// probe-line overlay. It styles and places what it is given and knows nothing of the model.
class FamilyChart : public QObject
{
    Q_OBJECT

public:
    explicit FamilyChart(const QStringList &familyIds, QObject *parent = nullptr);

    // Owned by the chart view it is given to.
    QChart *chart() const { return m_chart; }
    QValueAxis *xAxis() const { return m_xAxis; }
    QValueAxis *yAxis() const { return m_yAxis; }
    ChartOverlay *overlay() const { return m_overlay; }
    QLineSeries *familySeries(const QString &familyId) const { return m_familySeries.value(familyId); }
    QLineSeries *selectedSeries() const { return m_selectedSeries; }
    QScatterSeries *probeMarker() const { return m_probeMarker; }
    QScatterSeries *kinkMarker() const { return m_kinkMarker; }

    void setXRange(double minimum, double maximum);
    void setYScale(const AxisScale &scale);
    void setAxisTitles(const QString &x, const QString &y);
    void setXLabelsVisible(bool visible);

    void setSelectedFamily(const QString &familyId, const QString &displayName);
    void setProbePoint(const QPointF &point, bool visible);
    void setKinkPoint(const QPointF &point, bool visible);
    void applyPalette(const QPalette &palette);

    // Extra room on the chart's left and right so that stacked charts share one plot-area column.
    // Fractional (layout contents margins), so the plot areas can match to the sub-pixel.
    void setExtraMargins(qreal left, qreal right);
    qreal extraLeftMargin() const { return m_extraLeft; }
    qreal extraRightMargin() const { return m_extraRight; }

private:
    void restyleSeries();

    QChart *m_chart = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    ChartOverlay *m_overlay = nullptr;
    QHash<QString, QLineSeries *> m_familySeries;
    QLineSeries *m_selectedSeries = nullptr;
    QScatterSeries *m_kinkMarker = nullptr;
    QScatterSeries *m_probeMarker = nullptr;
    QString m_selectedFamily;
    QPalette m_palette;
    qreal m_extraLeft = 0.0;
    qreal m_extraRight = 0.0;
};

} // namespace relulab
