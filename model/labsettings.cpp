#include "labsettings.h"

#include "family.h"
#include "labmodel.h"
#include "training/trainingsettings.h"

#include <QSettings>
#include <QStringList>

#include <cmath>

namespace relulab {
namespace {

const QString kGroup = QStringLiteral("lab");
const QString kTrainingGroup = QStringLiteral("training");

double readNumber(QSettings &settings, const QString &key, bool *ok)
{
    const QVariant value = settings.value(key);
    *ok = false;
    return value.isValid() ? value.toDouble(ok) : 0.0;
}

// One stored training value: read by `apply` into a copy of the settings, kept only when the
// copy is still a valid run (so a batch larger than the training set, say, is refused).
template<typename Apply>
void restoreTrainingValue(TrainingSettings *training, QSettings &settings, const QString &key, QStringList *ignored,
                          Apply apply)
{
    if (!settings.contains(key))
        return;
    TrainingSettings candidate = *training;
    if (apply(settings.value(key), &candidate) && candidate.validate())
        *training = candidate;
    else if (ignored)
        ignored->append(kTrainingGroup % QLatin1Char('/') % key);
}

bool readInt(const QVariant &value, int *out)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number != std::floor(number) || std::abs(number) > 1e9)
        return false;
    *out = int(number);
    return true;
}

bool readDouble(const QVariant &value, double *out)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return false;
    *out = number;
    return true;
}

} // namespace

void saveLabState(const LabModel &model, QSettings &settings)
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("family"), model.family());
    settings.setValue(QStringLiteral("probe"), model.probe());
    settings.setValue(QStringLiteral("viewMinimum"), model.viewMinimum());
    settings.setValue(QStringLiteral("viewMaximum"), model.viewMaximum());
    // Joined rather than a list: an empty set must read back as empty, not as "no entry".
    settings.setValue(QStringLiteral("comparison"), model.comparisonIds().join(QLatin1Char(',')));
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        for (const ParameterSpec &parameter : spec.parameters)
            settings.setValue(spec.id % QLatin1Char('/') % parameter.name, model.parameter(spec.id, parameter.name));
    }
    settings.endGroup();
}

void restoreLabState(LabModel *model, QSettings &settings, QString *notice)
{
    // A file QSettings cannot parse (binary garbage, a cut-off section) is not trusted at all,
    // not even the entries it happened to read: the model keeps every default. QSettings parses
    // its file lazily and (Qt 6.4) records a FormatError only on a full read such as allKeys().
    (void)settings.allKeys();
    if (settings.status() == QSettings::FormatError) {
        if (notice) {
            *notice = QStringLiteral("the settings file %1 is damaged; defaults used")
                          .arg(settings.fileName());
        }
        return;
    }
    QStringList ignored;
    settings.beginGroup(kGroup);
    model->beginBatch();
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        for (const ParameterSpec &parameter : spec.parameters) {
            const QString key = spec.id % QLatin1Char('/') % parameter.name;
            if (!settings.contains(key))
                continue;
            bool ok = false;
            const double value = readNumber(settings, key, &ok);
            if (!ok || !model->setParameter(spec.id, parameter.name, value))
                ignored.append(key);
        }
    }
    if (settings.contains(QStringLiteral("comparison"))) {
        const QString text = settings.value(QStringLiteral("comparison")).toString();
        const QStringList ids = text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
        if (!model->setComparisonIds(ids))
            ignored.append(QStringLiteral("comparison"));
    }
    if (settings.contains(QStringLiteral("family")) && !model->setFamily(settings.value(QStringLiteral("family")).toString()))
        ignored.append(QStringLiteral("family"));
    bool okMinimum = false;
    bool okMaximum = false;
    const double minimum = readNumber(settings, QStringLiteral("viewMinimum"), &okMinimum);
    const double maximum = readNumber(settings, QStringLiteral("viewMaximum"), &okMaximum);
    if (settings.contains(QStringLiteral("viewMinimum")) && !(okMinimum && okMaximum && model->setViewRange(minimum, maximum)))
        ignored.append(QStringLiteral("x range"));
    if (settings.contains(QStringLiteral("probe"))) {
        bool ok = false;
        const double probe = readNumber(settings, QStringLiteral("probe"), &ok);
        if (!ok || !model->setProbe(probe))
            ignored.append(QStringLiteral("probe"));
    }
    model->endBatch();
    settings.endGroup();
    if (notice)
        *notice = ignored.isEmpty() ? QString() : ignored.join(QStringLiteral(", "));
}

void saveTrainingSettings(const TrainingSettings &training, QSettings &settings)
{
    settings.beginGroup(kTrainingGroup);
    settings.setValue(QStringLiteral("dataSet"), dataSetId(training.dataSet));
    settings.setValue(QStringLiteral("samples"), training.samples);
    settings.setValue(QStringLiteral("noise"), training.noise);
    settings.setValue(QStringLiteral("width"), training.width);
    settings.setValue(QStringLiteral("depth"), training.depth);
    settings.setValue(QStringLiteral("optimizer"), optimizerId(training.optimizer));
    settings.setValue(QStringLiteral("learningRate"), training.learningRate);
    settings.setValue(QStringLiteral("batch"), training.batch);
    settings.setValue(QStringLiteral("init"), trainingInitId(training.init));
    settings.setValue(QStringLiteral("biasInit"), training.biasInit);
    settings.setValue(QStringLiteral("seed"), QString::number(training.seed));
    settings.endGroup();
}

void restoreTrainingSettings(TrainingSettings *training, QSettings &settings, QStringList *ignored)
{
    settings.beginGroup(kTrainingGroup);
    const auto restore = [&](const char *key, auto apply) {
        restoreTrainingValue(training, settings, QString::fromLatin1(key), ignored, apply);
    };
    restore("dataSet", [](const QVariant &v, TrainingSettings *t) { return dataSetFromId(v.toString(), &t->dataSet); });
    // Samples before batch: the batch is checked against the training set the samples make.
    restore("samples", [](const QVariant &v, TrainingSettings *t) { return readInt(v, &t->samples); });
    restore("noise", [](const QVariant &v, TrainingSettings *t) { return readDouble(v, &t->noise); });
    restore("width", [](const QVariant &v, TrainingSettings *t) { return readInt(v, &t->width); });
    restore("depth", [](const QVariant &v, TrainingSettings *t) { return readInt(v, &t->depth); });
    restore("optimizer", [](const QVariant &v, TrainingSettings *t) { return optimizerFromId(v.toString(), &t->optimizer); });
    restore("learningRate", [](const QVariant &v, TrainingSettings *t) { return readDouble(v, &t->learningRate); });
    restore("batch", [](const QVariant &v, TrainingSettings *t) { return readInt(v, &t->batch); });
    restore("init", [](const QVariant &v, TrainingSettings *t) { return trainingInitFromId(v.toString(), &t->init); });
    restore("biasInit", [](const QVariant &v, TrainingSettings *t) { return readDouble(v, &t->biasInit); });
    restore("seed", [](const QVariant &v, TrainingSettings *t) {
        bool ok = false;
        const quint64 seed = v.toString().toULongLong(&ok);
        if (ok)
            t->seed = seed;
        return ok;
    });
    settings.endGroup();
}

} // namespace relulab
