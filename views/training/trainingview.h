#pragma once

#include "training/trainingrunner.h"
#include "widgets/refreshwhenshown.h"

#include <QWidget>

class QAction;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QVBoxLayout;

namespace relulab {


class DecisionMap;
class FamilyChooser;
class LabModel;
class StepChart;
class Teaching;
class UnitGrid;

// The "Training" tab: a small network learns a toy data set live, and students watch its units:
// which are active where, which died and when, what gradient each layer still gets. The family
// and its parameters are the lab model's; everything else is a setting of the run. Training runs
// on a thread of its own (TrainingRunner); this view only paints what arrives.
class TrainingView : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingView(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    QString title() const;
    // The settings column: hidden in presentation mode, where the charts take the room.
    QWidget *settingsPanel() const { return m_settingsPanel; }
    // The introduction: hidden in presentation mode too, where the teacher says it.
    QLabel *intro() const { return m_intro; }
    // Keys: play/pause, single step, reset and one per scenario. The window owns the shortcuts.
    QList<QAction *> transportActions() const { return m_transportActions; }
    QList<QAction *> scenarioActions() const { return m_scenarioActions; }

    TrainingSettings settings() const; // as the controls and the lab model say now
    TrainingRunner *runner() const { return m_runner; }
    int step() const { return m_step; }
    bool applyScenario(const QString &id);
    // The tab's own settings and speed as the last session left them (the family is the lab's).
    // A damaged or out-of-range entry keeps the default; the keys ignored are returned.
    QStringList restoreSettings(QSettings &settings);
    // Presentation: the four charts in a 2 × 2 grid under the units, taking the larger share of
    // the height, the plane in a column of its own beside them, as large a square as the tab
    // allows, and the status line a headline with large numbers, so they read from the back of
    // a room.
    void setPresenting(bool presenting);
    QLabel *statusLine() const { return m_status; }
    QFont statusNumberFont() const; // the numbers' type in the status line

    StepChart *lossChart() const { return m_lossChart; }
    StepChart *accuracyChart() const { return m_accuracyChart; }
    StepChart *deadChart() const { return m_deadChart; }
    StepChart *gradientChart() const { return m_gradientChart; }
    DecisionMap *decisionMap() const { return m_map; }
    UnitGrid *unitGrid() const { return m_units; }

signals:
    void titleChanged(const QString &title);
    void scenarioStarted(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeSettingsPanel();
    void rebuildParameterEditors();
    void restart(); // a new run from the current settings; keeps playing if it was
    void followLab(); // the lab's family and parameters changed: new editors, a new run
    void rememberSettings() const; // saved whenever a control changes, as the lab saves its state
    void showSnapshot(const TrainingSnapshot &snapshot);
    void resetCharts();
    void updateStatus();
    QString statusText(int step, int dead, int units) const;
    void fixStatusSize();
    void retranslateUi();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    TrainingRunner *m_runner = nullptr;
    RefreshWhenShown *m_followLab = new RefreshWhenShown(this, [this] { followLab(); });

    QWidget *m_settingsPanel = nullptr;
    FamilyChooser *m_family = nullptr;
    QVBoxLayout *m_parameterLayout = nullptr;
    QList<QLabel *> m_settingLabels;
    QComboBox *m_dataSet = nullptr;
    QSpinBox *m_samples = nullptr;
    QDoubleSpinBox *m_noise = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_depth = nullptr;
    QComboBox *m_optimizer = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QSpinBox *m_batch = nullptr;
    QComboBox *m_init = nullptr;
    QDoubleSpinBox *m_biasInit = nullptr;
    QSpinBox *m_seed = nullptr;

    QLabel *m_intro = nullptr;
    QList<QPushButton *> m_scenarioButtons;
    QPushButton *m_play = nullptr;
    QPushButton *m_stepButton = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_speedLabel = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_scenarioNote = nullptr;
    QLabel *m_deadNote = nullptr;
    QLabel *m_recoveryNote = nullptr;
    QLabel *m_rescueNote = nullptr;
    QLabel *m_mapTitle = nullptr;
    QLabel *m_unitsTitle = nullptr;

    DecisionMap *m_map = nullptr;
    UnitGrid *m_units = nullptr;
    StepChart *m_lossChart = nullptr;
    StepChart *m_accuracyChart = nullptr;
    StepChart *m_deadChart = nullptr;
    StepChart *m_gradientChart = nullptr;
    QHBoxLayout *m_body = nullptr;        // below the status line: the map's column, then the rest
    QVBoxLayout *m_mapColumn = nullptr;   // the map and its title in presentation, else empty
    QVBoxLayout *m_chartColumn = nullptr; // the pictures over the charts
    QGridLayout *m_pictures = nullptr;    // the map (normally), the units and the notes
    QGridLayout *m_chartGrid = nullptr;

    QList<QAction *> m_transportActions;
    QList<QAction *> m_scenarioActions;
    QString m_scenarioId;
    TrainingSettings m_running; // the settings of the run shown
    int m_step = 0;
    int m_deadUnits = 0;
    bool m_updatingControls = false;
    bool m_presenting = false;
    bool m_remember = false; // off while the constructor sets the defaults
};

} // namespace relulab
