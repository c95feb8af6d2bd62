#pragma once

#include <QWidget>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace relulab {

class LabModel;
struct ParameterSpec;

// Edits one parameter of one family: a slider with a spin box over the catalog's range, or a
// pair of radio buttons for a choice. Two-way bound to the model.
class ParameterEditor : public QWidget
{
    Q_OBJECT

public:
    ParameterEditor(LabModel *model, const QString &familyId, const ParameterSpec &spec, QWidget *parent = nullptr);

    QString familyId() const { return m_familyId; }
    QString parameterName() const { return m_name; }
    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spinBox; }
    QButtonGroup *choices() const { return m_choices; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showValue(double value);
    int sliderPosition(double value) const;

    LabModel *m_model = nullptr;
    QString m_familyId;
    QString m_name;
    const char *m_label = nullptr;
    QStringList m_choiceNames;
    QList<const char *> m_choiceLabels; // from the catalog, translated when shown
    double m_minimum = 0.0;
    double m_step = 1.0;
    QLabel *m_caption = nullptr;
    QSlider *m_slider = nullptr;
    QDoubleSpinBox *m_spinBox = nullptr;
    QButtonGroup *m_choices = nullptr;
};

} // namespace relulab
