#include "survival/gradientsurvivalview.h"

#include "survival/batchstatisticspanel.h"
#include "survival/depthlabpanel.h"
#include "widgets/familychooser.h"
#include "labmodel.h"
#include "survivalscenario.h"
#include "teaching.h"
#include "widgets/wrappinglabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace relulab {

GradientSurvivalView::GradientSurvivalView(LabModel *model, Teaching *teaching, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_teaching(teaching)
{
    m_intro = new WrappingLabel(this);
    m_familyLabel = new QLabel(this);
    m_family = new FamilyChooser(model, this); // the same chooser as on the lab page
    m_familyLabel->setBuddy(m_family);
    m_scenarioLabel = new QLabel(this);
    m_scenario = new QComboBox(this);
    m_scenario->addItem(QString()); // "Choose…"
    for (const SurvivalScenario &scenario : survivalScenarios())
        m_scenario->addItem(QString(), scenario.id);
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenarioLabel->setBuddy(m_scenario);
    m_scenarioNote = new WrappingLabel(this);

    m_pages = new QTabWidget(this);
    m_batch = new BatchStatisticsPanel(model, teaching, m_pages);
    m_depth = new DepthLabPanel(model, teaching, m_pages);
    m_pages->addTab(m_batch, QString());
    m_pages->addTab(m_depth, QString());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_familyLabel);
    bar->addWidget(m_family);
    bar->addSpacing(16);
    bar->addWidget(m_scenarioLabel);
    bar->addWidget(m_scenario);
    bar->addSpacing(8);
    bar->addWidget(m_scenarioNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(bar);
    layout->addWidget(m_pages, 1);

    connect(m_scenario, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applyScenario(m_scenario->itemData(index).toString());
    });
    connect(m_teaching, &Teaching::languageChanged, this, &GradientSurvivalView::retranslateUi);

    retranslateUi();
}

QString GradientSurvivalView::title() const
{
    return m_teaching->text(QStringLiteral("survival.title"));
}

void GradientSurvivalView::showBatchPage()
{
    m_pages->setCurrentWidget(m_batch);
}

void GradientSurvivalView::showDepthPage()
{
    m_pages->setCurrentWidget(m_depth);
}

bool GradientSurvivalView::applyScenario(const QString &id)
{
    const SurvivalScenario *scenario = findSurvivalScenario(id);
    if (!scenario)
        return false;
    m_model->beginBatch();
    bool ok = m_model->setFamily(scenario->family);
    for (const auto &[name, value] : scenario->parameters)
        ok = ok && m_model->setParameter(scenario->family, name, value);
    m_model->endBatch();
    if (!ok)
        return false;
    m_scenarioId = id;
    m_scenario->setCurrentIndex(m_scenario->findData(id));
    if (scenario->page == SurvivalScenario::Page::Batch) {
        m_batch->setDistribution(scenario->mu, scenario->sigma);
        showBatchPage();
    } else {
        DepthSettings settings; // the default sizes and seed; a custom gain stays as it was
        settings.init = scenario->init;
        settings.gain = m_depth->settings().gain;
        m_depth->setSettings(settings);
        m_depth->setAllFamilies(false);
        showDepthPage();
        m_depth->cancel();
        m_depth->waitForRun();
        m_depth->run();
    }
    retranslateUi();
    return true;
}

void GradientSurvivalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GradientSurvivalView::retranslateUi()
{
    m_intro->setText(m_teaching->text(QStringLiteral("survival.intro")));
    m_familyLabel->setText(tr("&Family"));
    m_scenarioLabel->setText(tr("&Try a scenario"));
    m_scenario->setItemText(0, tr("Choose…"));
    for (int i = 1; i < m_scenario->count(); ++i) {
        const QString key = QStringLiteral("survival.scenarios.") % m_scenario->itemData(i).toString();
        m_scenario->setItemText(i, m_teaching->text(key % QStringLiteral(".title")));
    }
    m_scenarioNote->setText(m_scenarioId.isEmpty()
                                ? QString()
                                : m_teaching->text(QStringLiteral("survival.scenarios.") % m_scenarioId
                                                   % QStringLiteral(".note")));
    m_pages->setTabText(m_pages->indexOf(m_batch), m_teaching->text(QStringLiteral("survival.batch.title")));
    m_pages->setTabText(m_pages->indexOf(m_depth), m_teaching->text(QStringLiteral("survival.depth.title")));
    emit titleChanged(title());
}

} // namespace relulab
