#include "window/labkeyactions.h"

#include "family.h"
#include "labmodel.h"
#include "widgets/familygroups.h"

#include <QAction>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace relulab {

LabKeyActions::LabKeyActions(LabModel *model, QWidget *window)
    : QObject(window)
    , m_model(model)
    , m_window(window)
{
    const struct
    {
        const char *name;
        QKeySequence key;
        int direction;
        ProbeStep kind;
    } steps[] = {
        {"probeLeft", QKeySequence(Qt::Key_Left), -1, ProbeStep::Normal},
        {"probeRight", QKeySequence(Qt::Key_Right), 1, ProbeStep::Normal},
        {"probeLeftCoarse", QKeySequence(Qt::SHIFT | Qt::Key_Left), -1, ProbeStep::Coarse},
        {"probeRightCoarse", QKeySequence(Qt::SHIFT | Qt::Key_Right), 1, ProbeStep::Coarse},
        {"probeLeftFine", QKeySequence(Qt::CTRL | Qt::Key_Left), -1, ProbeStep::Fine},
        {"probeRightFine", QKeySequence(Qt::CTRL | Qt::Key_Right), 1, ProbeStep::Fine},
    };
    for (const auto &step : steps) {
        QAction *action = addAction(QString::fromLatin1(step.name), {step.key});
        connect(action, &QAction::triggered, this,
                [this, direction = step.direction, kind = step.kind] { m_model->stepProbe(direction, kind); });
        m_probeActions.append(action);
    }
    QAction *home = addAction(QStringLiteral("probeStart"), {QKeySequence(Qt::Key_Home)});
    connect(home, &QAction::triggered, this, [this] { m_model->setProbe(m_model->viewMinimum()); });
    QAction *end = addAction(QStringLiteral("probeEnd"), {QKeySequence(Qt::Key_End)});
    connect(end, &QAction::triggered, this, [this] { m_model->setProbe(m_model->viewMaximum()); });
    QAction *zero = addAction(QStringLiteral("probeZero"), {QKeySequence(Qt::Key_0)});
    connect(zero, &QAction::triggered, this, [this] { m_model->setProbe(0.0); });
    m_probeActions << home << end << zero;

    // 1–5 the seed families whatever the catalog adds, 6–9 the next ones; N and Shift+N step
    // through every family in catalog order.
    const QStringList keyed = familyKeyOrder();
    for (int i = 0; i < keyed.size(); ++i) {
        const FamilySpec &spec = *FamilyCatalog::find(keyed[i]);
        QAction *select = addAction(QStringLiteral("family-") % spec.id, {QKeySequence(Qt::Key_1 + i)});
        select->setText(spec.displayName);
        connect(select, &QAction::triggered, this, [this, id = spec.id] { m_model->setFamily(id); });
        m_familyActions.append(select);
    }
    QAction *next = addAction(QStringLiteral("nextFamily"), {QKeySequence(Qt::Key_N)});
    connect(next, &QAction::triggered, this, [this] { cycleFamily(+1); });
    QAction *previous = addAction(QStringLiteral("previousFamily"), {QKeySequence(Qt::SHIFT | Qt::Key_N)});
    connect(previous, &QAction::triggered, this, [this] { cycleFamily(-1); });
    m_cycleActions << next << previous;

    QAction *increase = addAction(QStringLiteral("parameterUp"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::SHIFT | Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
    connect(increase, &QAction::triggered, this, [this] { stepMainParameter(+1); });
    QAction *decrease = addAction(QStringLiteral("parameterDown"), {QKeySequence(Qt::Key_Minus)});
    connect(decrease, &QAction::triggered, this, [this] { stepMainParameter(-1); });
    m_parameterActions << increase << decrease;
    retranslate();
}

QAction *LabKeyActions::addAction(const QString &name, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(m_window);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    m_window->addAction(action);
    return action;
}

void LabKeyActions::retranslate()
{
    const auto text = [this](const char *name, const QString &label) {
        m_window->findChild<QAction *>(QString::fromLatin1(name))->setText(label);
    };
    text("probeLeft", tr("Probe left"));
    text("probeRight", tr("Probe right"));
    text("probeLeftCoarse", tr("Probe left, big step"));
    text("probeRightCoarse", tr("Probe right, big step"));
    text("probeLeftFine", tr("Probe left, fine step"));
    text("probeRightFine", tr("Probe right, fine step"));
    text("probeStart", tr("Probe to the left end"));
    text("probeEnd", tr("Probe to the right end"));
    text("probeZero", tr("Probe to zero"));
    text("nextFamily", tr("Next family"));
    text("previousFamily", tr("Previous family"));
    text("parameterUp", tr("Increase the family's parameter"));
    text("parameterDown", tr("Decrease the family's parameter"));
}

void LabKeyActions::cycleFamily(int direction)
{
    const QStringList ids = FamilyCatalog::ids();
    const qsizetype count = ids.size();
    const qsizetype index = ids.indexOf(m_model->family());
    m_model->setFamily(ids[((index + direction) % count + count) % count]);
}

void LabKeyActions::stepMainParameter(int direction)
{
    const FamilySpec &spec = m_model->familySpec();
    if (spec.parameters.isEmpty())
        return;
    const ParameterSpec &main = spec.parameters.constFirst();
    const double current = m_model->parameter(spec.id, main.name);
    // Snap to the step grid so repeated presses land on the values the slider shows.
    const double index = std::round((current - main.minimum) / main.step) + direction;
    const double next = std::clamp(main.minimum + index * main.step, main.minimum, main.maximum);
    m_model->setParameter(spec.id, main.name, next);
}

} // namespace relulab
