#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;

namespace relulab {

class LabModel;

// A compact chooser of the family (the legend above the board and the keys 1–9 and N do the same);
// mirrors and sets the model's family. The families stand under their group's header ("ReLU
// family", "Before ReLU"), a row that cannot be chosen.
class FamilyChooser : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyChooser(LabModel *model, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    // The group headers as shown, in order.
    QStringList groupTitles() const;
    QList<int> headerRows() const { return m_headerRows; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFamily(const QString &familyId);
    void updateSwatches();

    LabModel *m_model = nullptr;
    QComboBox *m_combo = nullptr;
    QList<int> m_headerRows; // rows of m_combo that are group headers
};

} // namespace relulab
