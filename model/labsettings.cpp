#include "labsettings.h"

#include "family.h"
#include "labmodel.h"

#include <QSettings>
#include <QStringList>

namespace relulab {
namespace {

const QString kGroup = QStringLiteral("lab");

double readNumber(QSettings &settings, const QString &key, bool *ok)
{
    const QVariant value = settings.value(key);
    *ok = false;
    return value.isValid() ? value.toDouble(ok) : 0.0;
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

} // namespace relulab
