#include "family.h"

#include "families/catalogparts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

using catalog::slopeAt;

QList<FamilySpec> buildCatalog()
{
    QList<FamilySpec> families;
    catalog::appendSeedFamilies(families);
    catalog::appendSmoothDescendants(families);
    catalog::appendCappedAndClassicFamilies(families);
    return families;
}

} // namespace

bool ParameterSpec::accepts(double value) const
{
    if (!std::isfinite(value) || value < minimum || value > maximum)
        return false;
    return !isChoice() || value == std::floor(value);
}

QString ParameterSpec::describeRange() const
{
    // Translated where a translator is installed (the window, the lesson editor); plain English
    // on the command line.
    if (isChoice()) {
        return QCoreApplication::translate("relulab::ParameterSpec", "%1 or %2")
            .arg(choices.mid(0, choices.size() - 1).join(QStringLiteral(", ")), choices.constLast());
    }
    const QLocale c = QLocale::c();
    return QCoreApplication::translate("relulab::ParameterSpec", "%1 to %2")
        .arg(c.toString(minimum, 'g', 6), c.toString(maximum, 'g', 6));
}

ParameterValues FamilySpec::defaults() const
{
    ParameterValues values;
    values.reserve(parameters.size());
    for (const ParameterSpec &parameter : parameters)
        values.append(parameter.defaultValue);
    return values;
}

int FamilySpec::parameterIndex(const QString &name) const
{
    for (int i = 0; i < parameters.size(); ++i) {
        if (parameters[i].name == name)
            return i;
    }
    return -1;
}

QString writeFormula(const QString &line, const FamilySpec &family, const QString &x, const QStringList &parameterTexts)
{
    QString result = line;
    for (int i = 0; i < family.parameters.size(); ++i) {
        const ParameterSpec &p = family.parameters[i];
        const QString text = i < parameterTexts.size() ? parameterTexts[i] : p.symbol.isEmpty() ? p.name : p.symbol;
        result.replace(QStringLiteral("%{") % p.name % QLatin1Char('}'), text);
    }
    return result.replace(QStringLiteral("%x"), x);
}

QList<Kink> kinksOf(const FamilySpec &family, const ParameterValues &values)
{
    QList<Kink> kinks;
    for (double x : family.kinkCandidates) {
        if (!family.isKink(x, values))
            continue;
        const activation::Sample at = family.evaluate(x, values);
        Kink kink;
        kink.x = x;
        kink.output = at.value;
        kink.slope = at.slope;
        // Relative to the kink's size, so that a kink at 6 is read as closely as one at 0.
        const double beside = Kink::kBeside * std::max(1.0, std::fabs(x));
        kink.slopeLeft = family.evaluate(x - beside, values).slope;
        kink.slopeRight = family.evaluate(x + beside, values).slope;
        // The slope at the kink is that of one side's branch (PyTorch's convention), so that side's
        // limit is the slope itself; reading beside only approaches it (ELU: alpha * e^-1e-9).
        if (std::fabs(kink.slope - kink.slopeLeft) <= std::fabs(kink.slope - kink.slopeRight))
            kink.slopeLeft = kink.slope;
        else
            kink.slopeRight = kink.slope;
        kinks.append(kink);
    }
    return kinks;
}

namespace {

FamilyFacts computeFamilyFacts(const FamilySpec &family, const ParameterValues &values)
{
    FamilyFacts facts;
    facts.pytorch = family.pytorch;
    facts.keras = family.keras;
    facts.slopeAtZeroValue = slopeAt(family, values, 0.0);
    facts.slopeLeftOfZero = slopeAt(family, values, -FamilyFacts::kBesideZero);
    facts.slopeRightOfZero = slopeAt(family, values, FamilyFacts::kBesideZero);
    facts.farLeftSlope = slopeAt(family, values, FamilyFacts::kFarLeft);
    facts.kinkAtZero = family.isKink(0.0, values);
    facts.slopeAtZero = facts.kinkAtZero
        ? FactText{QT_TRANSLATE_NOOP("relulab::FamilyFacts",
                                     "%1 by PyTorch's convention (slope %2 just left of 0, %3 just right)"),
                   {{facts.slopeAtZeroValue}, {facts.slopeLeftOfZero}, {facts.slopeRightOfZero}}}
        : FactText{QT_TRANSLATE_NOOP("relulab::FamilyFacts", "%1 (smooth: no convention needed)"), {{facts.slopeAtZeroValue}}};
    if (family.describe)
        family.describe(family, values, &facts);
    return facts;
}

} // namespace

FamilyFacts familyFacts(const FamilySpec &family, const ParameterValues &values)
{
    // The facts depend on the family and its parameters only, yet every probe step asks for
    // them several times (texts, formula), and GELU's dip is a minimum search: the last few
    // settings are kept, per thread (the training and survival workers ask too).
    struct Known
    {
        const FamilySpec *family;
        QString id;
        ParameterValues values;
        FamilyFacts facts;
    };
    constexpr int kKept = 8;
    thread_local QList<Known> known;
    for (const Known &entry : std::as_const(known)) {
        if (entry.family == &family && entry.id == family.id && entry.values == values)
            return entry.facts;
    }
    FamilyFacts facts = computeFamilyFacts(family, values);
    if (known.size() == kKept)
        known.removeFirst();
    known.append({&family, family.id, values, facts});
    return facts;
}

namespace {

// The x in [a, b] where f has its one minimum, by golden-section search to the last few bits.
template<typename F>
double minimumOf(F f, double a, double b)
{
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double c = b - ratio * (b - a);
    double d = a + ratio * (b - a);
    double fc = f(c);
    double fd = f(d);
    for (int i = 0; i < 200 && b - a > 1e-12 * std::max(1.0, std::fabs(a)); ++i) {
        if (fc < fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = f(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = f(d);
        }
    }
    return (a + b) / 2.0;
}

} // namespace

Dip findDip(const FamilySpec &family, const ParameterValues &values, double from, double to)
{
    Dip dip;
    dip.lowestOutputAt = minimumOf([&](double x) { return family.evaluate(x, values).value; }, from, to);
    dip.lowestOutput = family.evaluate(dip.lowestOutputAt, values).value;
    dip.lowestSlopeAt = minimumOf([&](double x) { return slopeAt(family, values, x); }, from, to);
    dip.lowestSlope = slopeAt(family, values, dip.lowestSlopeAt);
    // Bisection between the lowest slope (negative) and `to` (positive).
    double negative = dip.lowestSlopeAt;
    double positive = to;
    for (int i = 0; i < 200 && positive - negative > 1e-12; ++i) {
        const double middle = (negative + positive) / 2.0;
        (slopeAt(family, values, middle) < 0.0 ? negative : positive) = middle;
    }
    dip.slopeRoot = positive;
    return dip;
}

static QList<FamilySpec> &catalogEntries()
{
    static QList<FamilySpec> families = buildCatalog();
    return families;
}

const QList<FamilySpec> &FamilyCatalog::all()
{
    return catalogEntries();
}

bool FamilyCatalog::add(const FamilySpec &family)
{
    if (family.id.isEmpty() || find(family.id) || !family.evaluate || !family.evaluateMany || !family.isKink
        || !family.regime || !family.describe)
        return false;
    catalogEntries().append(family);
    return true;
}

QStringList FamilyCatalog::seedIds()
{
    QStringList result;
    for (const FamilySpec &family : all()) {
        if (family.seed)
            result.append(family.id);
    }
    return result;
}

bool FamilyCatalog::parseIdList(const QString &text, QStringList *ids, QString *why)
{
    QStringList result;
    const QString valid = FamilyCatalog::ids().join(QStringLiteral(", "));
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString id = part.trimmed();
        if (!find(id)) {
            *why = QCoreApplication::translate("relulab::FamilyCatalog", "'%1' is not a family; valid: %2").arg(id, valid);
            return false;
        }
        if (result.contains(id)) {
            *why = QCoreApplication::translate("relulab::FamilyCatalog", "'%1' is named twice").arg(id);
            return false;
        }
        result.append(id);
    }
    *ids = result;
    return true;
}

const FamilySpec *FamilyCatalog::find(const QString &id)
{
    for (const FamilySpec &family : all()) {
        if (family.id == id)
            return &family;
    }
    return nullptr;
}

QStringList FamilyCatalog::ids()
{
    QStringList result;
    for (const FamilySpec &family : all())
        result.append(family.id);
    return result;
}

namespace {
struct RegimeName
{
    Regime regime;
    const char *id;
};
constexpr RegimeName kRegimeNames[] = {
    {Regime::Active, "active"},         {Regime::Dead, "dead"},
    {Regime::Leaking, "leaking"},       {Regime::Saturating, "saturating"},
    {Regime::Hinge, "hinge"},           {Regime::SoftGate, "soft-gate"},
    {Regime::NegativeDip, "negative-dip"}, {Regime::SoftFloor, "soft-floor"},
    {Regime::Capped, "capped"},         {Regime::Responsive, "responsive"},
    {Regime::Saturated, "saturated"},
};
} // namespace

QString regimeId(Regime regime)
{
    for (const RegimeName &entry : kRegimeNames) {
        if (entry.regime == regime)
            return QString::fromLatin1(entry.id);
    }
    return QString();
}

bool regimeFromId(const QString &id, Regime *regime)
{
    for (const RegimeName &entry : kRegimeNames) {
        if (id == QLatin1String(entry.id)) {
            *regime = entry.regime;
            return true;
        }
    }
    return false;
}

QList<Regime> allRegimes()
{
    QList<Regime> result;
    for (const RegimeName &entry : kRegimeNames)
        result.append(entry.regime);
    return result;
}

} // namespace relulab
