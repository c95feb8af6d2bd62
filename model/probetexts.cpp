#include "probetexts.h"

#include "teaching.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace relulab {
namespace {

QStringList idList(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList ids;
        for (const QJsonValue &item : value.toArray())
            ids.append(item.toString());
        return ids;
    }
    return {value.toString()};
}

// A number against {"equals" | "above" | "atLeast" | "below" | "atMost": n}: every test given must hold.
bool comparisonHolds(double value, const QJsonObject &test)
{
    if (test.contains(QLatin1String("equals")) && value != test.value(QLatin1String("equals")).toDouble())
        return false;
    if (test.contains(QLatin1String("atLeast")) && !(value >= test.value(QLatin1String("atLeast")).toDouble()))
        return false;
    if (test.contains(QLatin1String("above")) && !(value > test.value(QLatin1String("above")).toDouble()))
        return false;
    if (test.contains(QLatin1String("below")) && !(value < test.value(QLatin1String("below")).toDouble()))
        return false;
    if (test.contains(QLatin1String("atMost")) && !(value <= test.value(QLatin1String("atMost")).toDouble()))
        return false;
    return true;
}

bool parameterHolds(const FamilySpec &spec, const ParameterValues &values, const QString &name,
                    const QJsonObject &test)
{
    const int index = spec.parameterIndex(name);
    if (index < 0)
        return false; // a condition on a parameter the family lacks is not met
    return comparisonHolds(values.value(index), test);
}

bool conditionHolds(const QString &word, const QJsonValue &value, const ProbeFacts &facts)
{
    const Reading &r = facts.reading;
    if (word == QLatin1String("slope")) {
        const QString sign = value.toString();
        if (sign == QLatin1String("positive"))
            return r.slope > 0.0;
        if (sign == QLatin1String("negative"))
            return r.slope < 0.0;
        return sign == QLatin1String("zero") && r.slope == 0.0;
    }
    if (word == QLatin1String("slopeAtLeast"))
        return r.slope >= value.toDouble();
    if (word == QLatin1String("slopeBelow"))
        return r.slope < value.toDouble();
    if (word == QLatin1String("zone"))
        return idList(value).contains(facts.zone());
    if (word == QLatin1String("regime"))
        return idList(value).contains(regimeId(r.regime));
    if (word == QLatin1String("health"))
        return idList(value).contains(healthId(r.health));
    if (word == QLatin1String("onKink"))
        return r.onKink == value.toBool();
    if (word == QLatin1String("side")) {
        const QJsonObject side = value.toObject();
        double at = 0.0;
        if (!facts.landmark(side.value(QLatin1String("of")).toString(), &at))
            return false;
        const QString is = side.value(QLatin1String("is")).toString();
        return is == QLatin1String("left") ? r.x < at : is == QLatin1String("right") && r.x >= at; // the landmark itself is right of it
    }
    if (word == QLatin1String("x")) // where the probe is (ReLU6's two kinks, the two tails of sigmoid)
        return comparisonHolds(r.x, value.toObject());
    if (word == QLatin1String("parameters")) {
        const QJsonObject parameters = value.toObject();
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            if (!parameterHolds(*facts.spec, facts.values, it.key(), it.value().toObject()))
                return false;
        }
        return true;
    }
    return false; // an unknown word never holds (problems() names it)
}

const QStringList &knownWords()
{
    static const QStringList words = {
        QStringLiteral("slope"), QStringLiteral("slopeAtLeast"), QStringLiteral("slopeBelow"),
        QStringLiteral("zone"), QStringLiteral("regime"), QStringLiteral("health"), QStringLiteral("onKink"),
        QStringLiteral("side"), QStringLiteral("parameters"), QStringLiteral("x")};
    return words;
}

QString slotOf(const QString &key)
{
    return key.section(QLatin1Char('@'), 0, 0);
}

} // namespace

ProbeFacts ProbeFacts::of(const LabModel &model)
{
    return at(model.familySpec(), model.parameters(model.family()), model.reading());
}

ProbeFacts ProbeFacts::at(const FamilySpec &spec, const ParameterValues &values, const Reading &reading)
{
    ProbeFacts facts;
    facts.spec = &spec;
    facts.values = values;
    facts.reading = reading;
    // The catalog knows the family's special points (GELU's dip and where its slope turns).
    const FamilyFacts familyFacts = relulab::familyFacts(spec, values);
    facts.m_hasSlopeRoot = familyFacts.hasDip;
    facts.m_slopeRoot = familyFacts.dip.slopeRoot;
    return facts;
}

QString ProbeFacts::zone() const
{
    if (reading.x < -kHingeHalfWidth)
        return QStringLiteral("negative");
    if (reading.x > kHingeHalfWidth)
        return QStringLiteral("positive");
    return QStringLiteral("hinge");
}

bool ProbeFacts::landmark(const QString &name, double *x) const
{
    if (name != QLatin1String("slope-root") || !m_hasSlopeRoot)
        return false;
    *x = m_slopeRoot;
    return true;
}

const QJsonObject &ProbeTexts::conditions()
{
    static const QJsonObject all = [] {
        QFile file(QStringLiteral(":/teaching/conditions.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return all;
}

QStringList ProbeTexts::candidates(const QString &slot)
{
    // Indexed once: every probe step asks for each card's variants, and a scan of all conditions
    // per card made this the largest cost of a step.
    static const QHash<QString, QStringList> variantsBySlot = [] {
        QHash<QString, QStringList> index;
        const QJsonObject &all = conditions();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QString slotOfKey = slotOf(it.key());
            if (slotOfKey != it.key())
                index[slotOfKey].append(it.key());
        }
        return index;
    }();
    QStringList keys = variantsBySlot.value(slot);
    keys.append(slot);
    return keys;
}

bool ProbeTexts::holds(const QString &key, const ProbeFacts &facts)
{
    const QJsonObject when = conditions().value(key).toObject();
    for (auto it = when.begin(); it != when.end(); ++it) {
        if (!conditionHolds(it.key(), it.value(), facts))
            return false;
    }
    return true;
}

QString ProbeTexts::chooseKey(const QString &slot, const ProbeFacts &facts)
{
    const QStringList keys = candidates(slot);
    for (const QString &key : keys) {
        if (holds(key, facts))
            return key;
    }
    return slot; // nothing holds: the sweep test reports it
}

QStringList ProbeTexts::problems()
{
    QStringList found;
    const QJsonObject &all = conditions();
    if (all.isEmpty())
        found.append(QStringLiteral(":/teaching/conditions.json is missing or empty"));
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject when = it.value().toObject();
        for (auto word = when.begin(); word != when.end(); ++word) {
            if (!knownWords().contains(word.key()))
                found.append(it.key() % QStringLiteral(": unknown condition ") % word.key());
        }
    }
    return found;
}

namespace {

// Each card's slot for a family, regime and health: the texts a reading shows.
QList<QPair<QString, QString>> slotsFor(const QString &familyId, Regime regimeValue, GradientHealth healthValue, bool onKink)
{
    const QString regime = regimeId(regimeValue);
    const QString family = QStringLiteral("families.") % familyId % QLatin1Char('.');
    const QString state = family % QStringLiteral("regimes.") % regime % QLatin1Char('.');
    const QString health = QStringLiteral("health.") % healthId(healthValue) % QLatin1Char('.');

    QList<QPair<QString, QString>> wanted = {
        {QStringLiteral("currentRead.title"), QStringLiteral("regimes.") % regime % QStringLiteral(".name")},
        {QStringLiteral("currentRead"), QStringLiteral("regimes.") % regime % QStringLiteral(".explanation")},
        {QStringLiteral("diagnosis.title"), state % QStringLiteral("title")},
        {QStringLiteral("diagnosis"), state % QStringLiteral("diagnosis")},
        {QStringLiteral("tryNext"), state % QStringLiteral("tryNext")},
        {QStringLiteral("mlTranslation"), state % QStringLiteral("mlTranslation")},
        {QStringLiteral("health.name"), health % QStringLiteral("name")},
        {QStringLiteral("health"), health % QStringLiteral("explanation")},
        {QStringLiteral("useCase"), family % QStringLiteral("tagline")},
        {QStringLiteral("useCase.note"), family % QStringLiteral("subtitle")},
    };
    if (onKink)
        wanted.append({QStringLiteral("slope.note"), QStringLiteral("kinks.") % familyId});
    wanted += {
        {QStringLiteral("snapshot.title"), family % QStringLiteral("subtitle")},
        {QStringLiteral("snapshot"), family % QStringLiteral("snapshot")},
        {QStringLiteral("whyExists"), family % QStringLiteral("whyExists")},
        {QStringLiteral("whereSeen"), family % QStringLiteral("whereSeen")},
        {QStringLiteral("chooseWhen"), family % QStringLiteral("chooseWhen")},
        {QStringLiteral("watchOut"), family % QStringLiteral("watchOut")},
    };
    return wanted;
}

} // namespace

QStringList ProbeTexts::possibleTexts(const Teaching &teaching, const QString &card)
{
    QStringList found;
    for (const QString &family : FamilyCatalog::ids()) {
        for (int regime = int(Regime::Active); regime <= int(Regime::SoftFloor); ++regime) {
            for (int health = int(GradientHealth::Healthy); health <= int(GradientHealth::Dead); ++health) {
                const auto wanted = slotsFor(family, Regime(regime), GradientHealth(health), true);
                for (const auto &[slotCard, slot] : wanted) {
                    if (slotCard != card)
                        continue;
                    for (const QString &key : candidates(slot)) {
                        if (!teaching.contains(key))
                            continue;
                        const QString text = teaching.text(key);
                        if (!found.contains(text))
                            found.append(text);
                    }
                }
            }
        }
    }
    return found;
}

QList<ShownText> ProbeTexts::texts(const Teaching &teaching, const ProbeFacts &facts)
{
    const Reading &r = facts.reading;
    const QList<QPair<QString, QString>> wanted = slotsFor(r.family, r.regime, r.health, r.onKink);

    QList<ShownText> shown;
    shown.reserve(wanted.size());
    for (const auto &[card, slot] : wanted) {
        const QString key = chooseKey(slot, facts);
        shown.append({card, key, teaching.text(key)});
    }
    return shown;
}

QString ProbeTexts::text(const Teaching &teaching, const ProbeFacts &facts, const QString &card)
{
    const QList<ShownText> all = texts(teaching, facts);
    for (const ShownText &shown : all) {
        if (shown.card == card)
            return shown.text;
    }
    return QString();
}

} // namespace relulab
