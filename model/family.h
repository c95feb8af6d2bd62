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
    Capped,      // ReLU6 above its ceiling: output stuck at 6, slope exactly 0
    Responsive,  // sigmoid and tanh near 0: the slope is at least half its peak
    Saturated,   // sigmoid and tanh further out on either side: the output levels off at a bound
};

// The hinge region is |x| <= 1: the board shades it, smooth families change regime at its edges,
// and the teaching texts speak of its three zones.
constexpr double kHingeHalfWidth = 1.0;

// Where a family sits in the story the lab tells: the board's family chooser groups by it.
enum class FamilyGroup {
    ReluFamily, // ReLU and its descendants
    BeforeRelu, // the saturating classics ReLU replaced (sigmoid, tanh)
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
    // How the interface names each choice, as the frameworks' documentation does; translated with
    // tr() in the "relulab::Parameter" context. Parallel to choices.
    QList<const char *> choiceLabels;
    // False where the PyTorch module has no such argument (torch.nn.SiLU() fixes beta at 1): the
    // cheat sheet's module line then holds for the default only, and a note says so.
    bool pytorchArgument = true;

    bool isChoice() const { return !choices.isEmpty(); }
    bool accepts(double value) const;
    QString describeRange() const; // e.g. "0 to 1" or "none or tanh"
};

using ParameterValues = QList<double>; // in the order of FamilySpec::parameters

struct FamilySpec;

// A number inside a fact, shown with `significant` digits in the reader's language.
struct FactNumber
{
    double value = 0.0;
    int significant = 3;
};

// A sentence about a family: English text with %1, %2, ... where the numbers go. Views translate
// it in the "relulab::FamilyFacts" context (mark sources with QT_TRANSLATE_NOOP in that context)
// and fill in the numbers formatted for the reader.
struct FactText
{
    const char *source = nullptr;
    QList<FactNumber> numbers;

    bool isEmpty() const { return source == nullptr; }
};

// A family's formulas in MathText markup (views/widgets/mathtext.h), with "%x" where the variable
// goes and "%{name}" where a parameter goes, so a view can write them with symbols
// (f(x) = a·x) or at a point with the current values (f(−1.5) = 0.01·(−1.5)); see writeFormula().
struct FamilyFormula
{
    QStringList value; // "f(%x) = ...", then any helper it uses ("u = ...")
    QStringList slope; // "f′(%x) = ...", then any helper it uses
    const char *note = nullptr; // what the symbols stand for (a FactText source); may be null

    QStringList lines() const { return value + slope; }
};

// `line` with `x` for the variable and parameter i written as parameterTexts[i] (its symbol, or
// its name for a parameter without one, where parameterTexts has no entry).
QString writeFormula(const QString &line, const FamilySpec &family, const QString &x = QStringLiteral("x"),
                     const QStringList &parameterTexts = {});

// Where a family that dips below 0 left of the origin (GELU) is lowest, and where its slope is.
struct Dip
{
    double lowestOutputAt = 0.0;
    double lowestOutput = 0.0;
    double lowestSlopeAt = 0.0;
    double lowestSlope = 0.0;
    double slopeRoot = 0.0; // the slope is negative left of here (back to 0 far left)
};

// Everything the lab states about a family with given parameter values (the cheat sheet prints
// it). Numbers are the family's own: views format them, never compute them.
struct FamilyFacts
{
    FamilyFormula formula;
    FactText outputRange;
    FactText negativeSlope; // the slope left of 0
    FactText slopeAtZero;   // its value and the convention behind it
    const char *kerasNote = nullptr; // e.g. an older name of a Keras argument; may be null
    QString pytorch;
    QString keras;

    double slopeAtZeroValue = 0.0;
    double slopeLeftOfZero = 0.0;  // the one-sided limits, read just beside 0
    double slopeRightOfZero = 0.0;
    double farLeftSlope = 0.0;     // the slope at kFarLeft
    bool kinkAtZero = false;
    bool hasDip = false;
    Dip dip;

    static constexpr double kFarLeft = -10.0;
    static constexpr double kBesideZero = 1e-9;
};

// One member of the family: its identity, parameters and math. Adding a family to the lab means
// adding one entry to the catalog plus its teaching text.
struct FamilySpec
{
    QString id;            // "leaky-relu"
    QString displayName;   // "Leaky ReLU" (a proper name, not translated)
    QList<ParameterSpec> parameters;
    QString pytorch;       // the PyTorch module with its default arguments
    QString keras;         // the Keras layer or function with its default arguments
    quint32 color = 0x000000; // 0xRRGGBB: the family's colour in every chart, legend and swatch
    // One of the five families the lab began with: together they are the default comparison set
    // (the cheat sheet prints them unless the teacher chooses others).
    bool seed = true;
    FamilyGroup group = FamilyGroup::ReluFamily;
    activation::Sample (*evaluate)(double x, const ParameterValues &values) = nullptr;
    // evaluate() for n values at once, bit for bit the same: value[i] and slope[i] of x[i].
    void (*evaluateMany)(const double *x, qsizetype n, const ParameterValues &values, double *value,
                         double *slope) = nullptr;
    bool (*isKink)(double x, const ParameterValues &values) = nullptr;
    // Every x where isKink() can hold for some parameter values, in increasing order: the places
    // kinksOf() tries. Most piecewise families bend only at 0.
    QList<double> kinkCandidates = {0.0};
    // Where the slope is 0 in exact math (ReLU's left side), not merely rounded to 0 in a far tail
    // where it underflows; nullptr: nowhere. Only here is a unit cut off from every gradient.
    bool (*flatAt)(double x, const ParameterValues &values) = nullptr;
    Regime (*regime)(double x, const ParameterValues &values, const activation::Sample &sample) = nullptr;
    // The family's own facts: formula, output range, negative slope, the convention at 0 when it
    // differs from the default, special points. familyFacts() fills the generic numbers first.
    void (*describe)(const FamilySpec &family, const ParameterValues &values, FamilyFacts *facts) = nullptr;

    ParameterValues defaults() const;
    int parameterIndex(const QString &name) const; // -1 when the family has no such parameter
};

// The facts of `family` with `values`: the generic numbers (slopes at and beside 0, far left) and
// text, then whatever the family's describe() adds.
FamilyFacts familyFacts(const FamilySpec &family, const ParameterValues &values);

// A kink of a family with given values: where it is, its output, and the slope there by PyTorch's
// convention beside the one-sided limits (read kBeside away), which differ: the slope jumps.
struct Kink
{
    double x = 0.0;
    double output = 0.0;
    double slope = 0.0;      // the value taken at the kink
    double slopeLeft = 0.0;  // the one-sided limits
    double slopeRight = 0.0;
    // The limit the slope at the kink does not take (an open dot where the filled one is `slope`).
    double slopeNotTaken() const { return slope == slopeLeft ? slopeRight : slopeLeft; }

    static constexpr double kBeside = 1e-9;
};

// Every kink of `family` with `values`, in increasing x (its kinkCandidates where isKink() holds).
QList<Kink> kinksOf(const FamilySpec &family, const ParameterValues &values);

// The dip of a smooth family on [from, to] where its output and slope each have one minimum
// (golden-section search) and the slope crosses 0 once between its minimum and `to`.
Dip findDip(const FamilySpec &family, const ParameterValues &values, double from, double to);

class FamilyCatalog
{
public:
    static const QList<FamilySpec> &all();
    static const FamilySpec *find(const QString &id);
    static QStringList ids();
    static QStringList seedIds(); // the default comparison set, in catalog order
    // `text` as a comma-separated list of family ids ("relu, gelu"), in the order given; false
    // with `why` naming the first id that is not a family (or a repeated one) and the valid ids.
    static bool parseIdList(const QString &text, QStringList *ids, QString *why);
    // Adds a family after the built-in ones; refused (false) for a taken or empty id or a missing
    // function. Call it before any model or view is built: pointers from find() may move.
    static bool add(const FamilySpec &family);
};

QString regimeId(Regime regime);        // "soft-gate"
bool regimeFromId(const QString &id, Regime *regime);
QList<Regime> allRegimes();

} // namespace relulab
