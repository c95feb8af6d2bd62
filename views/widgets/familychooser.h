#pragma once

#include <QWidget>

class QComboBox;

namespace relulab {

class LabModel;

// A compact chooser of the family (the legend above the board and the keys 1–5 do the same);
// mirrors and sets the model's family.
class FamilyChooser : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyChooser(LabModel *model, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFamily(const QString &familyId);
    void updateSwatches();

    LabModel *m_model = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace relulab
