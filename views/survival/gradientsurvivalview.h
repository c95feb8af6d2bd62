#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace relulab {

class BatchStatisticsPanel;
class DepthLabPanel;
class FamilyChooser;
class LabModel;
class Teaching;

// The "Gradient survival" tab: what a family does to a whole batch of inputs (batch statistics)
// and to a gradient travelling back through a deep random network (depth lab), with a family
// chooser bound to the lab model and a few teaching scenarios. Needs only the shared model and
// teaching text; it keeps no copy of the family or its parameters.
class GradientSurvivalView : public QWidget
{
    Q_OBJECT

public:
    explicit GradientSurvivalView(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    // The tab's title in the current language ("Gradient survival"); see titleChanged().
    QString title() const;

    BatchStatisticsPanel *batchPanel() const { return m_batch; }
    DepthLabPanel *depthPanel() const { return m_depth; }
    FamilyChooser *familyChooser() const { return m_family; }
    void showBatchPage();
    void showDepthPage();

    // Applies a scenario of survivalScenarios(): family, batch distribution or depth run.
    bool applyScenario(const QString &id);

signals:
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;

    QLabel *m_intro = nullptr;
    QLabel *m_familyLabel = nullptr;
    FamilyChooser *m_family = nullptr;
    QLabel *m_scenarioLabel = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_scenarioNote = nullptr;
    QString m_scenarioId;
    QTabWidget *m_pages = nullptr;
    BatchStatisticsPanel *m_batch = nullptr;
    DepthLabPanel *m_depth = nullptr;
};

} // namespace relulab
