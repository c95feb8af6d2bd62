#pragma once

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QStackedWidget;
class QPushButton;

namespace relulab {

class FamilyChooser;
class LabModel;
class Teaching;

// The controls under the board: family chooser, the family's parameters, the probe position and
// the teaching scenarios.
class LabControls : public QWidget
{
    Q_OBJECT

public:
    LabControls(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    FamilyChooser *familyChooser() const { return m_familyChooser; }
    QDoubleSpinBox *probeSpinBox() const { return m_probe; }
    QPushButton *scenarioButton() const { return m_scenarios; }
    QWidget *parameterPage(const QString &familyId) const { return m_pages.value(familyId); }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeParameterPage(const QString &familyId);
    void rebuildScenarioMenu();
    void retranslate();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    FamilyChooser *m_familyChooser = nullptr;
    QStackedWidget *m_parameterStack = nullptr;
    QHash<QString, QWidget *> m_pages;
    QList<QLabel *> m_noParameters;
    QLabel *m_probeLabel = nullptr;
    QDoubleSpinBox *m_probe = nullptr;
    QPushButton *m_scenarios = nullptr;
};

} // namespace relulab
