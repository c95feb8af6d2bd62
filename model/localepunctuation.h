#pragma once

#include <QLocale>
#include <QString>

// Punctuation that code assembles, in the typography of the text's language: the one place that
// knows French puts a no-break space before a colon and writes "[0 ; +∞[", that German and Spanish
// separate interval ends with a semicolon because their decimal mark is a comma, and which
// quotation marks each language uses. English (and any language without rules here) keeps the
// plain forms. Pure functions of their arguments; the default locale is the lab's language.
namespace relulab::punctuation {

// "Output range: [0, ∞)" · French "Ensemble image : [0 ; +∞[" (no-break space before the colon).
QString labelled(const QString &label, const QString &value, const QLocale &locale = QLocale());

// The text in the language's quotation marks: 'text' (English) · „text“ · «text» · « text ».
QString quoted(const QString &text, const QLocale &locale = QLocale());

enum class End { Open, Closed };

// An interval from already formatted ends (use infinity() for an unbounded one):
// English [0, ∞) · German [0; ∞) · Spanish [0; +∞) · French [0 ; +∞[ (an open end's bracket
// faces outward). The ends never part at a line break.
QString interval(const QString &lower, End lowerEnd, const QString &upper, End upperEnd,
                 const QLocale &locale = QLocale());

// Every interval in `text` written the lab's plain way ("[0, ∞)", "(−α, ∞)", "[0, 6]": a bracket,
// two ends parted by ", ", a bracket) rewritten as interval() writes it in the language, with "∞"
// and "−∞" as infinity() writes them. For texts the model words once for every language, such as
// a family's output range; apply it before numbers fill the placeholders, since a decimal comma
// would read as a separator.
QString intervalsIn(const QString &text, const QLocale &locale = QLocale());

// The constants a formula writes with a decimal point ("0.044715") in the language's way
// ("0,044715"): every point between two digits.
QString decimalsIn(const QString &text, const QLocale &locale = QLocale());

// "∞" or, where textbooks write the sign (French, Spanish), "+∞"; with negative, "−∞".
QString infinity(const QLocale &locale = QLocale(), bool negative = false);

} // namespace relulab::punctuation
