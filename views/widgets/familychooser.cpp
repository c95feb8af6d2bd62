#include "widgets/familychooser.h"

#include "family.h"
#include "widgets/labstyle.h"
#include "labmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace relulab {

FamilyChooser::FamilyChooser(LabModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_combo(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    for (const FamilySpec &spec : FamilyCatalog::all())
        m_combo->addItem(spec.displayName, spec.id);
    updateSwatches();
    setFocusProxy(m_combo);

    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_model->setFamily(m_combo->itemData(index).toString()); });
    connect(m_model, &LabModel::familyChanged, this, &FamilyChooser::showFamily);
    showFamily(m_model->family());
}

void FamilyChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateSwatches();
    QWidget::changeEvent(event);
}

void FamilyChooser::showFamily(const QString &familyId)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(familyId));
}

void FamilyChooser::updateSwatches()
{
    for (int i = 0; i < m_combo->count(); ++i)
        m_combo->setItemIcon(i, style::familySwatch(m_combo->itemData(i).toString(), palette()));
}

} // namespace relulab
