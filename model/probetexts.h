#pragma once

#include "family.h"
#include "labmodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace relulab {

class Teaching;

// Everything a text's conditions may ask about: the reading, the family and its parameters.
struct ProbeFacts
{
    const FamilySpec *spec = nullptr;
    ParameterValues values;
    Reading reading;

    static ProbeFacts of(const LabModel &model);
    static ProbeFacts at(const FamilySpec &spec, const ParameterValues &values, const Reading &reading);
    // The board's zone of the probe: "negative" (x < -1), "hinge" (|x| <= 1), "positive".
    QString zone() const;
    // Where a landmark of the family's curve lies, if it has one here (from the catalog's facts).
    // "slope-root": where the slope turns from negative to positive left of zero (GELU's minimum).
    bool landmark(const QString &name, double *x) const;

private:
    double m_slopeRoot = 0.0;
    bool m_hasSlopeRoot = false;
};

// One text beside a reading: the card (or readout) it fills, the key it was chosen by, the text.
struct ShownText
{
    QString card; // "currentRead", "diagnosis", "tryNext", ... (the names --explain=json uses)
    QString key;  // e.g. "health.fading.explanation@negative"
    QString text;
};

// Teaching texts carry the conditions under which they are true (resources/teaching/
// conditions.json, shared by every language). A slot such as "health.fading.explanation" may have
// variants "health.fading.explanation@negative", ...: the lab shows the one whose conditions hold.
// A key without conditions always holds.
//
// Conditions (all given ones must hold): "slope": "positive" | "negative" | "zero";
// "slopeAtLeast" / "slopeBelow": a number; "zone", "regime", "health": an id or a list of ids;
// "onKink": true | false; "side": {"of": LANDMARK, "is": "left" (x < it) | "right" (x >= it)};
// "parameters": {NAME: {"equals" | "above" | "atLeast" | "below" | "atMost": number}};
// "x": {the same comparisons}, on the probe position itself.
class ProbeTexts
{
public:
    // The texts the lab shows at this reading, card by card, in the teaching's language.
    static QList<ShownText> texts(const Teaching &teaching, const ProbeFacts &facts);
    static QString text(const Teaching &teaching, const ProbeFacts &facts, const QString &card);

    // Every text a card may show, for any family, regime and gradient health (with every
    // variant): what a view reserves room for so that it keeps its size while the probe moves.
    static QStringList possibleTexts(const Teaching &teaching, const QString &card);

    // The key chosen for a slot: the first candidate (variants, then the plain key) that holds.
    static QString chooseKey(const QString &slot, const ProbeFacts &facts);
    // The plain key and its variants, as named in the conditions.
    static QStringList candidates(const QString &slot);
    static bool holds(const QString &key, const ProbeFacts &facts);
    // Every conditioned key with what is wrong with its conditions (unknown words); empty when fine.
    static QStringList problems();
    static const QJsonObject &conditions();
};

} // namespace relulab
