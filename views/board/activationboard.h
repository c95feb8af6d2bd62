#pragma once

#include "board/axisscale.h"
#include "board/boardsampling.h"
#include "curvesampling.h"
#include "widgets/labstyle.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <array>
#include <limits>

class QChartView;
class QGraphicsEllipseItem;
class QLineSeries;
class QScatterSeries;
class QSpacerItem;
class QTimer;
class QVariantAnimation;
class QValueAxis;

namespace relulab {

class ChartOverlay;
class PredictionVeil;
class BoardChart;
class BoardLegend;
class LabModel;
class ProbeChartView;
class Teaching;
class ZoneCaptionStrip;

// The activation board: the selected family's activation (above) and derivative (below) over the
// model's view range, the model's comparison set faintly, the three shaded zones with
// their captions, a clickable legend, and the probe as one vertical line through both charts.
// Drag, click, wheel or arrow keys on either chart move the model's probe; Ctrl+wheel zooms.
//
// Speed: a probe move re-places two markers and two lines (graphics items, not series) and
// re-samples nothing; a parameter change re-samples only that family (one replace() per chart);
// the view range or a new plot size re-samples every family. Each curve is sampled densely and
// then thinned to the points its shape needs: stroking, not sampling, is what costs.
class ActivationBoard : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool showOtherFamilies READ showOtherFamilies WRITE setShowOtherFamilies NOTIFY showOtherFamiliesChanged)

public:
    enum class Plot { Activation, Derivative };

    ActivationBoard(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);
    ~ActivationBoard() override;

    bool showOtherFamilies() const { return m_showOtherFamilies; }

    QChartView *activationView() const;
    QChartView *derivativeView() const;
    QChartView *view(Plot plot) const;
    QValueAxis *xAxis(Plot plot) const;
    QValueAxis *yAxis(Plot plot) const;
    // The faint comparison curve of a family (hidden for the selected family, drawn bold instead).
    QLineSeries *familySeries(Plot plot, const QString &familyId) const;
    QLineSeries *selectedSeries(Plot plot) const;
    QGraphicsEllipseItem *probeMarker(Plot plot) const;
    // Activation: a hollow diamond on each kink. Derivative: a filled dot where the slope is at
    // each jump; kinkOpenMarker() an open dot on the value it does not take.
    QScatterSeries *kinkMarker(Plot plot) const;
    QScatterSeries *kinkOpenMarker() const;
    // The selected derivative curve, one series per piece between slope jumps.
    QList<QLineSeries *> selectedSlopePieces() const;
    // A family's faint derivative curve, cut at its jumps the same way (the first piece is
    // familySeries(); unused pieces are empty and hidden).
    QList<QLineSeries *> familySlopePieces(const QString &familyId) const;
    ChartOverlay *overlay(Plot plot) const;
    BoardLegend *legend() const { return m_legend; }
    // The window may lay the legend out itself (presenting, across the notes beside the board
    // too, for room for a tagline); takeLegendBack() puts it above the charts again.
    BoardLegend *lendLegend();
    void takeLegendBack();
    ZoneCaptionStrip *captionStrip() const { return m_captions; }
    // Covers the derivative panel while it is hidden for prediction.
    PredictionVeil *derivativeVeil() const { return m_derivativeVeil; }
    // Points sampled per curve right now: about two per pixel of plot width, never fewer than
    // kMinimumSamples. The series hold the fewest of them that draw the same curve (simplifyCurve).
    int sampleCount() const { return m_sampleCount; }
    // How far, in pixels, a drawn curve may stray from its dense samples.
    static double curveTolerance();

    static constexpr int kMinimumSamples = 400;

public slots:
    void setShowOtherFamilies(bool show);
    // Presenting, the type is large and the board short: the derivative chart, whose view also
    // carries the x axis, gets a little more height than the activation chart, so that both
    // plots keep room for their tick labels. The legend then keeps the selected family's tagline
    // on screen, since the use-case tile is hidden.
    void setPresenting(bool presenting);

signals:
    void showOtherFamiliesChanged(bool show);

protected:
    void changeEvent(QEvent *event) override;

private:
    BoardChart *chartOf(Plot plot) const;

    void retranslate();
    void applyPalette();
    void applyFont();
    void onFamilyChanged();
    void onParameterChanged(const QString &family);
    void onComparisonChanged();
    // The selected family and, with the faint curves on, the model's comparison set.
    bool isDrawn(const QString &family) const;
    void onViewRangeChanged();
    void onPlotAreaChanged();
    void resampleAll();
    void resampleFamily(const QString &family);
    void pushFamilyCurves(const QString &family);
    void updateFaintVisibility();
    void updateRanges();
    void settleChartLayouts();
    void updateProbe();
    void updateKink();
    // The family's kinks with its current parameters (none for an unknown family).
    QList<Kink> kinksOf(const QString &family) const;
    // A nice y scale over [low, high] that leaves room for a kink marker at each of `markers`.
    AxisScale scaleWithRoom(int chart, double low, double high, const QList<double> &markers) const;
    // Predict, then reveal: the selected curve right of the probe and the derivative panel.
    void applyHiddenParts();
    void onRevealed(const QStringList &parts);
    void pushSelectedCurves();
    void pushSelectedActivation();
    double shownUpTo() const; // the selected activation curve is drawn up to this x
    void alignPlotAreas();
    void updateCaptionExtents();
    void zoom(double factor, double anchorX);
    int wantedSampleCount() const;
    double plotHeight(int chart) const;
    PixelScale pixelScale(int chart, double ySpan) const;
    int tickCount(int chart) const;

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    BoardLegend *m_legend = nullptr;
    QSpacerItem *m_legendGap = nullptr; // between the legend and the charts, while it is here
    std::array<BoardChart *, 2> m_charts = {};
    std::array<ProbeChartView *, 2> m_views = {};
    ZoneCaptionStrip *m_captions = nullptr;
    QTimer *m_resampleTimer = nullptr;
    QHash<QString, FamilyCurves> m_curves;
    // Families whose faint series lag behind m_curves because they were hidden when re-sampled.
    QSet<QString> m_staleFaint;
    QString m_selected;
    int m_sampleCount = kMinimumSamples;
    // The plot heights the current curves were thinned for.
    std::array<double, 2> m_thinnedHeights = {};
    std::array<int, 2> m_tickCounts = {};
    bool m_showOtherFamilies = true;
    // While the right part of the curve is revealed, the x the wipe has reached (NaN otherwise).
    double m_wipeX = std::numeric_limits<double>::quiet_NaN();
    QVariantAnimation *m_wipe = nullptr;
    PredictionVeil *m_derivativeVeil = nullptr;
};

} // namespace relulab
