#pragma once

#include "axisscale.h"

#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QStringList>

#include <optional>

class QCategoryAxis;
class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace relulab {

class ChartOverlay;

// The contents of one board chart: an x and a y axis, a faint curve per family, the selected
// family's bold curve drawn above them, a kink marker, plus the overlay of zones, probe line and
// probe marker. It styles and places what it is given and knows nothing of the model.
class FamilyChart : public QObject
{
    Q_OBJECT

public:
    explicit FamilyChart(const QStringList &familyIds, QObject *parent = nullptr);

    // Owned by the chart view it is given to.
    QChart *chart() const { return m_chart; }
    QValueAxis *xAxis() const;
    QValueAxis *yAxis() const;
    ChartOverlay *overlay() const { return m_overlay; }
    QLineSeries *familySeries(const QString &familyId) const { return m_familySeries.value(familyId); }
    QLineSeries *selectedSeries() const { return m_selectedSeries; }
    QScatterSeries *kinkMarker() const { return m_kinkMarker; }

    void setXRange(double minimum, double maximum);
    void setYScale(const AxisScale &scale);
    void setAxisTitles(const QString &x, const QString &y);
    void setXLabelsVisible(bool visible);

    void setSelectedFamily(const QString &familyId, const QString &displayName);
    void setProbePoint(const QPointF &point);
    void setKinkPoint(const QPointF &point, bool visible);
    void applyPalette(const QPalette &palette);
    // Text and line sizes relative to the normal look: larger in presentation mode, so the
    // back of the classroom can read them.
    void setTextFont(const QFont &font, qreal lineScale);

    // Extra room on the chart's left and right so that stacked charts share one plot-area column.
    // Fractional (layout contents margins), so the plot areas can match to the sub-pixel.
    void setExtraMargins(const QMarginsF &margins);
    QMarginsF extraMargins() const { return m_extraMargins; }

private:
    void restyleSeries();
    // Returns whether the axis changed.
    static bool applyScale(QCategoryAxis *axis, std::optional<AxisScale> *applied, const AxisScale &scale);
    static QString tickLabel(long long k, const AxisScale &scale);
    // The values the axis has a tick (and a grid line) at.
    static QList<double> tickValues(QCategoryAxis *axis);

    QChart *m_chart = nullptr;
    QCategoryAxis *m_xAxis = nullptr;
    QCategoryAxis *m_yAxis = nullptr;
    ChartOverlay *m_overlay = nullptr;
    QHash<QString, QLineSeries *> m_familySeries;
    QLineSeries *m_selectedSeries = nullptr;
    QScatterSeries *m_kinkMarker = nullptr;
    QString m_selectedFamily;
    QPalette m_palette;
    qreal m_lineScale = 1.0;
    std::optional<AxisScale> m_xScale;
    std::optional<AxisScale> m_yScale;
    QMarginsF m_extraMargins;
};

} // namespace relulab
