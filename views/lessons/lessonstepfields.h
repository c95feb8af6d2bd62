#pragma once

#include "lessondeck.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace relulab {

class Teaching;

// The lesson editor's part for the view fields of a step (format version 2): one check box per
// field saying whether the step sets it ("Sets the zoom", ...), beside the values it sets, and
// "Capture current view", which asks for the window's state through captureRequested().
class LessonStepFields : public QWidget
{
    Q_OBJECT

public:
    explicit LessonStepFields(Teaching *teaching, QWidget *parent = nullptr);

    // Shows the view fields of `step` (a field the step leaves out: its box unchecked).
    void setStep(const LessonStep &step);
    // Writes the view fields into `step`: a checked field with its values, unchecked ones unset.
    void applyTo(LessonStep *step) const;

    QCheckBox *setsZoom() const { return m_setsZoom; }
    QCheckBox *setsComparison() const { return m_setsComparison; }
    QCheckBox *setsTab() const { return m_setsTab; }
    QCheckBox *setsSurvival() const { return m_setsSurvival; }
    QCheckBox *setsDepth() const { return m_setsDepth; }
    QCheckBox *setsHidden() const { return m_setsHidden; }
    QDoubleSpinBox *zoomFrom() const { return m_zoomFrom; }
    QDoubleSpinBox *zoomTo() const { return m_zoomTo; }
    QListWidget *comparisonList() const { return m_comparison; }
    QComboBox *tabChoice() const { return m_tab; }
    QDoubleSpinBox *muEdit() const { return m_mu; }
    QDoubleSpinBox *sigmaEdit() const { return m_sigma; }
    QComboBox *initChoice() const { return m_init; }
    QDoubleSpinBox *gainEdit() const { return m_gain; }
    QSpinBox *widthEdit() const { return m_width; }
    QSpinBox *depthEdit() const { return m_depth; }
    QSpinBox *batchEdit() const { return m_batch; }
    QSpinBox *seedEdit() const { return m_seed; }
    // One box per lessonformat::hiddenPartIds(), in that order.
    QList<QCheckBox *> hiddenPartBoxes() const { return m_hidden; }
    QPushButton *captureButton() const { return m_capture; }

signals:
    // A value or a check box was changed by the teacher (not by setStep()).
    void edited();
    void captureRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    void retranslate();
    template<typename Widget, typename Signal>
    void reportEdits(Widget *widget, Signal signal);

    Teaching *m_teaching = nullptr;
    bool m_filling = false;
    QCheckBox *m_setsZoom = nullptr;
    QDoubleSpinBox *m_zoomFrom = nullptr;
    QDoubleSpinBox *m_zoomTo = nullptr;
    QCheckBox *m_setsComparison = nullptr;
    QListWidget *m_comparison = nullptr;
    QCheckBox *m_setsTab = nullptr;
    QComboBox *m_tab = nullptr;
    QCheckBox *m_setsSurvival = nullptr;
    QLabel *m_muLabel = nullptr;
    QDoubleSpinBox *m_mu = nullptr;
    QLabel *m_sigmaLabel = nullptr;
    QDoubleSpinBox *m_sigma = nullptr;
    QCheckBox *m_setsDepth = nullptr;
    QComboBox *m_init = nullptr;
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
    QCheckBox *m_setsHidden = nullptr;
    QList<QCheckBox *> m_hidden;
    QPushButton *m_capture = nullptr;
};

} // namespace relulab
