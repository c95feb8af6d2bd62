#pragma once

#include <QList>
#include <QString>

namespace relulab {

// Strict, locale-independent number parsing for command lines and files: "1.5", "-2e-3".
// Refuses empty text, trailing junk, NaN and infinity.
bool parsePlainNumber(const QString &text, double *value);
// "A:B" with A < B.
bool parseRange(const QString &text, double *minimum, double *maximum);
// "X1,X2,..." with at least one number.
bool parseNumberList(const QString &text, QList<double> *values);

// Shortest text that reads back as the same double (at most 17 significant digits).
QString formatRoundTrip(double value);
// A short form for messages: up to 10 significant digits.
QString formatPlainNumber(double value);

} // namespace relulab
