// Reading a lesson file: every problem is one line that says where and what, and what is valid.

#include "localepunctuation.h"
#include "lessondeck.h"

#include "batchstatistics.h"
#include "family.h"
#include "labmodel.h"
#include "teaching.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace relulab {

namespace {

const QString kFormatField = QStringLiteral("format");
const QString kVersionField = QStringLiteral("version");
const QString kTitleField = QStringLiteral("title");
const QString kStepsField = QStringLiteral("steps");
const QString kScenarioField = QStringLiteral("scenario");
const QString kFamilyField = QStringLiteral("family");
const QString kParametersField = QStringLiteral("parameters");
const QString kProbeField = QStringLiteral("probe");
const QString kNoteField = QStringLiteral("note");
// Version 2
const QString kZoomField = QStringLiteral("zoom");
const QString kComparisonField = QStringLiteral("comparison");
const QString kTabField = QStringLiteral("tab");
const QString kSurvivalField = QStringLiteral("survival");
const QString kDepthField = QStringLiteral("depth");
const QString kPredictField = QStringLiteral("predict");
const QString kSpeakerNotesField = QStringLiteral("speakerNotes");

const QStringList kDeckFields = {kFormatField, kVersionField, kTitleField, kStepsField};
const QStringList kStepFieldsVersion1 = {kScenarioField, kFamilyField, kParametersField, kProbeField, kTitleField, kNoteField};
const QStringList kStepFieldsVersion2 = kStepFieldsVersion1
    + QStringList{kZoomField, kComparisonField, kTabField, kSurvivalField, kDepthField, kPredictField, kSpeakerNotesField};
const QStringList kSurvivalFields = {QStringLiteral("mu"), QStringLiteral("sigma")};
const QStringList kDepthFields = {QStringLiteral("init"), QStringLiteral("gain"), QStringLiteral("width"),
                                  QStringLiteral("depth"), QStringLiteral("batch"), QStringLiteral("seed")};
const QStringList kPredictFields = {QStringLiteral("hide")};

// Text from the file as a message shows it: cut when long, control characters blanked, so that
// a message stays one readable line.
QString oneLine(const QString &text)
{
    constexpr int kShown = 40;
    QString shown = text.size() > kShown ? text.left(kShown) % QStringLiteral("…") : text;
    for (QChar &c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return shown;
}

QString quoted(const QString &text)
{
    return punctuation::quoted(oneLine(text));
}

QString joinedIds(const QStringList &ids)
{
    return ids.join(QStringLiteral(", "));
}

QStringList scenarioIds()
{
    QStringList ids;
    for (const Scenario &scenario : builtInScenarios())
        ids.append(scenario.id);
    return ids;
}

// Reads one lesson file's JSON into a deck. Every problem is reported as a place ("line 3,
// column 7", "step 2, field 'probe'") and a plain sentence saying what is wrong and what is valid.
class LessonReader
{
    Q_DECLARE_TR_FUNCTIONS(relulab::LessonReader)

public:
    bool read(const QByteArray &data, LessonDeck *deck);
    QString error() const { return m_error; }

private:
    bool fail(const QString &place, const QString &problem);
    static QString describe(const QJsonValue &value);
    // "step 2, field 'probe'"; step 0 stands for the deck itself: "field 'title'".
    static QString stepPlace(int number, const QString &field);
    bool checkFields(const QJsonObject &object, const QStringList &valid, const QString &place);
    bool readText(const QJsonValue &value, int number, const QString &field, int maxLength, LocalizedText *text);
    bool readStep(const QJsonValue &value, int number, LessonStep *step);
    bool readParameter(const FamilySpec &spec, const QString &name, const QJsonValue &value, int number,
                       double *result);
    // Version 2 fields; each reads one field of `object` into `step`.
    bool readViewFields(const QJsonObject &object, int number, LessonStep *step);
    bool readZoom(const QJsonValue &value, int number, LessonStep *step);
    bool readIdList(const QJsonValue &value, const QString &place, const QStringList &valid, QStringList *ids);
    bool readNumber(const QJsonObject &object, const QString &key, int number, const QString &field, double *result);
    bool readInteger(const QJsonObject &object, const QString &key, int number, const QString &field, qint64 minimum,
                     qint64 maximum, qint64 *result);
    bool readSurvival(const QJsonValue &value, int number, LessonStep *step);
    bool readDepth(const QJsonValue &value, int number, LessonStep *step);
    bool readPredict(const QJsonValue &value, int number, LessonStep *step);

    QString m_error;
    int m_version = lessonformat::kVersion;
};

bool LessonReader::fail(const QString &place, const QString &problem)
{
    m_error = place.isEmpty() ? problem : punctuation::labelled(place, problem);
    return false;
}

QString LessonReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return tr("the text %1").arg(quoted(value.toString()));
    case QJsonValue::Double:
        return tr("the number %1").arg(formatPlainNumber(value.toDouble()));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return tr("a list [ … ]");
    case QJsonValue::Object:
        return tr("an object { … }");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString LessonReader::stepPlace(int number, const QString &field)
{
    if (number == 0)
        return tr("field %1").arg(quoted(field));
    if (field.isEmpty())
        return tr("step %1").arg(number);
    return tr("step %1, field %2").arg(number).arg(quoted(field));
}

bool LessonReader::checkFields(const QJsonObject &object, const QStringList &valid, const QString &place)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!valid.contains(it.key())) {
            return fail(place, tr("unknown field %1; valid fields: %2").arg(quoted(it.key()), joinedIds(valid)));
        }
    }
    return true;
}

bool LessonReader::readText(const QJsonValue &value, int number, const QString &field, int maxLength,
                            LocalizedText *text)
{
    const QString place = stepPlace(number, field);
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
    const auto checkLength = [&](const QString &candidate, const QString &where) {
        return candidate.size() <= maxLength
            || fail(where, tr("the text is %1 characters long; at most %2 are allowed")
                               .arg(candidate.size()).arg(maxLength));
    };
    LocalizedText result;
    if (value.isString()) {
        // A plain string counts as English, which every other language falls back to.
        if (!checkLength(value.toString(), place))
            return false;
        result.set(QString::fromLatin1(Teaching::kFallbackLanguage), value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.size() > lessonformat::kMaxLanguages) {
            return fail(place, tr("%1 languages are too many; at most %2 are allowed")
                                   .arg(object.size()).arg(lessonformat::kMaxLanguages));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString where = stepPlace(number, field % QLatin1Char('.') % it.key());
            if (!languageCode.match(it.key()).hasMatch()) {
                return fail(where, tr("%1 is not a language code; valid: codes such as en, de, es, fr or pt_BR")
                                       .arg(quoted(it.key())));
            }
            if (!it.value().isString())
                return fail(where, tr("must be a text in quotes, not %1").arg(describe(it.value())));
            if (!checkLength(it.value().toString(), where))
                return false;
            result.set(it.key(), it.value().toString());
        }
    } else {
        return fail(place, tr("must be a text, or an object of language codes and texts such as "
                              "{\"en\": \"…\", \"de\": \"…\"}, not %1")
                               .arg(describe(value)));
    }
    *text = result;
    return true;
}

bool LessonReader::readParameter(const FamilySpec &spec, const QString &name, const QJsonValue &value, int number,
                                 double *result)
{
    const QString place = stepPlace(number, QStringLiteral("parameters.") % name);
    const int index = spec.parameterIndex(name);
    if (index < 0) {
        QStringList names;
        for (const ParameterSpec &parameter : spec.parameters)
            names.append(parameter.name);
        if (names.isEmpty())
            return fail(place, tr("%1 has no parameters; leave 'parameters' out or empty").arg(spec.displayName));
        return fail(place, tr("%1 has no parameter %2; its parameters: %3")
                               .arg(spec.displayName, quoted(name), joinedIds(names)));
    }
    const ParameterSpec &parameter = spec.parameters[index];
    if (parameter.isChoice()) {
        const int choice = value.isString() ? parameter.choices.indexOf(value.toString()) : -1;
        if (choice < 0) {
            return fail(place, tr("must be one of %1 (in quotes), not %2")
                                   .arg(parameter.describeRange(), describe(value)));
        }
        *result = choice;
        return true;
    }
    if (!value.isDouble()) {
        return fail(place, tr("must be a number from %1, not %2").arg(parameter.describeRange(), describe(value)));
    }
    if (!parameter.accepts(value.toDouble())) {
        return fail(place, tr("%1 is out of range; valid: a number from %2")
                               .arg(formatPlainNumber(value.toDouble()), parameter.describeRange()));
    }
    *result = value.toDouble();
    return true;
}

bool LessonReader::readStep(const QJsonValue &value, int number, LessonStep *step)
{
    if (!value.isObject())
        return fail(stepPlace(number, QString()), tr("must be an object { … }, not %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    if (m_version < 2) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (kStepFieldsVersion2.contains(it.key()) && !kStepFieldsVersion1.contains(it.key())) {
                return fail(stepPlace(number, it.key()),
                            tr("this field needs lesson format version %1; the file says version %2")
                                .arg(lessonformat::kVersion).arg(m_version));
            }
        }
    }
    if (!checkFields(object, m_version < 2 ? kStepFieldsVersion1 : kStepFieldsVersion2, stepPlace(number, QString())))
        return false;

    // A built-in scenario gives the starting state; the step's own fields override it.
    LessonStep result;
    bool hasProbe = false;
    if (object.contains(kScenarioField)) {
        const QJsonValue id = object.value(kScenarioField);
        const Scenario *scenario = id.isString() ? findScenario(id.toString()) : nullptr;
        if (!scenario) {
            return fail(stepPlace(number, kScenarioField),
                        tr("%1 is not a built-in scenario; valid: %2").arg(describe(id), joinedIds(scenarioIds())));
        }
        result.state = *scenario;
        hasProbe = true;
    }
    if (object.contains(kFamilyField)) {
        const QJsonValue id = object.value(kFamilyField);
        if (!id.isString() || !FamilyCatalog::find(id.toString())) {
            return fail(stepPlace(number, kFamilyField),
                        tr("%1 is not a family; valid: %2").arg(describe(id), joinedIds(FamilyCatalog::ids())));
        }
        if (id.toString() != result.state.family)
            result.state.parameters.clear();
        result.state.family = id.toString();
    } else if (result.state.family.isEmpty()) {
        return fail(stepPlace(number, QString()),
                    tr("field 'family' is missing; valid: %1").arg(joinedIds(FamilyCatalog::ids())));
    }
    const FamilySpec &spec = *FamilyCatalog::find(result.state.family);

    if (object.contains(kParametersField)) {
        const QJsonValue parameters = object.value(kParametersField);
        if (!parameters.isObject()) {
            return fail(stepPlace(number, kParametersField),
                        tr("must be an object such as {\"alpha\": 0.5}, not %1").arg(describe(parameters)));
        }
        const QJsonObject given = parameters.toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            double parsed = 0.0;
            if (!readParameter(spec, it.key(), it.value(), number, &parsed))
                return false;
            bool replaced = false;
            for (auto &[name, current] : result.state.parameters) {
                if (name == it.key()) {
                    current = parsed;
                    replaced = true;
                }
            }
            if (!replaced)
                result.state.parameters.append({it.key(), parsed});
        }
    }
    // Catalog order, so that equal states compare equal however the file ordered them.
    std::stable_sort(result.state.parameters.begin(), result.state.parameters.end(),
                     [&spec](const auto &a, const auto &b) {
                         return spec.parameterIndex(a.first) < spec.parameterIndex(b.first);
                     });

    if (object.contains(kProbeField)) {
        const QJsonValue probe = object.value(kProbeField);
        const QString place = stepPlace(number, kProbeField);
        const QString range = tr("a number from %1 to %2")
                                  .arg(formatPlainNumber(-LabModel::kProbeLimit), formatPlainNumber(LabModel::kProbeLimit));
        if (!probe.isDouble())
            return fail(place, tr("must be %1, not %2").arg(range, describe(probe)));
        if (!std::isfinite(probe.toDouble()) || std::fabs(probe.toDouble()) > LabModel::kProbeLimit)
            return fail(place, tr("%1 is out of range; valid: %2").arg(formatPlainNumber(probe.toDouble()), range));
        result.state.probe = probe.toDouble();
        hasProbe = true;
    }
    if (!hasProbe) {
        return fail(stepPlace(number, QString()),
                    tr("field 'probe' is missing; valid: a number from %1 to %2")
                        .arg(formatPlainNumber(-LabModel::kProbeLimit), formatPlainNumber(LabModel::kProbeLimit)));
    }
    if (object.contains(kTitleField)
        && !readText(object.value(kTitleField), number, kTitleField, lessonformat::kMaxTitleLength,
                     &result.title)) {
        return false;
    }
    if (object.contains(kNoteField)
        && !readText(object.value(kNoteField), number, kNoteField, lessonformat::kMaxNoteLength,
                     &result.note)) {
        return false;
    }
    if (!readViewFields(object, number, &result))
        return false;
    *step = result;
    return true;
}

bool LessonReader::readViewFields(const QJsonObject &object, int number, LessonStep *step)
{
    if (object.contains(kZoomField) && !readZoom(object.value(kZoomField), number, step))
        return false;
    if (object.contains(kComparisonField)) {
        QStringList ids;
        if (!readIdList(object.value(kComparisonField), stepPlace(number, kComparisonField), FamilyCatalog::ids(), &ids))
            return false;
        step->comparison = ids;
    }
    if (object.contains(kTabField)) {
        const QJsonValue tab = object.value(kTabField);
        if (!tab.isString() || !lessonformat::tabIds().contains(tab.toString())) {
            return fail(stepPlace(number, kTabField),
                        tr("%1 is not a tab; valid: %2").arg(describe(tab), joinedIds(lessonformat::tabIds())));
        }
        step->tab = tab.toString();
    }
    if (object.contains(kSurvivalField) && !readSurvival(object.value(kSurvivalField), number, step))
        return false;
    if (object.contains(kDepthField) && !readDepth(object.value(kDepthField), number, step))
        return false;
    if (object.contains(kPredictField) && !readPredict(object.value(kPredictField), number, step))
        return false;
    if (object.contains(kSpeakerNotesField)
        && !readText(object.value(kSpeakerNotesField), number, kSpeakerNotesField,
                     lessonformat::kMaxSpeakerNotesLength, &step->speakerNotes)) {
        return false;
    }
    return true;
}

bool LessonReader::readZoom(const QJsonValue &value, int number, LessonStep *step)
{
    const QString place = stepPlace(number, kZoomField);
    const QString limit = formatPlainNumber(LabModel::kViewLimit);
    const QString valid = tr("a list of two numbers [from, to] between -%1 and %1, at least %2 apart")
                              .arg(limit, formatPlainNumber(LabModel::kMinimumViewWidth));
    const QJsonArray range = value.toArray();
    if (!value.isArray() || range.size() != 2 || !range.at(0).isDouble() || !range.at(1).isDouble())
        return fail(place, tr("must be %1, not %2").arg(valid, describe(value)));
    const double from = range.at(0).toDouble();
    const double to = range.at(1).toDouble();
    if (std::fabs(from) > LabModel::kViewLimit || std::fabs(to) > LabModel::kViewLimit
        || to - from < LabModel::kMinimumViewWidth) {
        return fail(place, tr("[%1, %2] is not a valid range; valid: %3")
                               .arg(formatPlainNumber(from), formatPlainNumber(to), valid));
    }
    step->xRange = LessonXRange{from, to};
    return true;
}

bool LessonReader::readIdList(const QJsonValue &value, const QString &place, const QStringList &valid, QStringList *ids)
{
    if (!value.isArray()) {
        return fail(place, tr("must be a list such as [\"%1\"] of %2, not %3")
                               .arg(valid.value(0), joinedIds(valid), describe(value)));
    }
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || !valid.contains(item.toString()))
            return fail(place, tr("%1 is not valid here; valid: %2").arg(describe(item), joinedIds(valid)));
        if (result.contains(item.toString()))
            return fail(place, tr("%1 is listed twice").arg(quoted(item.toString())));
        result.append(item.toString());
    }
    *ids = result;
    return true;
}

bool LessonReader::readNumber(const QJsonObject &object, const QString &key, int number, const QString &field,
                              double *result)
{
    if (!object.contains(key))
        return true; // keeps the default
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return fail(stepPlace(number, field % QLatin1Char('.') % key), tr("must be a number, not %1").arg(describe(value)));
    *result = value.toDouble();
    return true;
}

bool LessonReader::readInteger(const QJsonObject &object, const QString &key, int number, const QString &field,
                               qint64 minimum,
                               qint64 maximum, qint64 *result)
{
    if (!object.contains(key))
        return true; // keeps the default
    const QJsonValue value = object.value(key);
    const double given = value.toDouble();
    if (!value.isDouble() || given != std::floor(given) || given < minimum || given > maximum) {
        return fail(stepPlace(number, field % QLatin1Char('.') % key),
                    tr("must be a whole number from %1 to %2, not %3").arg(minimum).arg(maximum).arg(describe(value)));
    }
    *result = static_cast<qint64>(given);
    return true;
}

bool LessonReader::readSurvival(const QJsonValue &value, int number, LessonStep *step)
{
    const QString place = stepPlace(number, kSurvivalField);
    if (!value.isObject())
        return fail(place, tr("must be an object such as {\"mu\": 0, \"sigma\": 1}, not %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    if (!checkFields(object, kSurvivalFields, place))
        return false;
    LessonSurvival survival;
    if (!readNumber(object, kSurvivalFields[0], number, kSurvivalField, &survival.mu)
        || !readNumber(object, kSurvivalFields[1], number, kSurvivalField, &survival.sigma)) {
        return false;
    }
    QString why;
    if (!BatchDistribution::validate(survival.mu, survival.sigma, &why))
        return fail(place, why);
    step->survival = survival;
    return true;
}

bool LessonReader::readDepth(const QJsonValue &value, int number, LessonStep *step)
{
    const QString place = stepPlace(number, kDepthField);
    if (!value.isObject()) {
        return fail(place, tr("must be an object such as {\"init\": \"he\", \"width\": 256, \"depth\": 30}, not %1")
                               .arg(describe(value)));
    }
    const QJsonObject object = value.toObject();
    if (!checkFields(object, kDepthFields, place))
        return false;
    LessonDepth depth;
    if (object.contains(QStringLiteral("init"))) {
        const QJsonValue init = object.value(QStringLiteral("init"));
        if (!init.isString() || !weightInitFromId(init.toString(), &depth.init)) {
            return fail(stepPlace(number, kDepthField % QStringLiteral(".init")),
                        tr("%1 is not an initialization; valid: %2").arg(describe(init), joinedIds(weightInitIds())));
        }
    }
    qint64 width = depth.width, layers = depth.depth, batch = depth.batch;
    if (!readNumber(object, QStringLiteral("gain"), number, kDepthField, &depth.gain)
        || !readInteger(object, QStringLiteral("width"), number, kDepthField, 1, DepthSettings::kMaximumWidth, &width)
        || !readInteger(object, QStringLiteral("depth"), number, kDepthField, 1, DepthSettings::kMaximumDepth, &layers)
        || !readInteger(object, QStringLiteral("batch"), number, kDepthField, 1, DepthSettings::kMaximumBatch, &batch)
        || !readInteger(object, QStringLiteral("seed"), number, kDepthField, 0, LessonDepth::kMaximumSeed, &depth.seed)) {
        return false;
    }
    depth.width = static_cast<int>(width);
    depth.depth = static_cast<int>(layers);
    depth.batch = static_cast<int>(batch);
    DepthSettings settings;
    settings.init = depth.init;
    settings.gain = depth.gain;
    settings.width = depth.width;
    settings.depth = depth.depth;
    settings.batch = depth.batch;
    QString why;
    if (!settings.validateSizes(&why))
        return fail(place, why);
    step->depth = depth;
    return true;
}

bool LessonReader::readPredict(const QJsonValue &value, int number, LessonStep *step)
{
    const QString place = stepPlace(number, kPredictField);
    if (!value.isObject())
        return fail(place, tr("must be an object such as {\"hide\": [\"readouts\"]}, not %1").arg(describe(value)));
    const QJsonObject object = value.toObject();
    if (!checkFields(object, kPredictFields, place))
        return false;
    QStringList hidden;
    if (!readIdList(object.value(kPredictFields[0]), stepPlace(number, kPredictField % QStringLiteral(".hide")), lessonformat::hiddenPartIds(),
                    &hidden)) {
        return false;
    }
    step->hiddenParts = hidden;
    return true;
}

bool LessonReader::read(const QByteArray &data, LessonDeck *deck)
{
    if (data.size() > lessonformat::kMaxFileBytes) {
        return fail(QString(), tr("the file is too large (%1 KiB); a lesson file may be at most %2 KiB")
                                   .arg((data.size() + 1023) / 1024).arg(lessonformat::kMaxFileBytes / 1024));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the byte offset Qt reports, counting characters rather than bytes.
        const QByteArray before = data.left(parseError.offset);
        const int lineStart = before.lastIndexOf('\n') + 1;
        int column = 1;
        for (int i = lineStart; i < before.size(); ++i) {
            if ((static_cast<unsigned char>(before[i]) & 0xC0) != 0x80)
                ++column;
        }
        return fail(tr("line %1, column %2").arg(before.count('\n') + 1).arg(column),
                    tr("%1 (the file is not valid JSON)").arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return fail(QString(), tr("the file must hold one object { \"format\": \"%1\", … }, not a list [ … ]")
                                   .arg(QLatin1String(lessonformat::kMarker)));
    }
    const QJsonObject root = document.object();

    const QString marker = QLatin1String(lessonformat::kMarker);
    if (root.value(kFormatField) != QJsonValue(marker)) {
        if (!root.contains(kFormatField)) {
            return fail(QString(), tr("this is not a ReLU Family Lab lesson: field 'format' is missing; "
                                      "a lesson begins with \"format\": \"%1\"")
                                       .arg(marker));
        }
        return fail(tr("field 'format'"), tr("%1 is not a lesson format; valid: \"%2\"")
                                              .arg(describe(root.value(kFormatField)), marker));
    }
    const QJsonValue version = root.value(kVersionField);
    if (version.isUndefined())
        return fail(QString(), tr("field 'version' is missing; valid: %1").arg(lessonformat::kVersion));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble()) || version.toDouble() < 1) {
        return fail(tr("field 'version'"), tr("%1 is not a version; valid: %2")
                                               .arg(describe(version)).arg(lessonformat::kVersion));
    }
    if (version.toDouble() > lessonformat::kVersion) {
        return fail(tr("field 'version'"),
                    tr("version %1 is not supported; this ReLU Family Lab reads lesson files up to version %2, "
                       "a newer one is needed for this file")
                        .arg(formatPlainNumber(version.toDouble())).arg(lessonformat::kVersion));
    }
    if (!checkFields(root, kDeckFields, QString()))
        return false;
    m_version = static_cast<int>(version.toDouble());

    LessonDeck result;
    if (root.contains(kTitleField)
        && !readText(root.value(kTitleField), 0, kTitleField, lessonformat::kMaxTitleLength,
                     &result.title)) {
        return false;
    }
    const QJsonValue steps = root.value(kStepsField);
    if (steps.isUndefined())
        return fail(QString(), tr("field 'steps' is missing; a lesson needs a list of at least one step"));
    if (!steps.isArray())
        return fail(tr("field 'steps'"), tr("must be a list [ … ] of steps, not %1").arg(describe(steps)));
    const QJsonArray array = steps.toArray();
    if (array.isEmpty())
        return fail(tr("field 'steps'"), tr("the list is empty; a lesson needs at least one step"));
    if (array.size() > lessonformat::kMaxSteps) {
        return fail(tr("field 'steps'"), tr("%1 steps are too many; a lesson may have at most %2")
                                             .arg(array.size()).arg(lessonformat::kMaxSteps));
    }
    for (int i = 0; i < array.size(); ++i) {
        LessonStep step;
        if (!readStep(array.at(i), i + 1, &step))
            return false;
        result.steps.append(step);
    }
    *deck = result;
    return true;
}

} // namespace

bool parseLessonDeck(const QByteArray &data, const QString &fileName, LessonDeck *deck, QString *error)
{
    LessonReader reader;
    if (reader.read(data, deck))
        return true;
    if (error)
        *error = fileName.isEmpty() ? reader.error() : punctuation::labelled(fileName, reader.error());
    return false;
}

bool loadLessonDeck(const QString &path, LessonDeck *deck, QString *error)
{
    const QString name = lessonFileName(path);
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = punctuation::labelled(name, why);
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return refuse(QCoreApplication::translate("relulab::LessonReader", "no such file in %1")
                          .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (info.isDir())
        return refuse(QCoreApplication::translate("relulab::LessonReader", "this is a folder, not a lesson file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return refuse(QCoreApplication::translate("relulab::LessonReader", "the file cannot be read: %1")
                          .arg(file.errorString()));
    }
    // Read one byte past the limit: enough to tell "too large" without loading a huge file.
    const QByteArray data = file.read(lessonformat::kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return refuse(QCoreApplication::translate("relulab::LessonReader", "the file cannot be read: %1")
                          .arg(file.errorString()));
    }
    if (data.size() > lessonformat::kMaxFileBytes || info.size() > lessonformat::kMaxFileBytes) {
        const qint64 size = std::max<qint64>(info.size(), data.size());
        return refuse(QCoreApplication::translate("relulab::LessonReader",
                                                  "the file is too large (%1 KiB); a lesson file may be at most %2 KiB")
                          .arg((size + 1023) / 1024).arg(lessonformat::kMaxFileBytes / 1024));
    }
    return parseLessonDeck(data, name, deck, error);
}

} // namespace relulab
