#include "commandline.h"

#include "batchstatistics.h"
#include "curvesampling.h"
#include "family.h"
#include "labmodel.h"
#include "lessonplayer.h"
#include "scenario.h"
#include "teaching.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace relulab {
namespace {

const QString kFamily = QStringLiteral("family");
const QString kSet = QStringLiteral("set");
const QString kProbe = QStringLiteral("probe");
const QString kScenario = QStringLiteral("scenario");
const QString kLang = QStringLiteral("lang");
const QString kExportCsv = QStringLiteral("export-csv");
const QString kRange = QStringLiteral("range");
const QString kSamples = QStringLiteral("samples");
const QString kAt = QStringLiteral("at");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kSize = QStringLiteral("size");
const QString kPresentation = QStringLiteral("presentation");
const QString kLesson = QStringLiteral("lesson");
const QString kExplain = QStringLiteral("explain");
const QString kExplainPrefix = QStringLiteral("--explain=");

// Cheat sheet options.
const QString kExportCheatSheet = QStringLiteral("export-cheatsheet");
const QString kPageSize = QStringLiteral("page-size");
const QString kOrientation = QStringLiteral("orientation");
const QString kFamilies = QStringLiteral("families");

// --- Gradient survival exports (depth lab and batch statistics) ---
const QString kExportDepth = QStringLiteral("export-depth");
const QString kInit = QStringLiteral("init");
const QString kGain = QStringLiteral("gain");
const QString kDepth = QStringLiteral("depth");
const QString kWidth = QStringLiteral("width");
const QString kBatch = QStringLiteral("batch");
const QString kSeed = QStringLiteral("seed");
const QString kExportBatch = QStringLiteral("export-batch");
const QString kMu = QStringLiteral("mu");
const QString kSigma = QStringLiteral("sigma");
const QStringList kDepthSettingOptions = {kInit, kGain, kDepth, kWidth, kBatch, kSeed};
// --- end of gradient survival exports ---

// The training lab; it shares --samples, --init, --depth, --width, --batch and --seed.
const QString kExportTraining = QStringLiteral("export-training");
const QString kDataSet = QStringLiteral("dataset");
const QString kNoise = QStringLiteral("noise");
const QString kOptimizer = QStringLiteral("optimizer");
const QString kLearningRate = QStringLiteral("lr");
const QString kBiasInit = QStringLiteral("bias-init");
const QString kSteps = QStringLiteral("steps");
const QStringList kTrainingOnlyOptions = {kDataSet, kNoise, kOptimizer, kLearningRate, kBiasInit, kSteps};
const QStringList kSharedTrainingOptions = {kSamples, kInit, kDepth, kWidth, kBatch, kSeed};

constexpr int kMinimumScreenshotSide = 320;
constexpr int kMaximumScreenshotSide = 7680;

QStringList scenarioIds()
{
    QStringList ids;
    for (const Scenario &scenario : builtInScenarios())
        ids.append(scenario.id);
    return ids;
}

QString optionWithDashes(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) % name;
}

} // namespace

QString CommandLine::validOptionNames() const
{
    QStringList names;
    for (const QCommandLineOption &option : m_options)
        names.append(optionWithDashes(option.names().constLast()));
    names << QStringLiteral("--version") << QStringLiteral("--help");
    return names.join(QStringLiteral(", "));
}

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(tr("ReLU Family Lab: see what ReLU, Leaky ReLU, ELU, GELU and Softplus do with negative "
        "evidence and what gradient survives the trip back."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_options = {
        {kFamily, tr("Family to show: %1 (or all, for --export-csv).")
                      .arg(FamilyCatalog::ids().join(QStringLiteral(", "))), tr("id")},
        {kSet, tr("Set a parameter of the family, e.g. slope=0.1, alpha=0.5, "
                              "approximate=tanh, beta=4. Repeatable."), tr("name=value")},
        {kProbe, tr("Put the probe at x (from -1000 to 1000)."), QStringLiteral("x")},
        {kScenario, tr("Start from a teaching scenario: %1.").arg(scenarioIds().join(QStringLiteral(", "))),
         tr("id")},
        {kLang, tr("Language of the interface and teaching text: %1. Default: the system's.")
                    .arg(Teaching::availableLanguages().join(QStringLiteral(", "))), tr("code")},
        {kExportCsv, tr("Write family,x,output,slope as CSV to file (- for standard output) and exit."),
         tr("file")},
        {kRange, tr("Points for --export-csv from a to b (default -4:4)."), QStringLiteral("a:b")},
        {kSamples, tr("Number of points in --range, 2 to %1 (default 801).").arg(kMaximumSamples),
         QStringLiteral("n")},
        {kAt, tr("Export exactly these points instead of a range, e.g. -20,-8,0,1."),
         QStringLiteral("x1,x2,...")},
        {kScreenshot, tr("Render the window to a PNG file without showing it, and exit."),
         tr("file.png")},
        {kSize, tr("Window size for --screenshot (default 1920x1080)."), QStringLiteral("WxH")},
        {kPresentation, tr("Start in presentation mode: full screen, large type (F5 toggles, Esc leaves).")},
        {kExplain, tr("Print what the window shows at the probe (readouts and every teaching text) and exit; "
                      "--explain=json prints it as a JSON object.")},
    };

    // --- Gradient survival exports (depth lab and batch statistics) ---
    const DepthSettings defaults;
    m_options += {
        {kExportDepth, tr("Run the depth lab for --family and write layer,activation_std,grad_norm,"
                                      "dead_fraction,activation_mean as CSV to file (- for standard output) and exit."),
         tr("file")},
        {kInit, tr("Weight initialization for --export-depth: %1 (default he).")
                    .arg(weightInitIds().join(QStringLiteral(", "))), tr("id")},
        {kGain, tr("Gain for --init custom: weight variance gain²/width, %1 to %2.")
                    .arg(DepthSettings::kMinimumGain).arg(DepthSettings::kMaximumGain), QStringLiteral("g")},
        {kDepth, tr("Layers for --export-depth, 1 to %1 (default %2).")
                     .arg(DepthSettings::kMaximumDepth).arg(defaults.depth), QStringLiteral("L")},
        {kWidth, tr("Units per layer for --export-depth, 1 to %1 (default %2).")
                     .arg(DepthSettings::kMaximumWidth).arg(defaults.width), QStringLiteral("W")},
        {kBatch, tr("Examples for --export-depth, 1 to %1 (default %2).")
                     .arg(DepthSettings::kMaximumBatch).arg(defaults.batch), QStringLiteral("B")},
        {kSeed, tr("Random seed for --export-depth, a whole number from 0 to 2^64-1 (default %1).")
                    .arg(defaults.seed), QStringLiteral("S")},
        {kExportBatch, tr("Write the batch statistics of every family over pre-activations "
                                      "N(mu, sigma²) as CSV to file (- for standard output) and exit."),
         tr("file")},
        {kMu, tr("Mean of the pre-activations for --export-batch (default 0)."), QStringLiteral("M")},
        {kSigma, tr("Standard deviation for --export-batch (default 1)."), QStringLiteral("S")},
    };
    // --- end of gradient survival exports ---

    // The training lab.
    const TrainingSettings training;
    m_options += {
        {kExportTraining, tr("Train a small network on --dataset with --family and write step,train_loss,"
                             "train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1… as CSV to "
                             "file (- for standard output) and exit. --samples, --width, --depth, --batch, "
                             "--init and --seed apply to it too."), tr("file")},
        {kDataSet, tr("Data set for --export-training: %1 (default moons).").arg(dataSetIds().join(QStringLiteral(", "))),
         tr("id")},
        {kNoise, tr("Noise for --export-training, 0 to %1 (default %2).").arg(TrainingSettings::kMaximumNoise).arg(training.noise),
         QStringLiteral("N")},
        {kOptimizer, tr("Optimizer for --export-training: %1 (default sgd).").arg(optimizerIds().join(QStringLiteral(", "))),
         tr("id")},
        {kLearningRate, tr("Learning rate for --export-training, %1 to %2 (default %3).")
                            .arg(TrainingSettings::kMinimumLearningRate).arg(TrainingSettings::kMaximumLearningRate)
                            .arg(training.learningRate), QStringLiteral("R")},
        {kBiasInit, tr("Initial hidden bias for --export-training, -%1 to %1 (default 0).").arg(TrainingSettings::kBiasInitLimit),
         QStringLiteral("B")},
        {kSteps, tr("Training steps for --export-training, 1 to %1 (default 1000).").arg(LabRequest::kMaximumTrainingSteps),
         QStringLiteral("N")},
    };

    // Cheat sheet options.
    m_options.append(QList<QCommandLineOption>{
        {kExportCheatSheet, tr("Write the family cheat sheet, with the current parameters, as a PDF file and exit."),
         tr("file.pdf")},
        {kPageSize, tr("Paper for --export-cheatsheet: A4 or Letter (default: the locale's)."),
         tr("size")},
        {kOrientation, tr("Orientation for --export-cheatsheet: portrait (default) or landscape."),
         tr("orientation")},
        {kFamilies, tr("Families for --export-cheatsheet, comma-separated ids in print order (default: %1).")
                        .arg(FamilyCatalog::seedIds().join(QLatin1Char(','))),
         tr("ids")},
    });
    // Lesson decks.
    m_options.append({kLesson, tr("Open a lesson deck (.relulesson) at its first step."),
                      tr("file")});
    m_parser.addOptions(m_options);
    m_parser.addPositionalArgument(QStringLiteral("lesson-file"),
                                   tr("A lesson deck to open, the same as --lesson."),
                                   tr("[lesson-file]"));
}

bool CommandLine::fail(const QString &message)
{
    m_error = message;
    return false;
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    m_request = LabRequest();
    // QCommandLineParser has no optional values: --explain=FORMAT is read here and parsed as --explain.
    QStringList plain = arguments;
    QString explainFormat = QStringLiteral("text");
    for (QString &argument : plain) {
        if (argument.startsWith(kExplainPrefix)) {
            explainFormat = argument.mid(kExplainPrefix.size());
            argument = QStringLiteral("--") % kExplain;
        }
    }
    if (!m_parser.parse(plain)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            fail(tr("unknown option '%1'; valid options: %2")
                     .arg(optionWithDashes(unknown.constFirst()), validOptionNames()));
        } else {
            fail(m_parser.errorText() % tr(" (see --help)"));
        }
        return Outcome::Error;
    }
    // addHelpOption() also adds --help-all; without this it would silently open the window.
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")))
        return Outcome::ShowHelp;
    if (m_parser.isSet(QStringLiteral("version")))
        return Outcome::ShowVersion;
    if (!parseLesson())
        return Outcome::Error;

    LabRequest &r = m_request;
    const auto single = [this](const QString &name) { return m_parser.values(name).constLast(); };
    const auto checkSingle = [this](const QString &name) {
        return m_parser.values(name).size() <= 1
            || fail(tr("--%1 is given more than once; valid: once (only --set repeats)").arg(name));
    };
    for (const QString &name : {kFamily, kProbe, kScenario, kLang, kExportCsv, kRange, kSamples, kAt, kScreenshot, kSize}) {
        if (!checkSingle(name))
            return Outcome::Error;
    }

    if (m_parser.isSet(kScenario)) {
        r.scenario = single(kScenario);
        if (!findScenario(r.scenario)) {
            fail(tr("--scenario: unknown scenario '%1'; valid: %2")
                     .arg(r.scenario, scenarioIds().join(QStringLiteral(", "))));
            return Outcome::Error;
        }
    }
    if (m_parser.isSet(kFamily)) {
        r.family = single(kFamily);
        if (!r.allFamilies() && !FamilyCatalog::find(r.family)) {
            fail(tr("--family: unknown family '%1'; valid: %2, all")
                     .arg(r.family, FamilyCatalog::ids().join(QStringLiteral(", "))));
            return Outcome::Error;
        }
    }
    r.assignments = m_parser.values(kSet);
    if (m_parser.isSet(kProbe)) {
        r.hasProbe = true;
        if (!parsePlainNumber(single(kProbe), &r.probe)) {
            fail(tr("--probe: '%1' is not a number; valid: a number from -1000 to 1000").arg(single(kProbe)));
            return Outcome::Error;
        }
    }
    r.language = m_parser.value(kLang);
    r.exportCsv = m_parser.value(kExportCsv);
    if (m_parser.isSet(kExportCsv) && r.exportCsv.isEmpty()) {
        fail(tr("--export-csv: the file name is empty; valid: a file name, or - for standard output"));
        return Outcome::Error;
    }
    if (m_parser.isSet(kRange) && !parseRange(single(kRange), &r.rangeMinimum, &r.rangeMaximum)) {
        fail(tr("--range: '%1' is not valid; valid: a:b with numbers a < b, e.g. -4:4").arg(single(kRange)));
        return Outcome::Error;
    }
    if (m_parser.isSet(kSamples) && !m_parser.isSet(kExportTraining)) {
        bool ok = false;
        r.samples = single(kSamples).toInt(&ok);
        if (!ok || r.samples < 2 || r.samples > kMaximumSamples) {
            fail(tr("--samples: '%1' is not valid; valid: a whole number from 2 to %2")
                     .arg(single(kSamples)).arg(kMaximumSamples));
            return Outcome::Error;
        }
    }
    if (m_parser.isSet(kAt)) {
        if (m_parser.isSet(kRange) || m_parser.isSet(kSamples)) {
            fail(tr("--at cannot be combined with --range or --samples; valid: exact points or a range"));
            return Outcome::Error;
        }
        if (!parseNumberList(single(kAt), &r.at) || r.at.size() > kMaximumSamples) {
            fail(tr("--at: '%1' is not valid; valid: finite numbers separated by commas, e.g. -20,-8,0,1")
                     .arg(single(kAt)));
            return Outcome::Error;
        }
    }
    if (!parseTrainingOptions() || !parseSurvivalOptions())
        return Outcome::Error;
    if (r.allFamilies() && !r.isHeadless()) {
        fail(tr("--family all only works with --export-csv; valid for the window: %1")
                 .arg(FamilyCatalog::ids().join(QStringLiteral(", "))));
        return Outcome::Error;
    }
    r.presentation = m_parser.isSet(kPresentation);
    if (r.presentation && r.isHeadless()) {
        fail(tr("--presentation is for the window; it cannot be combined with --export-csv"));
        return Outcome::Error;
    }
    r.screenshot = m_parser.value(kScreenshot);
    if (m_parser.isSet(kScreenshot) && r.screenshot.isEmpty()) {
        fail(tr("--screenshot: the file name is empty; valid: a file name ending in .png"));
        return Outcome::Error;
    }
    // One mode per run: otherwise the screenshot would be silently skipped.
    if (!r.screenshot.isEmpty() && r.isHeadless()) {
        fail(tr("--screenshot cannot be combined with --export-csv; valid: one of them per run"));
        return Outcome::Error;
    }
    if (m_parser.isSet(kSize)) {
        const QStringList parts = single(kSize).toLower().split(QLatin1Char('x'));
        bool okWidth = false;
        bool okHeight = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
        if (!okWidth || !okHeight || width < kMinimumScreenshotSide || height < kMinimumScreenshotSide
            || width > kMaximumScreenshotSide || height > kMaximumScreenshotSide) {
            fail(tr("--size: '%1' is not valid; valid: WxH with sides from %2 to %3, e.g. 1366x768")
                     .arg(single(kSize)).arg(kMinimumScreenshotSide).arg(kMaximumScreenshotSide));
            return Outcome::Error;
        }
        r.screenshotSize = QSize(width, height);
    }
    if (!parseCheatSheetOptions())
        return Outcome::Error;
    if (m_parser.isSet(kExplain) && !parseExplain(explainFormat))
        return Outcome::Error;
    return Outcome::Run;
}

bool CommandLine::parseExplain(const QString &format)
{
    LabRequest &r = m_request;
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(tr("--explain: unknown format '%1'; valid: --explain or --explain=json").arg(format));
    if (r.isHeadless() || r.exportsCheatSheet() || !r.screenshot.isEmpty() || r.presentation || !r.lesson.isEmpty()
        || m_parser.values(kExplain).size() > 1) {
        return fail(tr("--explain cannot be combined with another export, --screenshot, --presentation or "
                       "--lesson; valid: --explain with --family, --set, --probe, --scenario and --lang"));
    }
    if (r.allFamilies()) {
        return fail(tr("--explain: --family all is not valid here; valid: %1")
                        .arg(FamilyCatalog::ids().join(QStringLiteral(", "))));
    }
    r.explain = format;
    return true;
}

// --- Gradient survival exports (depth lab and batch statistics) ---
bool CommandLine::parseSurvivalOptions()
{
    LabRequest &r = m_request;
    for (const QString &name : QStringList{kExportDepth, kExportBatch, kMu, kSigma} + kDepthSettingOptions) {
        if (m_parser.values(name).size() > 1)
            return fail(tr("--%1 is given more than once; valid: once").arg(name));
    }
    const auto single = [this](const QString &name) { return m_parser.values(name).constLast(); };

    if (m_parser.isSet(kExportDepth)) {
        r.exportDepth = single(kExportDepth);
        if (r.exportDepth.isEmpty())
            return fail(tr("--export-depth: the file name is empty; valid: a file name, or - for standard output"));
        if (r.allFamilies()) {
            return fail(tr("--export-depth runs one family; valid: --family %1")
                            .arg(FamilyCatalog::ids().join(QStringLiteral(", "))));
        }
    } else if (!r.exportTraining.isEmpty()) {
        // --init, --width, --depth, --batch and --seed were read for the training run.
        if (m_parser.isSet(kGain))
            return fail(tr("--gain only works with --export-depth --init custom; valid: remove --gain"));
    } else {
        for (const QString &name : kDepthSettingOptions) {
            if (m_parser.isSet(name))
                return fail(tr("--%1 only works with --export-depth or --export-training; valid: add --export-depth FILE").arg(name));
        }
    }
    // With --export-training alone, --init, --width, --depth, --batch and --seed were its own.
    if ((!r.exportDepth.isEmpty() || r.exportTraining.isEmpty()) && !parseDepthSettings())
        return false;
    QString why;

    if (m_parser.isSet(kExportBatch)) {
        r.exportBatch = single(kExportBatch);
        if (r.exportBatch.isEmpty())
            return fail(tr("--export-batch: the file name is empty; valid: a file name, or - for standard output"));
    } else {
        for (const QString &name : {kMu, kSigma}) {
            if (m_parser.isSet(name))
                return fail(tr("--%1 only works with --export-batch; valid: add --export-batch FILE").arg(name));
        }
    }
    if (m_parser.isSet(kMu) && !parsePlainNumber(single(kMu), &r.batchMu))
        return fail(tr("--mu: '%1' is not a number; valid: a number from -%2 to %2")
                        .arg(single(kMu)).arg(BatchDistribution::kMuLimit));
    if (m_parser.isSet(kSigma) && !parsePlainNumber(single(kSigma), &r.batchSigma))
        return fail(tr("--sigma: '%1' is not a number; valid: a number from %2 to %3")
                        .arg(single(kSigma)).arg(BatchDistribution::kSigmaMinimum).arg(BatchDistribution::kSigmaMaximum));
    if (!r.exportBatch.isEmpty() && !BatchDistribution::validate(r.batchMu, r.batchSigma, &why))
        return fail(tr("--export-batch: ") % why);
    if (!r.lesson.isEmpty() && (!r.exportDepth.isEmpty() || !r.exportBatch.isEmpty())) {
        return fail(tr("--export-%1 cannot be combined with a lesson file; valid: one of them per run")
                        .arg(r.exportDepth.isEmpty() ? QStringLiteral("batch") : QStringLiteral("depth")));
    }
    return true;
}
bool CommandLine::parseDepthSettings()
{
    LabRequest &r = m_request;
    const auto single = [this](const QString &name) { return m_parser.values(name).constLast(); };
    DepthSettings &depth = r.depth;
    if (m_parser.isSet(kInit) && !weightInitFromId(single(kInit), &depth.init)) {
        return fail(tr("--init: unknown initialization '%1'; valid: %2")
                        .arg(single(kInit), weightInitIds().join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(kGain)) {
        if (depth.init != WeightInit::Custom)
            return fail(tr("--gain only works with --init custom; valid: --init custom --gain G"));
        if (!parsePlainNumber(single(kGain), &depth.gain) || depth.gain < DepthSettings::kMinimumGain
            || depth.gain > DepthSettings::kMaximumGain) {
            return fail(tr("--gain: '%1' is not valid; valid: a number from %2 to %3")
                            .arg(single(kGain)).arg(DepthSettings::kMinimumGain).arg(DepthSettings::kMaximumGain));
        }
    }
    if (m_parser.isSet(kDepth) && !wholeNumberOption(kDepth, 1, DepthSettings::kMaximumDepth, &depth.depth))
        return false;
    if (m_parser.isSet(kWidth) && !wholeNumberOption(kWidth, 1, DepthSettings::kMaximumWidth, &depth.width))
        return false;
    if (m_parser.isSet(kBatch) && !wholeNumberOption(kBatch, 1, DepthSettings::kMaximumBatch, &depth.batch))
        return false;
    if (m_parser.isSet(kSeed) && !seedOption(&depth.seed))
        return false;
    QString why;
    if (!r.exportDepth.isEmpty() && !depth.validateSizes(&why))
        return fail(tr("--export-depth: ") % why);
    return true;
}

bool CommandLine::wholeNumberOption(const QString &name, int minimum, int maximum, int *value)
{
    const QString text = m_parser.values(name).constLast();
    bool ok = false;
    *value = text.toInt(&ok);
    return (ok && *value >= minimum && *value <= maximum)
        || fail(tr("--%1: '%2' is not valid; valid: a whole number from %3 to %4").arg(name, text).arg(minimum).arg(maximum));
}

bool CommandLine::numberOption(const QString &name, double minimum, double maximum, double *value)
{
    const QString text = m_parser.values(name).constLast();
    return (parsePlainNumber(text, value) && *value >= minimum && *value <= maximum)
        || fail(tr("--%1: '%2' is not valid; valid: a number from %3 to %4").arg(name, text).arg(minimum).arg(maximum));
}

bool CommandLine::seedOption(quint64 *seed)
{
    bool ok = false;
    *seed = m_parser.values(kSeed).constLast().toULongLong(&ok);
    return ok
        || fail(tr("--seed: '%1' is not valid; valid: a whole number from 0 to 18446744073709551615")
                    .arg(m_parser.values(kSeed).constLast()));
}
// --- end of gradient survival exports ---

// The training lab: --export-training and the settings of its run.
bool CommandLine::parseTrainingOptions()
{
    LabRequest &r = m_request;
    for (const QString &name : QStringList{kExportTraining} + kTrainingOnlyOptions + kSharedTrainingOptions) {
        if (m_parser.values(name).size() > 1)
            return fail(tr("--%1 is given more than once; valid: once").arg(name));
    }
    if (!m_parser.isSet(kExportTraining)) {
        for (const QString &name : kTrainingOnlyOptions) {
            if (m_parser.isSet(name))
                return fail(tr("--%1 only works with --export-training; valid: add --export-training FILE").arg(name));
        }
        return true;
    }
    const auto single = [this](const QString &name) { return m_parser.values(name).constLast(); };
    r.exportTraining = single(kExportTraining);
    if (r.exportTraining.isEmpty())
        return fail(tr("--export-training: the file name is empty; valid: a file name, or - for standard output"));
    if (r.allFamilies()) {
        return fail(tr("--export-training runs one family; valid: --family %1")
                        .arg(FamilyCatalog::ids().join(QStringLiteral(", "))));
    }
    for (const QString &other : {kExportCsv, kExportDepth, kExportBatch}) {
        if (m_parser.isSet(other))
            return fail(tr("--export-training cannot be combined with --%1; valid: one export per run").arg(other));
    }
    if (!r.lesson.isEmpty())
        return fail(tr("--export-training cannot be combined with a lesson file; valid: one of them per run"));

    TrainingSettings &t = r.training;
    if (m_parser.isSet(kDataSet) && !dataSetFromId(single(kDataSet), &t.dataSet)) {
        return fail(tr("--dataset: unknown data set '%1'; valid: %2")
                        .arg(single(kDataSet), dataSetIds().join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(kOptimizer) && !optimizerFromId(single(kOptimizer), &t.optimizer)) {
        return fail(tr("--optimizer: unknown optimizer '%1'; valid: %2")
                        .arg(single(kOptimizer), optimizerIds().join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(kInit) && !trainingInitFromId(single(kInit), &t.init)) {
        return fail(tr("--init: unknown initialization '%1' for --export-training; valid: %2")
                        .arg(single(kInit), trainingInitIds().join(QStringLiteral(", "))));
    }
    if (m_parser.isSet(kSamples)
        && !wholeNumberOption(kSamples, TrainingSettings::kMinimumSamples, TrainingSettings::kMaximumSamples, &t.samples))
        return false;
    if (m_parser.isSet(kWidth) && !wholeNumberOption(kWidth, 1, TrainingSettings::kMaximumWidth, &t.width))
        return false;
    if (m_parser.isSet(kDepth) && !wholeNumberOption(kDepth, 1, TrainingSettings::kMaximumDepth, &t.depth))
        return false;
    if (m_parser.isSet(kBatch) && !wholeNumberOption(kBatch, 1, t.trainCount(), &t.batch))
        return false;
    if (m_parser.isSet(kSteps) && !wholeNumberOption(kSteps, 1, LabRequest::kMaximumTrainingSteps, &r.trainingSteps))
        return false;
    if (m_parser.isSet(kNoise) && !numberOption(kNoise, 0.0, TrainingSettings::kMaximumNoise, &t.noise))
        return false;
    if (m_parser.isSet(kLearningRate)
        && !numberOption(kLearningRate, TrainingSettings::kMinimumLearningRate, TrainingSettings::kMaximumLearningRate,
                         &t.learningRate))
        return false;
    if (m_parser.isSet(kBiasInit)
        && !numberOption(kBiasInit, -TrainingSettings::kBiasInitLimit, TrainingSettings::kBiasInitLimit, &t.biasInit))
        return false;
    if (m_parser.isSet(kSeed) && !seedOption(&t.seed))
        return false;
    // A batch larger than the training share of fewer samples.
    if (t.batch > t.trainCount()) {
        return fail(tr("--batch: '%1' is not valid; valid: a whole number from 1 to %2 (the training points of --samples)")
                        .arg(t.batch).arg(t.trainCount()));
    }
    return true;
}

bool CommandLine::parseCheatSheetOptions()
{
    for (const QString &name : {kExportCheatSheet, kPageSize, kOrientation, kFamilies}) {
        if (m_parser.values(name).size() > 1)
            return fail(tr("--%1 is given more than once").arg(name));
    }
    LabRequest &r = m_request;
    r.exportCheatSheet = m_parser.value(kExportCheatSheet);
    if (m_parser.isSet(kExportCheatSheet) && r.exportCheatSheet.isEmpty())
        return fail(tr("--export-cheatsheet: the file name is empty; valid: a PDF file name"));
    if (r.exportsCheatSheet() && !r.screenshot.isEmpty())
        return fail(tr("--export-cheatsheet cannot be combined with --screenshot; run them one at a time"));
    if (!r.exportsCheatSheet() && (m_parser.isSet(kPageSize) || m_parser.isSet(kOrientation)))
        return fail(tr("--page-size and --orientation only work with --export-cheatsheet"));
    if (m_parser.isSet(kFamilies)) {
        if (!r.exportsCheatSheet())
            return fail(tr("--families only works with --export-cheatsheet"));
        QString why;
        if (!FamilyCatalog::parseIdList(m_parser.value(kFamilies), &r.cheatSheetFamilies, &why))
            return fail(QStringLiteral("--families: ") % why);
    }
    if (m_parser.isSet(kPageSize)) {
        const QString size = m_parser.value(kPageSize);
        if (size.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
            r.pageSize = QStringLiteral("A4");
        else if (size.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
            r.pageSize = QStringLiteral("Letter");
        else
            return fail(tr("--page-size: '%1' is not valid; valid: A4, Letter").arg(size));
    }
    if (m_parser.isSet(kOrientation)) {
        const QString orientation = m_parser.value(kOrientation).toLower();
        if (orientation != QLatin1String("portrait") && orientation != QLatin1String("landscape")) {
            return fail(tr("--orientation: '%1' is not valid; valid: portrait, landscape")
                            .arg(m_parser.value(kOrientation)));
        }
        r.landscape = orientation == QLatin1String("landscape");
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Lesson decks

bool CommandLine::parseLesson()
{
    // A file manager opens a file by passing it as the only argument; --lesson says the same.
    const QStringList positional = m_parser.positionalArguments();
    const QStringList lessons = m_parser.values(kLesson);
    if (positional.size() + lessons.size() > 1) {
        const QString second = positional.size() > 1 ? positional.at(1) : positional.value(0);
        return fail(second.isEmpty() ? tr("--lesson is given more than once")
                                     : tr("unexpected argument '%1'; only one lesson file can be opened (see --help)")
                                           .arg(second));
    }
    // A stray word (a family id, say) is a mistake on the command line, not a missing lesson file.
    if (!positional.isEmpty() && !positional.constFirst().endsWith(QStringLiteral(".relulesson"), Qt::CaseInsensitive)
        && !QFileInfo(positional.constFirst()).isFile()) {
        return fail(tr("unexpected argument '%1'; valid: a lesson file (.relulesson) (see --help)")
                        .arg(positional.constFirst()));
    }
    m_request.lesson = lessons.isEmpty() ? positional.value(0) : lessons.constFirst();
    if (m_parser.isSet(kLesson) && m_request.lesson.isEmpty())
        return fail(tr("--lesson: the file name is empty"));
    if (m_request.lesson.isEmpty())
        return true;
    // The lesson's first step sets the lab state; mixing in other state would hide which one wins.
    for (const QString &name : {kScenario, kFamily, kSet, kProbe}) {
        if (m_parser.isSet(name)) {
            return fail(tr("--%1 cannot be combined with a lesson file; the lesson's first step sets the lab")
                            .arg(name));
        }
    }
    if (m_parser.isSet(kExportCsv))
        return fail(tr("--export-csv cannot be combined with a lesson file; a lesson opens in the window"));
    return true;
}

bool loadRequestedLesson(const LabRequest &request, LessonDeck *deck, QString *error)
{
    return request.lesson.isEmpty() || loadLessonDeck(request.lesson, deck, error);
}

bool startRequestedLesson(const LabRequest &request, const LessonDeck &deck, LessonPlayer *player, QString *error)
{
    if (request.lesson.isEmpty())
        return true;
    player->setDeck(deck, QFileInfo(request.lesson).absoluteFilePath());
    return player->goTo(0, error);
}

// ---------------------------------------------------------------------------------------------

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

bool applyRequest(const LabRequest &request, LabModel *model, Teaching *teaching, QString *error, QString *warning)
{
    if (!request.language.isEmpty() && !teaching->setLanguage(request.language)) {
        // The window may already follow the system language: the promise is English.
        teaching->setLanguage(QString::fromLatin1(Teaching::kFallbackLanguage));
        if (warning) {
            *warning = CommandLine::tr("--lang: no translation for '%1', using English; available: %2")
                           .arg(request.language, Teaching::availableLanguages().join(QStringLiteral(", ")));
        }
    }
    QString why;
    if (!request.scenario.isEmpty()) {
        if (!model->applyScenario(*findScenario(request.scenario), &why)) {
            *error = QStringLiteral("--scenario: ") % why;
            return false;
        }
    }
    if (!request.family.isEmpty() && !request.allFamilies() && !model->setFamily(request.family, &why)) {
        *error = QStringLiteral("--family: ") % why;
        return false;
    }
    for (const QString &assignment : request.assignments) {
        if (request.allFamilies()) {
            // With every family, a parameter goes to each family that has it.
            const QString name = assignment.section(QLatin1Char('='), 0, 0).trimmed();
            bool used = false;
            const QString selected = model->family();
            for (const FamilySpec &spec : FamilyCatalog::all()) {
                if (spec.parameterIndex(name) < 0)
                    continue;
                used = true;
                model->setFamily(spec.id);
                const bool ok = model->setParameterFromText(assignment, &why);
                model->setFamily(selected);
                if (!ok) {
                    *error = QStringLiteral("--set: ") % why;
                    return false;
                }
            }
            if (!used) {
                QStringList names;
                for (const FamilySpec &spec : FamilyCatalog::all()) {
                    for (const ParameterSpec &parameter : spec.parameters)
                        names.append(parameter.name);
                }
                *error = CommandLine::tr("--set: no family has a parameter '%1'; valid: %2")
                             .arg(name, names.join(QStringLiteral(", ")));
                return false;
            }
        } else if (!model->setParameterFromText(assignment, &why)) {
            *error = QStringLiteral("--set: ") % why;
            return false;
        }
    }
    if (request.hasProbe && !model->setProbe(request.probe, &why)) {
        *error = QStringLiteral("--probe: ") % why;
        return false;
    }
    return true;
}

} // namespace relulab
