#include "lessons/lessonviewstate.h"

#include "board/activationboard.h"
#include "labmodel.h"
#include "predictionstate.h"
#include "survival/batchstatisticspanel.h"
#include "survival/depthlabpanel.h"
#include "survival/gradientsurvivalview.h"

#include <QTabWidget>

namespace relulab {

LessonViewState::LessonViewState(LabModel *model, const Views &views, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_views(views)
{
}

QWidget *LessonViewState::tabPage(const QString &id) const
{
    const QList<QWidget *> pages = {m_views.labTab, m_views.survivalTab, m_views.trainingTab};
    return pages.value(lessonformat::tabIds().indexOf(id));
}

void LessonViewState::apply(const LessonStep &step) const
{
    if (step.comparison) {
        // The reader has checked the ids; an empty list turns the faint curves off.
        if (!step.comparison->isEmpty())
            m_model->setComparisonIds(*step.comparison);
        m_views.board->setShowOtherFamilies(!step.comparison->isEmpty());
    }
    if (step.survival)
        m_views.survival->batchPanel()->setDistribution(step.survival->mu, step.survival->sigma);
    if (step.depth) {
        DepthSettings settings = m_views.survival->depthPanel()->settings();
        settings.init = step.depth->init;
        settings.gain = step.depth->gain;
        settings.width = step.depth->width;
        settings.depth = step.depth->depth;
        settings.batch = step.depth->batch;
        settings.seed = static_cast<quint64>(step.depth->seed);
        m_views.survival->depthPanel()->setSettings(settings);
    }
    // The tab last, so that a tab shown by the step opens with its settings in place.
    if (step.tab) {
        if (QWidget *page = tabPage(*step.tab))
            m_views.tabs->setCurrentWidget(page);
    }
}

void LessonViewState::capture(LessonStep *step) const
{
    const LessonStep lab = LessonStep::fromLab(*m_model);
    step->state.family = lab.state.family;
    step->state.parameters = lab.state.parameters;
    step->state.probe = lab.state.probe;
    step->xRange = LessonXRange{m_model->viewMinimum(), m_model->viewMaximum()};
    step->comparison = m_views.board->showOtherFamilies() ? m_model->comparisonIds() : QStringList();
    const QStringList hidden = m_model->prediction()->hiddenParts();
    if (!hidden.isEmpty())
        step->hiddenParts = hidden;
    const QList<QWidget *> pages = {m_views.labTab, m_views.survivalTab, m_views.trainingTab};
    const int tab = pages.indexOf(m_views.tabs->currentWidget());
    step->tab = lessonformat::tabIds().value(tab >= 0 ? tab : 0);
    step->survival = LessonSurvival{m_views.survival->batchPanel()->mu(), m_views.survival->batchPanel()->sigma()};
    const DepthSettings depth = m_views.survival->depthPanel()->settings();
    step->depth = LessonDepth{depth.init, depth.gain, depth.width, depth.depth, depth.batch, static_cast<qint64>(depth.seed)};
}

} // namespace relulab
