#pragma once

#include "widgets/refreshwhenshown.h"

#include <QWidget>

namespace relulab {

class LabModel;
class Teaching;
class PredictionVeil;
class TeachingCard;

// The panels that follow the probe, family and parameters: Current read, Diagnosis, Try next,
// ML translation, Family snapshot, Why this family exists, Where you'll see it, Choose it when,
// Watch out for. The current read comes first and is set larger. A reading that changes while
// the notes are hidden (the presentation-only copy outside presentation mode, a closed dock)
// only marks them stale; they catch up when shown or when card() is asked for. While the "cards"
// part is hidden for prediction, the cards that read the probe draw nothing (their room stays).
// The gradient-health card (the health tile's verdict and explanation) is shown only where
// showOnly() asks for it: presenting, the notes column takes it from the readout tiles.
class TeachingNotes : public QWidget
{
    Q_OBJECT

public:
    enum class Card {
        CurrentRead, Diagnosis, TryNext, MlTranslation, Snapshot, WhyExists, WhereSeen, ChooseWhen, WatchOut,
        GradientHealth,
    };

    TeachingNotes(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    // Up to date with the model, also while the notes are hidden.
    TeachingCard *card(Card which);
    // Shows just these cards (the presentation view keeps the current read and diagnosis).
    void showOnly(const QList<Card> &cards);
    // Cards close together, without air to spare (see TeachingCard::setCompact()).
    void setCompact(bool compact);

protected:
    void changeEvent(QEvent *event) override;

private:
    TeachingCard *cardAt(Card which) const; // as it is, stale or not
    void retranslate();
    void onReadingChanged();
    void refresh();
    // Predict, then reveal: the cards that read the probe give the answer away.
    void applyHiddenParts(bool animate);

public:
    // The cover over a card while it is hidden for prediction (nullptr for the family's cards).
    PredictionVeil *veil(Card which) const;

private:

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QList<TeachingCard *> m_cards;
    QList<PredictionVeil *> m_veils; // over the cards that read the probe
    // Nobody sees a hidden view: it skips changes and catches up when shown.
    RefreshWhenShown *m_catchUp = new RefreshWhenShown(this, [this] { refresh(); });
};

} // namespace relulab
