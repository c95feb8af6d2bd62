#pragma once

#include "depthsimulation.h"

#include "widgets/refreshwhenshown.h"

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QValueAxis;

namespace relulab {

class DepthRunner;
class LabModel;
class Teaching;

// The depth lab: a random deep MLP of the selected family (or of every family, overlaid) is run
// off the GUI thread; three charts show per layer the gradient norm, the activation spread and
// the dead share. The previous run stays as dashed lines to compare initializations. A change of
// family, parameters or settings makes the shown run outdated until Run is pressed again. The
// first time the panel is shown it runs the default network by itself. A model change while the
// panel is hidden (another tab) only marks the panel stale; it catches up when shown.
class DepthLabPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DepthLabPanel(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);
    ~DepthLabPanel() override;

    // The settings the controls describe, for the model's selected family.
    DepthSettings settings() const;
    // Takes init, gain, sizes and seed (not the family: that is the model's).
    void setSettings(const DepthSettings &settings);
    void setAllFamilies(bool all);

    bool isRunning() const;
    // The shown run no longer matches the settings, family or parameters (also while hidden).
    bool isRunOutdated() const;
    const QList<DepthResult> &results() const { return m_results; }

    void run();
    void cancel();
    // Blocks until a running simulation has ended and its result was taken in (tests).
    void waitForRun();

signals:
    void runFinished();
    void runCancelled();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyFonts();
    struct Plot
    {
        QChart *chart = nullptr;
        QChartView *view = nullptr;
        QValueAxis *axisX = nullptr;
        QAbstractAxis *axisY = nullptr;
        QCategoryAxis *decades = nullptr; // the log charts' decade labels (10⁰, 10⁻², …)
    };

    Plot makePlot(bool logarithmic);
    void applyTheme(const Plot &plot);
    QList<DepthSettings> plannedRuns() const;
    void retranslateUi();
    void updateControls();
    void onFamilyChanged();
    void onParameterChanged();
    void refresh();
    void updateStatus();
    void updateVerdict();
    void takeResults(const QList<DepthResult> &results);
    void takeCancel();
    void replot();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    DepthRunner *m_runner = nullptr;

    QList<DepthResult> m_results;
    QList<DepthResult> m_previous;
    QElapsedTimer m_clock;
    qint64 m_lastMilliseconds = -1;
    // Nobody sees a hidden view: it skips changes and catches up when shown.
    RefreshWhenShown *m_catchUp = new RefreshWhenShown(this, [this] { refresh(); });
    bool m_autoRunDone = false;
    bool m_lastCancelled = false;
    bool m_awaitingResult = false; // from start until the runner's answer has been taken in
    QString m_refusal; // why the current settings cannot run, empty when they can

    QLabel *m_intro = nullptr;
    QLabel *m_initLabel = nullptr;
    QComboBox *m_init = nullptr;
    QLabel *m_initNote = nullptr;
    QLabel *m_gainLabel = nullptr;
    QDoubleSpinBox *m_gain = nullptr;
    QLabel *m_widthLabel = nullptr;
    QSpinBox *m_width = nullptr;
    QLabel *m_depthLabel = nullptr;
    QSpinBox *m_depth = nullptr;
    QLabel *m_batchLabel = nullptr;
    QSpinBox *m_batch = nullptr;
    QLabel *m_seedLabel = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_allFamilies = nullptr;
    QCheckBox *m_keepPrevious = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_legend = nullptr; // one legend for the three charts
    QLabel *m_watch = nullptr;
    QLabel *m_heXavier = nullptr;
    QLabel *m_initSame = nullptr;
    QWidget *m_side = nullptr;

    Plot m_gradient;
    Plot m_activation;
    Plot m_dead;
};

} // namespace relulab
