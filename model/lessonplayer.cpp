#include "lessonplayer.h"

#include "labmodel.h"

namespace relulab {

LessonPlayer::LessonPlayer(LabModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_deck(LessonDeck::builtIn())
{
    connect(m_model, &LabModel::readingChanged, this, &LessonPlayer::updateLeft);
}

bool LessonPlayer::restoreStep()
{
    return m_current >= 0 && goTo(m_current);
}

bool LessonPlayer::labShowsCurrentStep() const
{
    const LessonStep *step = currentStep();
    if (!step)
        return true;
    const Scenario &state = step->state;
    if (m_model->family() != state.family || m_model->probe() != state.probe)
        return false;
    const FamilySpec &spec = m_model->familySpec();
    const ParameterValues values = m_model->parameters(spec.id);
    for (int i = 0; i < spec.parameters.size(); ++i) {
        double expected = spec.parameters[i].defaultValue;
        for (const auto &[name, value] : state.parameters) {
            if (name == spec.parameters[i].name)
                expected = value;
        }
        if (values.value(i) != expected)
            return false;
    }
    return true;
}

void LessonPlayer::updateLeft()
{
    if (m_applying)
        return;
    const bool left = !labShowsCurrentStep();
    if (left != m_left) {
        m_left = left;
        emit stepLeftChanged(m_left);
    }
}

void LessonPlayer::setDeck(const LessonDeck &deck, const QString &source)
{
    m_deck = deck;
    m_source = source;
    const bool moved = m_current != -1;
    m_current = -1;
    emit deckChanged();
    if (moved)
        emit currentStepChanged(m_current);
    updateLeft();
}

bool LessonPlayer::loadDeck(const QString &path, QString *error)
{
    LessonDeck loaded;
    if (!loadLessonDeck(path, &loaded, error))
        return false;
    setDeck(loaded, path);
    return true;
}

const LessonStep *LessonPlayer::currentStep() const
{
    return m_current >= 0 && m_current < m_deck.steps.size() ? &m_deck.steps[m_current] : nullptr;
}

bool LessonPlayer::next()
{
    return goTo(m_current + 1);
}

bool LessonPlayer::previous()
{
    return m_current > 0 && goTo(m_current - 1);
}

bool LessonPlayer::goTo(int index, QString *error)
{
    if (index < 0 || index >= m_deck.steps.size()) {
        if (error)
            *error = tr("no step %1; the lesson has %2").arg(index + 1).arg(m_deck.steps.size());
        return false;
    }
    // applyScenario validates the whole state first and changes the model in one batch.
    const LessonStep &step = m_deck.steps[index];
    m_applying = true; // the model's signals come before m_current names the new step
    m_model->beginBatch();
    bool applied = m_model->applyScenario(step.state, error);
    // The reader checked the range; the model has the last word, and a refused range leaves the
    // view as it was rather than half a step.
    if (applied && step.xRange)
        applied = m_model->setViewRange(step.xRange->minimum, step.xRange->maximum, error);
    m_model->endBatch();
    m_applying = false;
    if (!applied)
        return false;
    // Going to the same step again re-applies it (the class may have moved the probe) but is
    // not a step change.
    if (index != m_current) {
        m_current = index;
        emit currentStepChanged(m_current);
    }
    updateLeft();
    emit stepApplied(step);
    if (step.hiddenParts)
        emit stepWantsHiddenParts(*step.hiddenParts);
    return true;
}

} // namespace relulab
