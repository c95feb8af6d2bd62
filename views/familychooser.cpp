#include "familychooser.h"

#include "family.h"
#include "familystyle.h"
#include "labmodel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace relulab {
namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

FamilyChooser::FamilyChooser(LabModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    int index = 0;
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        auto *button = new QToolButton(this);
        button->setText(spec.displayName);
        button->setObjectName(spec.id);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(swatch(style::familyColor(spec.id, palette())));
        button->setAccessibleName(spec.displayName);
        button->setToolTip(tr("Show %1 (key %2)").arg(spec.displayName).arg(++index));
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_group->addButton(button);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, id = spec.id] { m_model->setFamily(id); });
    }
    connect(m_model, &LabModel::familyChanged, this, &FamilyChooser::showFamily);
    showFamily(m_model->family());
}

QAbstractButton *FamilyChooser::button(const QString &familyId) const
{
    return findChild<QAbstractButton *>(familyId);
}

void FamilyChooser::showFamily(const QString &familyId)
{
    if (QAbstractButton *selected = button(familyId))
        selected->setChecked(true);
}

} // namespace relulab
