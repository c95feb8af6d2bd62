#include "training/trainingsettings.h"

#include <QCoreApplication>

#include <cmath>

namespace relulab {
namespace {

template<typename Kind>
bool fromId(const QString &id, const QStringList &ids, Kind *kind)
{
    const int index = ids.indexOf(id.toLower());
    if (index < 0)
        return false;
    *kind = static_cast<Kind>(index);
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("relulab::TrainingSettings", text);
}

} // namespace

QStringList dataSetIds()
{
    return {QStringLiteral("moons"), QStringLiteral("circles"), QStringLiteral("spiral"), QStringLiteral("xor")};
}
QString dataSetId(DataSetKind kind) { return dataSetIds().at(static_cast<int>(kind)); }
bool dataSetFromId(const QString &id, DataSetKind *kind) { return fromId(id, dataSetIds(), kind); }

QStringList optimizerIds() { return {QStringLiteral("sgd"), QStringLiteral("momentum"), QStringLiteral("adam")}; }
QString optimizerId(OptimizerKind kind) { return optimizerIds().at(static_cast<int>(kind)); }
bool optimizerFromId(const QString &id, OptimizerKind *kind) { return fromId(id, optimizerIds(), kind); }

QStringList trainingInitIds() { return {QStringLiteral("he"), QStringLiteral("xavier"), QStringLiteral("lecun")}; }
QString trainingInitId(TrainingInit init) { return trainingInitIds().at(static_cast<int>(init)); }
bool trainingInitFromId(const QString &id, TrainingInit *init) { return fromId(id, trainingInitIds(), init); }

int TrainingSettings::testCount() const
{
    return static_cast<int>(std::lround(samples * kTestShare));
}

bool TrainingSettings::validate(QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec)
        return fail(tr("unknown family '%1'; valid: %2").arg(family, FamilyCatalog::ids().join(QStringLiteral(", "))));
    if (!parameters.isEmpty()) {
        if (parameters.size() != spec->parameters.size())
            return fail(tr("%1 takes %2 parameters").arg(spec->displayName).arg(spec->parameters.size()));
        for (int i = 0; i < parameters.size(); ++i) {
            if (!spec->parameters.at(i).accepts(parameters.at(i))) {
                return fail(tr("%1 = %2 is out of range; valid: %3")
                                .arg(spec->parameters.at(i).name).arg(parameters.at(i))
                                .arg(spec->parameters.at(i).describeRange()));
            }
        }
    }
    const auto whole = [&](const char *name, int value, int minimum, int maximum) {
        return (value >= minimum && value <= maximum)
            || fail(tr("%1 %2 is not valid; valid: a whole number from %3 to %4")
                        .arg(QLatin1String(name)).arg(value).arg(minimum).arg(maximum));
    };
    if (!whole("width", width, 1, kMaximumWidth) || !whole("depth", depth, 1, kMaximumDepth)
        || !whole("samples", samples, kMinimumSamples, kMaximumSamples)
        || !whole("batch", batch, 1, trainCount())) {
        return false;
    }
    if (!(noise >= 0.0 && noise <= kMaximumNoise))
        return fail(tr("noise %1 is not valid; valid: a number from 0 to %2").arg(noise).arg(kMaximumNoise));
    if (!(learningRate >= kMinimumLearningRate && learningRate <= kMaximumLearningRate)) {
        return fail(tr("learning rate %1 is not valid; valid: a number from %2 to %3")
                        .arg(learningRate).arg(kMinimumLearningRate).arg(kMaximumLearningRate));
    }
    if (!(std::fabs(biasInit) <= kBiasInitLimit)) {
        return fail(tr("bias init %1 is not valid; valid: a number from -%2 to %2")
                        .arg(biasInit).arg(kBiasInitLimit));
    }
    return true;
}

} // namespace relulab
