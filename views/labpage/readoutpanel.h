#pragma once

#include "family.h"

#include <QWidget>

namespace relulab {

class LabModel;
class ReadoutTile;
class Teaching;

// Output, Local slope, Gradient health and Use case at the probe.
class ReadoutPanel : public QWidget
{
    Q_OBJECT

public:
    ReadoutPanel(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    ReadoutTile *outputTile() const { return m_output; }
    ReadoutTile *slopeTile() const { return m_slope; }
    ReadoutTile *healthTile() const { return m_health; }
    ReadoutTile *useCaseTile() const { return m_useCase; }

    // Presentation: the values, the numbers a class reads from afar, a quarter larger again.
    void setProminent(bool prominent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    // What the output tile says under the value: x and the family's parameters.
    QString outputNote(const FamilySpec &family, const ParameterValues &values, double x) const;

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    ReadoutTile *m_output = nullptr;
    ReadoutTile *m_slope = nullptr;
    ReadoutTile *m_health = nullptr;
    ReadoutTile *m_useCase = nullptr;
    bool m_revealing = false;
    bool m_prominent = false;
};

} // namespace relulab
