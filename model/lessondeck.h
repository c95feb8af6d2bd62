#pragma once

#include "depthsimulation.h"
#include "scenario.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace relulab {

class LabModel;
class Teaching;

// A text in one or more languages, keyed by language code ("en", "de", "pt_BR").
struct LocalizedText
{
    QMap<QString, QString> texts;

    // The text for `language`, else English, else the first language that has one; empty if none.
    QString in(const QString &language) const;
    // Sets the text of one language; an empty text removes that language.
    void set(const QString &language, const QString &text);
    bool isEmpty() const { return texts.isEmpty(); }

    friend bool operator==(const LocalizedText &a, const LocalizedText &b) { return a.texts == b.texts; }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

// The visible x range a step sets (field "zoom").
struct LessonXRange
{
    double minimum = -4.0;
    double maximum = 4.0;
    friend bool operator==(const LessonXRange &a, const LessonXRange &b)
    {
        return a.minimum == b.minimum && a.maximum == b.maximum;
    }
};

// The batch distribution of the Gradient survival tab a step sets (field "survival").
struct LessonSurvival
{
    double mu = 0.0;
    double sigma = 1.0;
    friend bool operator==(const LessonSurvival &a, const LessonSurvival &b)
    {
        return a.mu == b.mu && a.sigma == b.sigma;
    }
};

// The depth lab's network a step sets (field "depth"); the family is the step's own.
struct LessonDepth
{
    static constexpr qint64 kMaximumSeed = 2147483647; // what the depth lab's seed box holds

    WeightInit init = WeightInit::He;
    double gain = 1.0;
    int width = 256;
    int depth = 30;
    int batch = 256;
    qint64 seed = 1;
    friend bool operator==(const LessonDepth &a, const LessonDepth &b)
    {
        return a.init == b.init && a.gain == b.gain && a.width == b.width && a.depth == b.depth
            && a.batch == b.batch && a.seed == b.seed;
    }
};

// One step of a lesson: a lab state plus what the teacher wants to say about it.
// Format version 2 added the view fields below; each is optional, and a step that leaves one
// out leaves that part of the lab as it is when the step is shown.
struct LessonStep
{
    // The lab state. `state.id` names a built-in scenario or is empty; with an id, a title or
    // note the step does not give comes from the teaching text "scenarios.<id>.title/.note".
    // Parameters are kept in the family's catalog order; parameters not named keep their defaults.
    Scenario state;
    LocalizedText title;
    LocalizedText note;

    std::optional<LessonXRange> xRange;      // "zoom": the visible x range
    std::optional<QStringList> comparison;   // "comparison": family ids drawn faintly
    std::optional<QString> tab;              // "tab": one of lessonformat::tabIds()
    std::optional<LessonSurvival> survival;  // "survival": the batch distribution
    std::optional<LessonDepth> depth;        // "depth": the depth lab's network
    // "predict": {"hide": [...]}: the parts hidden for the class to predict, from
    // lessonformat::hiddenPartIds(); an empty list shows everything again.
    std::optional<QStringList> hiddenParts;
    // "speakerNotes": for the teacher's screen only, never on the projected view.
    LocalizedText speakerNotes;

    // The current lab state (family, all of its parameters, probe) as a step without texts.
    static LessonStep fromLab(const LabModel &model);
    static LessonStep fromScenario(const Scenario &scenario);

    // Title and note in the teaching language, with the built-in scenario's text as fallback.
    QString titleIn(const Teaching &teaching) const;
    QString noteIn(const Teaching &teaching) const;

    friend bool operator==(const LessonStep &a, const LessonStep &b);
    friend bool operator!=(const LessonStep &a, const LessonStep &b) { return !(a == b); }
};

// An ordered list of steps a teacher walks through in front of a class.
struct LessonDeck
{
    LocalizedText title;
    QList<LessonStep> steps;

    // The built-in scenarios, in teaching order: the deck the lab starts with.
    static LessonDeck builtIn();

    friend bool operator==(const LessonDeck &a, const LessonDeck &b)
    {
        return a.title == b.title && a.steps == b.steps;
    }
    friend bool operator!=(const LessonDeck &a, const LessonDeck &b) { return !(a == b); }
};

// The lesson file format (docs/lesson-format.md).
namespace lessonformat {
inline constexpr const char *kMarker = "relu-family-lab-lesson";
inline constexpr int kVersion = 2;         // 2 added the view fields and speaker notes
inline constexpr const char *kExtension = "relulesson";
inline constexpr const char *kMimeType = "application/x-relulab-lesson+json";
inline constexpr const char *kSampleResource = ":/lessons/sample.relulesson";
// The second built-in lesson: from the saturating classics to ReLU and GELU.
inline constexpr const char *kSigmoidToGeluResource = ":/lessons/sigmoid-to-gelu.relulesson";
inline constexpr qint64 kMaxFileBytes = 1024 * 1024;
inline constexpr int kMaxSteps = 500;
inline constexpr int kMaxTitleLength = 200;   // characters, per language
inline constexpr int kMaxNoteLength = 4000;   // characters, per language
inline constexpr int kMaxLanguages = 50;      // per text
inline constexpr int kMaxSpeakerNotesLength = 8000; // characters, per language

// The values of the fields "tab" and "predict.hide", in the order the documentation lists them.
QStringList tabIds();        // "lab", "survival", "training"
QStringList hiddenPartIds(); // "readouts", "curve-right", "derivative", "cards"
} // namespace lessonformat

// The file name as messages begin with it.
QString lessonFileName(const QString &path);

// Reading (lessonreader.cpp). Reads and validates a lesson file. On failure `deck` is left untouched and `error` holds one
// line that begins with the file name and says where (line and column, or step and field) and
// what is wrong, with what would be valid.
bool loadLessonDeck(const QString &path, LessonDeck *deck, QString *error);
// The same for bytes already in memory; `fileName` starts the messages (when not empty).
bool parseLessonDeck(const QByteArray &data, const QString &fileName, LessonDeck *deck, QString *error);

// Writing (lessonwriter.cpp). The deck as pretty, stable JSON (fixed key order, round-trip numbers, UTF-8).
QByteArray lessonDeckToJson(const LessonDeck &deck);
// Writes atomically (saveAtomically()): on failure any previous file at `path` is left as it was.
// A deck that would not load back (no steps, values out of range, ...) is refused.
bool saveLessonDeck(const LessonDeck &deck, const QString &path, QString *error);

} // namespace relulab
