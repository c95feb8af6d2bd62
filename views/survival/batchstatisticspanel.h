#pragma once

#include "widgets/refreshwhenshown.h"

#include <QWidget>

class QChart;
class QChartView;
class QAreaSeries;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QSlider;
class QTableWidget;
class QValueAxis;

namespace relulab {

class LabModel;
class Teaching;

// The batch view: pre-activations N(mu, sigma²) drawn over the selected family's activation, and a
// table of what every family does to the whole batch (dead share, mean slope and squared slope,
// mean and variance of the output). Recomputed at once on every change while it can be seen; a
// model change while it is hidden (another tab) only marks it stale, and it catches up when it
// is shown or when table() is asked for.
class BatchStatisticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BatchStatisticsPanel(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    double mu() const { return m_mu; }
    double sigma() const { return m_sigma; }
    // Refuses values outside BatchDistribution's ranges (the panel keeps what it had).
    bool setDistribution(double mu, double sigma);

    // Up to date with the model, also while the panel is hidden.
    QTableWidget *table();

signals:
    void distributionChanged(double mu, double sigma);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildChart();
    void applyPaletteColors();
    void retranslateUi();
    void onModelChanged();
    void refresh();
    void refreshTable();
    void refreshChart();
    void syncControls();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    double m_mu = 0.0;
    double m_sigma = 1.0;
    // Nobody sees a hidden view: it skips changes and catches up when shown.
    RefreshWhenShown *m_catchUp = new RefreshWhenShown(this, [this] { refresh(); });

    QLabel *m_intro = nullptr;
    QLabel *m_muLabel = nullptr;
    QLabel *m_sigmaLabel = nullptr;
    QSlider *m_muSlider = nullptr;
    QSlider *m_sigmaSlider = nullptr;
    QDoubleSpinBox *m_muSpin = nullptr;
    QDoubleSpinBox *m_sigmaSpin = nullptr;
    QLabel *m_watch = nullptr;
    QLabel *m_squaredSlopeNote = nullptr;
    QWidget *m_side = nullptr;

    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QValueAxis *m_axisX = nullptr;
    QValueAxis *m_axisDensity = nullptr;
    QValueAxis *m_axisOutput = nullptr;
    QLineSeries *m_density = nullptr;
    QLineSeries *m_densityBase = nullptr;
    QAreaSeries *m_densityArea = nullptr;
    QLineSeries *m_deadDensity = nullptr;
    QLineSeries *m_deadBase = nullptr;
    QAreaSeries *m_deadArea = nullptr;
    QLineSeries *m_activation = nullptr;

    QTableWidget *m_table = nullptr;
};

} // namespace relulab
