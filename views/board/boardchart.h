#pragma once

#include "board/axisscale.h"

#include <QHash>
#include <QList>
#include <QMargins>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QStringList>

#include <optional>

class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace relulab {

class AxisLabels;
class ChartOverlay;
struct AxisTick;

// The contents of one board chart: an x and a y axis, a faint curve per family, the selected
// family's bold curve drawn above them (each curve in pieces where it jumps), a kink marker, plus
// the overlay of grid, tick labels, zones, probe line and probe marker. It styles and places what
// it is given and knows nothing of the model.
//
// Qt Charts' axes only map values to the plot area: they are hidden, and the overlay draws grid,
// ticks, labels and titles in margins the chart reserves for them by hand.
class BoardChart : public QObject
{
    Q_OBJECT

public:
    explicit BoardChart(const QStringList &familyIds, QObject *parent = nullptr);

    // Owned by the chart view it is given to.
    QChart *chart() const { return m_chart; }
    QValueAxis *xAxis() const;
    QValueAxis *yAxis() const;
    ChartOverlay *overlay() const { return m_overlay; }
    // A family's faint curve; familyPieces() all of it where it is cut at its jumps.
    QLineSeries *familySeries(const QString &familyId) const { return m_familyPieces.value(familyId).value(0); }
    QList<QLineSeries *> familyPieces(const QString &familyId) const { return m_familyPieces.value(familyId); }
    QLineSeries *selectedSeries() const { return m_selectedSeries; }
    // The kink markers: on the activation chart a hollow diamond on each kink; on a chart showing
    // slope jumps (setKinkDots) a filled dot where the slope is and an open one where it is not.
    QScatterSeries *kinkMarker() const { return m_kinkMarker; }
    QScatterSeries *kinkOpenMarker() const { return m_kinkOpenMarker; }
    // The selected curve as pieces (split where it jumps): the first in selectedSeries(), the rest
    // in further series; unused ones are hidden.
    QList<QLineSeries *> selectedPieces() const { return m_selectedPieces; }

    void setXRange(double minimum, double maximum);
    void setYScale(const AxisScale &scale);
    // `shortY` stands in for `y` when the chart is too short for it (see AxisLabels::setTitle()).
    void setAxisTitles(const QString &x, const QString &y, const QString &shortY = QString());
    // The x axis's title past the end of its labels' row (see AxisLabels::setTitleAtEnd()).
    void setXTitleAtEnd(bool atEnd);
    void setXLabelsVisible(bool visible);

    void setSelectedFamily(const QString &familyId, const QString &displayName);
    void setProbePoint(const QPointF &point);
    void setKinkPoints(const QList<QPointF> &points);
    // Slope jumps: filled dots on `taken`, open ones on `notTaken`.
    void setKinkDots(const QList<QPointF> &taken, const QList<QPointF> &notTaken);
    void setSelectedPieces(const QList<QList<QPointF>> &pieces);
    // A faint curve in pieces (split where it jumps), shown or hidden as it was.
    void setFamilyPieces(const QString &familyId, const QList<QList<QPointF>> &pieces);
    void setFamilyVisible(const QString &familyId, bool visible);
    // The marker's radius in pixels: the y range leaves this much room around a kink.
    qreal kinkMarkerRadius() const;
    void applyPalette(const QPalette &palette);
    // Text and line sizes relative to the normal look: larger in presentation mode, so the
    // back of the classroom can read them.
    void setTextFont(const QFont &font, qreal lineScale);

    AxisLabels *xLabels() const;
    AxisLabels *yLabels() const;

    // The margins around the plot area that its labels and titles need, in whole pixels.
    QMargins requiredMargins() const;
    // Left and right margins at least as wide as required: stacked charts of one width given the
    // same sides share one plot-area column, to the pixel.
    void setSideMargins(int left, int right);

private:
    void restyleSeries();
    // Puts `pieces` into `series` (its first piece in the first, ...); shows those with points.
    static void fillPieces(const QList<QLineSeries *> &series, const QList<QList<QPointF>> &pieces, bool visible);
    void applyMargins();
    // Returns whether the axis changed.
    static bool applyScale(QValueAxis *axis, std::optional<AxisScale> *applied, const AxisScale &scale);
    static QString tickLabel(long long k, const AxisScale &scale);
    // A tick (with its label and grid line) at every multiple of the interval within the scale.
    static QList<AxisTick> ticksOf(const std::optional<AxisScale> &scale);

    QChart *m_chart = nullptr;
    QValueAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    ChartOverlay *m_overlay = nullptr;
    QHash<QString, QList<QLineSeries *>> m_familyPieces; // [0] is familySeries()
    QLineSeries *m_selectedSeries = nullptr;
    QScatterSeries *m_kinkMarker = nullptr;
    QScatterSeries *m_kinkOpenMarker = nullptr;
    QList<QLineSeries *> m_selectedPieces; // [0] is m_selectedSeries
    bool m_kinkDots = false;
    QString m_selectedFamily;
    QPalette m_palette;
    qreal m_lineScale = 1.0;
    std::optional<AxisScale> m_xScale;
    std::optional<AxisScale> m_yScale;
    int m_leftMargin = 0;
    int m_rightMargin = 0;
};

} // namespace relulab
