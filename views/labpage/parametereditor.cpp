#include "labpage/parametereditor.h"

#include "family.h"
#include "labmodel.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace relulab {

ParameterEditor::ParameterEditor(LabModel *model, const QString &familyId, const ParameterSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_familyId(familyId)
    , m_name(spec.name)
    , m_label(spec.label)
    , m_choiceNames(spec.choices)
    , m_choiceLabels(spec.choiceLabels)
    , m_minimum(spec.minimum)
    , m_step(spec.step)
    , m_caption(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);

    if (spec.isChoice()) {
        m_choices = new QButtonGroup(this);
        for (int i = 0; i < spec.choices.size(); ++i) {
            auto *button = new QRadioButton(this);
            button->setFocusPolicy(Qt::TabFocus); // a click leaves Space to the lesson
            m_choices->addButton(button, i);
            layout->addWidget(button);
        }
        layout->addStretch(1);
        connect(m_choices, &QButtonGroup::idClicked, this,
                [this](int id) { m_model->setParameter(m_familyId, m_name, id); });
    } else {
        m_slider = new QSlider(Qt::Horizontal, this);
        m_slider->setRange(0, sliderPosition(spec.maximum));
        m_slider->setPageStep(std::max(1, m_slider->maximum() / 10));
        m_slider->setMinimumWidth(80); // narrow enough for the longest caption (French) at 1366 px
        m_spinBox = new QDoubleSpinBox(this);
        m_spinBox->setRange(spec.minimum, spec.maximum);
        m_spinBox->setSingleStep(spec.step);
        m_spinBox->setDecimals(spec.decimals);
        m_spinBox->setKeyboardTracking(false);
        layout->addWidget(m_slider, 1);
        layout->addWidget(m_spinBox);
        connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
            m_model->setParameter(m_familyId, m_name, m_minimum + position * m_step);
        });
        connect(m_spinBox, &QDoubleSpinBox::valueChanged, this,
                [this](double value) { m_model->setParameter(m_familyId, m_name, value); });
    }
    connect(m_model, &LabModel::parameterChanged, this, [this](const QString &family, const QString &name, double value) {
        if (family == m_familyId && name == m_name)
            showValue(value);
    });
    retranslate();
    showValue(m_model->parameter(m_familyId, m_name));
}

void ParameterEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ParameterEditor::retranslate()
{
    const QString label = QCoreApplication::translate("relulab::Parameter", m_label);
    m_caption->setText(label);
    if (m_slider) {
        m_slider->setAccessibleName(label);
        m_spinBox->setAccessibleName(label);
    }
    if (m_choices) {
        for (int i = 0; i < m_choiceNames.size(); ++i) {
            const char *name = m_choiceLabels.value(i);
            m_choices->button(i)->setText(name ? QCoreApplication::translate("relulab::Parameter", name) : m_choiceNames[i]);
        }
    }
}

void ParameterEditor::showValue(double value)
{
    if (m_choices) {
        if (QAbstractButton *button = m_choices->button(int(value)))
            button->setChecked(true);
        return;
    }
    const QSignalBlocker blockSlider(m_slider);
    const QSignalBlocker blockSpinBox(m_spinBox);
    m_slider->setValue(sliderPosition(value));
    m_spinBox->setValue(value);
}

int ParameterEditor::sliderPosition(double value) const
{
    return int(std::lround((value - m_minimum) / m_step));
}

} // namespace relulab
