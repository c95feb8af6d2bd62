#pragma once

#include "activation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace relulab {

// What a unit is doing at the probe. Each family reports the regimes its shape allows.
enum class Regime {
    Active,      // positive side of a piecewise family: a line of slope 1
    Dead,        // output and slope exactly 0
    Leaking,     // negative side of Leaky ReLU: small constant slope
    Saturating,  // ELU's negative side: output bends toward -alpha
    Hinge,       // exactly on a kink
    SoftGate,    // smooth families around zero: the input is partly let through
    NegativeDip, // GELU's negative output to the left of zero
    SoftFloor,   // smooth families far left: output and slope fade toward 0
};

// One adjustable parameter of a family. A choice parameter (non-empty choices) stores the index
// of the chosen option as its value.
struct ParameterSpec
{
    QString name;         // command-line and file name, e.g. "alpha"
    const char *label = nullptr; // interface label, translated with tr() in the "relulab::Parameter" context
    QString symbol;       // how formulas write it, e.g. "α"
    double defaultValue = 0.0;
    double minimum = 0.0;
    double maximum = 0.0;
    double step = 0.0;
    int decimals = 2;
    QStringList choices;

    bool isChoice() const { return !choices.isEmpty(); }
    bool accepts(double value) const;
    QString describeRange() const; // e.g. "0 to 1" or "none or tanh"
};

using ParameterValues = QList<double>; // in the order of FamilySpec::parameters

// One member of the family: its identity, parameters and math. Adding a family to the lab means
// adding one entry to the catalog plus its teaching text.
struct FamilySpec
{
    QString id;            // "leaky-relu"
    QString displayName;   // "Leaky ReLU" (a proper name, not translated)
    QList<ParameterSpec> parameters;
    QString pytorch;       // the PyTorch module with its default arguments
    QString keras;         // the Keras layer or function with its default arguments
    activation::Sample (*evaluate)(double x, const ParameterValues &values) = nullptr;
    // evaluate() for n values at once, bit for bit the same: value[i] and slope[i] of x[i].
    void (*evaluateMany)(const double *x, qsizetype n, const ParameterValues &values, double *value,
                         double *slope) = nullptr;
    bool (*isKink)(double x, const ParameterValues &values) = nullptr;
    // Where the slope is 0 in exact math (ReLU's left side), not merely rounded to 0 in a far tail
    // where it underflows; nullptr: nowhere. Only here is a unit cut off from every gradient.
    bool (*flatAt)(double x, const ParameterValues &values) = nullptr;
    Regime (*regime)(double x, const ParameterValues &values, const activation::Sample &sample) = nullptr;

    ParameterValues defaults() const;
    int parameterIndex(const QString &name) const; // -1 when the family has no such parameter
};

class FamilyCatalog
{
public:
    static const QList<FamilySpec> &all();
    static const FamilySpec *find(const QString &id);
    static QStringList ids();
};

QString regimeId(Regime regime);        // "soft-gate"
bool regimeFromId(const QString &id, Regime *regime);
QList<Regime> allRegimes();

} // namespace relulab
