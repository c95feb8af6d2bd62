#pragma once

#include <QWidget>

class QButtonGroup;
class QAbstractButton;

namespace relulab {

class LabModel;

// One checkable button per family, in catalog order; mirrors and sets the model's family.
class FamilyChooser : public QWidget
{
    Q_OBJECT

public:
    explicit FamilyChooser(LabModel *model, QWidget *parent = nullptr);

    QAbstractButton *button(const QString &familyId) const;

private:
    void showFamily(const QString &familyId);

    LabModel *m_model = nullptr;
    QButtonGroup *m_group = nullptr;
};

} // namespace relulab
