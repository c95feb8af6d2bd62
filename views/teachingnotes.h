#pragma once

#include <QWidget>

namespace relulab {

class LabModel;
class Teaching;
class TeachingCard;

// The panels that follow the probe, family and parameters: Current read, Diagnosis, Try next,
// ML translation, Family snapshot, Why this family exists, Where you'll see it, Choose it when,
// Watch out for. The current read comes first and is set larger.
class TeachingNotes : public QWidget
{
    Q_OBJECT

public:
    enum class Card {
        CurrentRead, Diagnosis, TryNext, MlTranslation, Snapshot, WhyExists, WhereSeen, ChooseWhen, WatchOut,
    };

    TeachingNotes(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    TeachingCard *card(Card which) const;
    // Shows just these cards (the presentation view keeps the current read and diagnosis).
    void showOnly(const QList<Card> &cards);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QList<TeachingCard *> m_cards;
};

} // namespace relulab
