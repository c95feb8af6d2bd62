#pragma once

#include "lessondeck.h"

#include <QObject>
#include <QString>

namespace relulab {

class LabModel;

// Walks a lesson deck: going to a step applies its lab state (family, parameters, probe, and the
// x zoom when the step sets one) to the model in one batch, then announces the step with
// stepApplied() so that the window applies what lives in its views (tab, faint curves, survival
// and depth settings), and with stepWantsHiddenParts() when the step says what to hide.
// Starts with the built-in deck, before its first step (currentIndex() -1).
class LessonPlayer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY currentStepChanged)
    Q_PROPERTY(int count READ count NOTIFY deckChanged)

public:
    explicit LessonPlayer(LabModel *model, QObject *parent = nullptr);

    const LessonDeck &deck() const { return m_deck; }
    // Replaces the deck and goes back to before its first step; `source` is the file it came
    // from (empty for the built-in deck or one that was never saved).
    void setDeck(const LessonDeck &deck, const QString &source = QString());
    // Loads a lesson file; on failure the current deck, source and step stay as they were.
    bool loadDeck(const QString &path, QString *error);
    QString deckSource() const { return m_source; }
    bool isBuiltIn() const { return m_source.isEmpty() && m_deck == LessonDeck::builtIn(); }

    int currentIndex() const { return m_current; }
    int count() const { return m_deck.steps.size(); }
    // The step last applied, or nullptr before the first one.
    const LessonStep *currentStep() const;

    // Each applies the step to the model and returns false (changing nothing) when there is no
    // such step or its state is refused by the model.
    bool next();
    bool previous();
    bool goTo(int index, QString *error = nullptr);

    // True once the lab no longer shows the current step's state (the class moved the probe, or
    // changed a parameter or the family); restoreStep() applies the step again.
    bool hasLeftStep() const { return m_left; }
    bool restoreStep();

signals:
    void deckChanged();
    // After every successful goTo() (also when the same step is applied again): the model shows
    // the step; the window applies the step's view fields (LessonViewState::apply()).
    void stepApplied(const relulab::LessonStep &step);
    // After stepApplied(), only for a step with a "predict" field: the parts (ids of
    // lessonformat::hiddenPartIds()) to hide for the class to predict, the others to show.
    void stepWantsHiddenParts(const QStringList &parts);
    void currentStepChanged(int index);
    void stepLeftChanged(bool left);

private:
    LabModel *m_model = nullptr;
    LessonDeck m_deck;
    QString m_source;
    int m_current = -1;
    bool m_left = false;
    bool m_applying = false;

    bool labShowsCurrentStep() const;
    void updateLeft();
};

} // namespace relulab
