// Writing a lesson file: a fixed key order and layout, so that a saved file reads well and
// diffs cleanly.

#include "localepunctuation.h"
#include "lessondeck.h"

#include "atomicfile.h"
#include "family.h"
#include "teaching.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

QByteArray jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QStringLiteral("\\\""); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\b': out += QStringLiteral("\\b"); break;
        case '\f': out += QStringLiteral("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out.toUtf8();
}

QByteArray jsonNumber(double value)
{
    return formatRoundTrip(value).toLatin1();
}

QByteArray jsonText(const LocalizedText &text, const QByteArray &indent)
{
    // A text in English alone is written as a plain string, the form people type by hand.
    const QString english = QString::fromLatin1(Teaching::kFallbackLanguage);
    if (text.texts.size() == 1 && text.texts.contains(english))
        return jsonString(text.texts.value(english));
    QByteArray out = "{\n";
    bool first = true;
    for (auto it = text.texts.begin(); it != text.texts.end(); ++it) {
        if (!first)
            out += ",\n";
        first = false;
        out += indent + "  " + jsonString(it.key()) + ": " + jsonString(it.value());
    }
    return out + '\n' + indent + '}';
}

QByteArray jsonParameters(const Scenario &state)
{
    const FamilySpec *spec = FamilyCatalog::find(state.family);
    QByteArray out = "{";
    bool first = true;
    for (const auto &[name, value] : state.parameters) {
        out += first ? "" : ", ";
        first = false;
        const int index = spec ? spec->parameterIndex(name) : -1;
        // Choice parameters are written by option name, as people type them.
        if (index >= 0 && spec->parameters[index].isChoice() && value >= 0
            && value < spec->parameters[index].choices.size() && value == std::floor(value)) {
            out += jsonString(name) + ": " + jsonString(spec->parameters[index].choices.at(static_cast<int>(value)));
        } else {
            out += jsonString(name) + ": " + jsonNumber(value);
        }
    }
    return out + '}';
}

QByteArray jsonStringList(const QStringList &items)
{
    QByteArray out = "[";
    for (int i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : ", ") + jsonString(items[i]);
    return out + ']';
}

bool usesViewFields(const LessonStep &step)
{
    return step.xRange || step.comparison || step.tab || step.survival || step.depth || step.hiddenParts
        || !step.speakerNotes.isEmpty();
}

// The fields format version 2 added, in the order the documentation lists them.
QByteArray jsonViewFields(const LessonStep &step)
{
    QByteArray out;
    if (step.xRange)
        out += ",\n      \"zoom\": [" + jsonNumber(step.xRange->minimum) + ", " + jsonNumber(step.xRange->maximum) + ']';
    if (step.comparison)
        out += ",\n      \"comparison\": " + jsonStringList(*step.comparison);
    if (step.tab)
        out += ",\n      \"tab\": " + jsonString(*step.tab);
    if (step.survival) {
        out += ",\n      \"survival\": {\"mu\": " + jsonNumber(step.survival->mu) + ", \"sigma\": "
            + jsonNumber(step.survival->sigma) + '}';
    }
    if (step.depth) {
        const LessonDepth &depth = *step.depth;
        out += ",\n      \"depth\": {\"init\": " + jsonString(weightInitId(depth.init)) + ", \"gain\": "
            + jsonNumber(depth.gain) + ", \"width\": " + QByteArray::number(depth.width) + ", \"depth\": "
            + QByteArray::number(depth.depth) + ", \"batch\": " + QByteArray::number(depth.batch)
            + ", \"seed\": " + QByteArray::number(depth.seed) + '}';
    }
    if (step.hiddenParts)
        out += ",\n      \"predict\": {\"hide\": " + jsonStringList(*step.hiddenParts) + '}';
    if (!step.speakerNotes.isEmpty())
        out += ",\n      \"speakerNotes\": " + jsonText(step.speakerNotes, "      ");
    return out;
}

} // namespace

QByteArray lessonDeckToJson(const LessonDeck &deck)
{
    QByteArray out = "{\n";
    out += "  \"format\": " + jsonString(QLatin1String(lessonformat::kMarker)) + ",\n";
    // The lowest version that holds the deck: a lesson without view fields still opens in a
    // lab that reads version 1 only.
    const bool needsVersion2 = std::any_of(deck.steps.begin(), deck.steps.end(), usesViewFields);
    out += "  \"version\": " + QByteArray::number(needsVersion2 ? lessonformat::kVersion : 1) + ",\n";
    if (!deck.title.isEmpty())
        out += "  \"title\": " + jsonText(deck.title, "  ") + ",\n";
    out += "  \"steps\": [";
    for (int i = 0; i < deck.steps.size(); ++i) {
        const LessonStep &step = deck.steps[i];
        out += i == 0 ? "\n" : ",\n";
        out += "    {\n";
        if (!step.state.id.isEmpty())
            out += "      \"scenario\": " + jsonString(step.state.id) + ",\n";
        out += "      \"family\": " + jsonString(step.state.family) + ",\n";
        out += "      \"parameters\": " + jsonParameters(step.state) + ",\n";
        out += "      \"probe\": " + jsonNumber(step.state.probe);
        if (!step.title.isEmpty())
            out += ",\n      \"title\": " + jsonText(step.title, "      ");
        if (!step.note.isEmpty())
            out += ",\n      \"note\": " + jsonText(step.note, "      ");
        out += jsonViewFields(step);
        out += "\n    }";
    }
    out += deck.steps.isEmpty() ? "]\n" : "\n  ]\n";
    out += "}\n";
    return out;
}

bool saveLessonDeck(const LessonDeck &deck, const QString &path, QString *error)
{
    const QString name = lessonFileName(path);
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = punctuation::labelled(name, why);
        return false;
    };
    const QByteArray json = lessonDeckToJson(deck);
    // Never write a file the lab would refuse to open again.
    LessonDeck check;
    QString problem;
    if (!parseLessonDeck(json, QString(), &check, &problem))
        return refuse(QCoreApplication::translate("relulab::LessonReader", "not saved: %1").arg(problem));
    if (check != deck) {
        return refuse(QCoreApplication::translate("relulab::LessonReader",
                                                  "not saved: the lesson would not read back the same"));
    }
    QString why;
    if (saveAtomically(path, json, &why) != SaveOutcome::Saved) {
        return refuse(QCoreApplication::translate("relulab::LessonReader", "cannot be saved in %1: %2")
                          .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), why));
    }
    return true;
}

} // namespace relulab
