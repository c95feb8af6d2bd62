#pragma once

#include <QObject>
#include <QStringList>

namespace relulab {

// Predict, then reveal: which answers the class does not see yet. A part is named by a stable id
// (lesson files use them): "readouts" (the values and verdict at the probe, the formula's result
// and the table of every family), "curve-right" (the selected family's curve right of the probe),
// "derivative" (the whole derivative panel), "cards" (the teaching cards that read the probe).
// The teacher chooses which parts hide() hides; reveal() shows them again. Moving the probe or
// changing a parameter keeps hidden parts hidden: the class predicts the new reading.
class PredictionState : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QStringList hiddenParts READ hiddenParts NOTIFY hiddenPartsChanged)
    Q_PROPERTY(QStringList chosenParts READ chosenParts NOTIFY chosenPartsChanged)

public:
    static const QString kReadouts;
    static const QString kCurveRight;
    static const QString kDerivative;
    static const QString kCards;

    explicit PredictionState(QObject *parent = nullptr);

    // Every part, in the order menus list them.
    static QStringList allParts();

    // What hide() hides (the teacher's choice; every part at first), in allParts() order.
    QStringList chosenParts() const { return m_chosen; }
    // Refuses unknown ids (leaving the choice as it was) and says which.
    bool setChosenParts(const QStringList &parts, QString *error = nullptr);

    // Hidden now, in allParts() order. setHiddenParts({}) is reveal() without the animation cue.
    QStringList hiddenParts() const { return m_hidden; }
    bool setHiddenParts(const QStringList &parts, QString *error = nullptr);
    bool isHidden(const QString &part) const { return m_hidden.contains(part); }
    bool isAnythingHidden() const { return !m_hidden.isEmpty(); }

    void hide();   // hides the chosen parts
    void reveal(); // shows every hidden part; views animate the parts named by revealed()
    void toggle(); // reveal() when anything is hidden, hide() otherwise

signals:
    void hiddenPartsChanged(const QStringList &parts);
    void chosenPartsChanged(const QStringList &parts);
    // Emitted by reveal() before hiddenPartsChanged(): these parts appear now, with an animation.
    void revealed(const QStringList &parts);

private:
    // The known ids of `parts` in allParts() order; false (and `error`) for an unknown one.
    static bool normalized(const QStringList &parts, QStringList *known, QString *error);

    QStringList m_chosen = allParts();
    QStringList m_hidden;
};

} // namespace relulab
