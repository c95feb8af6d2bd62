#pragma once

#include "depthsimulation.h"
#include "training/trainingsettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace relulab {

class LabModel;
class LessonPlayer;
struct LessonDeck;
class Teaching;

// Everything the command line asked for, already checked for form (numbers are numbers,
// sizes are sizes). Whether a family or parameter exists is checked when it is applied.
struct LabRequest
{
    QString scenario;
    QString family;               // empty: keep the model's; "all": every family (CSV only)
    QStringList assignments;      // NAME=VALUE, in order
    bool hasProbe = false;
    double probe = 0.0;
    QString language;             // empty: follow the system

    QString exportCsv;            // "-" means standard output
    double rangeMinimum = -4.0;
    double rangeMaximum = 4.0;
    int samples = 801;
    QList<double> at;             // non-empty: exactly these points

    QString screenshot;
    QSize screenshotSize{1920, 1080};
    bool presentation = false;    // start in presentation mode

    // --- Gradient survival exports (depth lab and batch statistics) ---
    QString exportDepth;          // "-" means standard output
    DepthSettings depth;          // sizes, init and seed; family and parameters come from the model
    QString exportBatch;          // "-" means standard output
    double batchMu = 0.0;
    double batchSigma = 1.0;
    // --- end of gradient survival exports ---
    // The training lab (--export-training): a run of `trainingSteps` steps; family and parameters
    // come from the model, --width, --depth, --batch, --init and --seed are shared with --export-depth.
    QString exportTraining;       // "-" means standard output
    TrainingSettings training;
    int trainingSteps = 1000;
    static constexpr int kMaximumTrainingSteps = 100000;
    // The printable cheat sheet (--export-cheatsheet, --page-size, --orientation).
    QString exportCheatSheet;     // a PDF file name; empty: no cheat sheet
    QString pageSize;             // "A4" or "Letter"; empty: the locale's paper
    bool landscape = false;
    QStringList cheatSheetFamilies; // --families, in print order; empty: the default comparison set
    bool exportsCheatSheet() const { return !exportCheatSheet.isEmpty(); }
    // Lesson decks: a lesson file to open at its first step (--lesson FILE, or the single
    // positional argument a file manager passes).
    QString lesson;

    // --explain (readable text) or --explain=json: what the window would show at the probe.
    QString explain;              // empty, "text" or "json"

    bool allFamilies() const { return family == QLatin1String("all"); }
    bool isHeadless() const
    {
        return !exportCsv.isEmpty() || !exportDepth.isEmpty() || !exportBatch.isEmpty() || !explain.isEmpty()
            || !exportTraining.isEmpty();
    }
};

// Parses the command line shared by the window and the headless modes.
class CommandLine
{
    // Messages and help in the language asked for: the caller installs the translation first.
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Outcome { Run, ShowHelp, ShowVersion, Error };

    CommandLine();
    Outcome parse(const QStringList &arguments);
    const LabRequest &request() const { return m_request; }
    QString errorText() const { return m_error; } // one line: what is wrong and what is valid
    QString helpText() const;                     // needs a QCoreApplication

private:
    bool fail(const QString &message);
    QString validOptionNames() const; // "--family, --set, ..., --help"
    bool parseSurvivalOptions(); // --export-depth, --export-batch and their settings
    bool parseDepthSettings();   // --init, --gain, --depth, --width, --batch, --seed of --export-depth
    bool parseTrainingOptions(); // --export-training and its settings
    // One value of option `name` within [minimum, maximum], or false with the one-line message.
    bool wholeNumberOption(const QString &name, int minimum, int maximum, int *value);
    bool numberOption(const QString &name, double minimum, double maximum, double *value);
    bool seedOption(quint64 *seed);
    bool parseCheatSheetOptions();
    bool parseLesson(); // lesson decks
    bool parseExplain(const QString &format); // --explain[=json], after everything else

    QList<QCommandLineOption> m_options;
    QCommandLineParser m_parser;
    LabRequest m_request;
    QString m_error;
};

// Applies the request's lab state (scenario, family, parameters, probe, language) to the model.
// Returns false with a one-line reason when something is not valid; `warning` is set when an
// unknown language fell back to English.
bool applyRequest(const LabRequest &request, LabModel *model, Teaching *teaching, QString *error, QString *warning);

// Lesson decks: reads the request's lesson file, if it names one (else `deck` is left alone).
// False with the loader's one-line message (it begins with the file name) when the file is refused.
// Needs no QApplication, so a broken file is reported before any window or display is needed.
bool loadRequestedLesson(const LabRequest &request, LessonDeck *deck, QString *error);
// Puts a lesson read by loadRequestedLesson() into the player at its first step.
bool startRequestedLesson(const LabRequest &request, const LessonDeck &deck, LessonPlayer *player, QString *error);

} // namespace relulab
