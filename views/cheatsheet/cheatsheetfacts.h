#pragma once

#include "family.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace relulab {

class LabModel;
struct FamilySpec;

// What the cheat sheet states about one family with the model's current parameters: formulas
// in MathText markup and the key facts as short text, in the reader's language. The facts and
// their numbers are the model's (familyFacts()); this only words and formats them.
struct FamilyFactTexts
{
    QStringList formulas;      // f(x) = ..., f'(x) = ..., in MathText markup
    QString formulaNote;       // e.g. what Φ and φ stand for; may be empty
    QString parameters;        // "α = 0.5" for the current values; empty without parameters
    QString outputRange;
    QString negativeSlope;     // slope left of 0
    QString slopeAtZero;       // value and its convention
    QString pytorch;           // the framework classes with their defaults (from the catalog)
    QString keras;
    QString kerasNote;         // e.g. the older tf.keras name of an argument; may be empty

    // Short values for the comparison table.
    QString slopeAtZeroValue;  // "0.5"
    QString farLeftSlope;      // slope at x = kFarLeft: "0" (nothing), "≈ 0" (fading) or a number
    bool smoothAtZero = true;
};

class CheatSheetFacts
{
    Q_DECLARE_TR_FUNCTIONS(relulab::CheatSheetFacts)

public:
    // `locale` formats the numbers (the sheet's language).
    static FamilyFactTexts forFamily(const LabModel &model, const QString &family, const QLocale &locale);
    // "α = 0.5": one family's current parameters; empty for a family without any. Cheap, unlike
    // forFamily(), which scans the curve for some facts.
    static QString parameters(const LabModel &model, const QString &family, const QLocale &locale);
    // "Leaky ReLU a = 0.01 · ELU α = 0.5 · ...": the current parameters of the families that have any.
    // `families`: only these (the sheet's); empty: every family.
    static QString parameterSummary(const LabModel &model, const QLocale &locale, const QStringList &families = {});
    // A short number with a real minus sign: 0.5, −0.17.
    static QString number(double value, const QLocale &locale, int significant = 3);
    // A fact of the model in the reader's language, its numbers filled in.
    static QString text(const FactText &fact, const QLocale &locale);
};

} // namespace relulab
