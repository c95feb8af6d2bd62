#include "labpage/labcontrols.h"

#include "widgets/familychooser.h"
#include "labmodel.h"
#include "labpage/parametereditor.h"
#include "teaching.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace relulab {

LabControls::LabControls(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
    , m_familyChooser(new FamilyChooser(model, this))
    , m_parameterStack(new QStackedWidget(this))
    , m_probeLabel(new QLabel(this))
    , m_probe(new QDoubleSpinBox(this))
    , m_scenarios(new QPushButton(this))
{
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        QWidget *page = makeParameterPage(spec.id);
        m_pages.insert(spec.id, page);
        m_parameterStack->addWidget(page);
    }
    m_parameterStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_probe->setRange(-LabModel::kProbeLimit, LabModel::kProbeLimit);
    m_probe->setDecimals(3);
    m_probe->setSingleStep(0.05);
    m_probe->setKeyboardTracking(false);
    m_probe->setValue(m_model->probe());
    m_probeLabel->setBuddy(m_probe);

    m_scenarios->setMenu(new QMenu(m_scenarios));
    m_scenarios->setFocusPolicy(Qt::TabFocus); // a click leaves Space to the lesson

    // One row, so the board keeps its height on a 768-pixel screen.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_familyChooser);
    layout->addWidget(m_parameterStack, 1);
    layout->addWidget(m_probeLabel);
    layout->addWidget(m_probe);
    layout->addWidget(m_scenarios);

    connect(m_probe, &QDoubleSpinBox::valueChanged, this, [this](double x) { m_model->setProbe(x); });
    connect(m_model, &LabModel::probeChanged, this, [this](double x) {
        const QSignalBlocker blocker(m_probe);
        m_probe->setValue(x);
    });
    const auto showFamilyPage = [this](const QString &id) { m_parameterStack->setCurrentWidget(m_pages.value(id)); };
    connect(m_model, &LabModel::familyChanged, this, showFamilyPage);
    showFamilyPage(m_model->family());
    connect(m_teaching, &Teaching::languageChanged, this, &LabControls::retranslate);
    retranslate();
}

QWidget *LabControls::makeParameterPage(const QString &familyId)
{
    auto *page = new QWidget(m_parameterStack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    const FamilySpec *spec = FamilyCatalog::find(familyId);
    for (const ParameterSpec &parameter : spec->parameters)
        layout->addWidget(new ParameterEditor(m_model, familyId, parameter, page));
    if (spec->parameters.isEmpty()) {
        auto *label = new QLabel(page);
        label->setObjectName(familyId);
        label->setForegroundRole(QPalette::PlaceholderText);
        m_noParameters.append(label);
        layout->addWidget(label);
    }
    return page;
}

void LabControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LabControls::retranslate()
{
    for (QLabel *label : std::as_const(m_noParameters)) {
        const QString name = FamilyCatalog::find(label->objectName())->displayName;
        label->setText(tr("%1 has no parameters: its shape is fixed.").arg(name));
    }
    m_probeLabel->setText(tr("&Probe x"));
    m_probe->setAccessibleName(tr("Probe position x"));
    m_scenarios->setText(tr("Jump to teaching scenario"));
    m_scenarios->setAccessibleName(tr("Jump to teaching scenario"));
    rebuildScenarioMenu();
}

void LabControls::rebuildScenarioMenu()
{
    QMenu *menu = m_scenarios->menu();
    menu->clear();
    for (const Scenario &scenario : builtInScenarios()) {
        const QString title = m_teaching->text(QStringLiteral("scenarios.") % scenario.id % QStringLiteral(".title"));
        QAction *action = menu->addAction(title.isEmpty() ? scenario.id : title);
        action->setObjectName(scenario.id);
        action->setToolTip(m_teaching->text(QStringLiteral("scenarios.") % scenario.id % QStringLiteral(".note")));
        connect(action, &QAction::triggered, this, [this, id = scenario.id] {
            if (const Scenario *chosen = findScenario(id))
                m_model->applyScenario(*chosen);
        });
    }
}

} // namespace relulab
