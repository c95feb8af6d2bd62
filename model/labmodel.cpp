#include "labmodel.h"

#include "valueparsing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

bool refuse(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QString number(double value)
{
    return formatPlainNumber(value);
}

// What a valid assignment for the family looks like, so a refusal can show what would work.
QString validAssignment(const FamilySpec &spec)
{
    if (spec.parameters.isEmpty())
        return QStringLiteral("none, %1 has no parameters").arg(spec.displayName);
    const ParameterSpec &parameter = spec.parameters.constFirst();
    const QString value = parameter.isChoice() ? parameter.choices.constLast() : number(parameter.defaultValue);
    return QStringLiteral("NAME=VALUE, e.g. ") % parameter.name % QLatin1Char('=') % value;
}

} // namespace

LabModel::LabModel(QObject *parent)
    : QObject(parent)
{
    for (const FamilySpec &spec : FamilyCatalog::all())
        m_parameters.insert(spec.id, spec.defaults());
}

const FamilySpec &LabModel::familySpec() const
{
    return *FamilyCatalog::find(m_family);
}

bool LabModel::setFamily(const QString &id, QString *error)
{
    if (!FamilyCatalog::find(id)) {
        return refuse(error, tr("unknown family '%1'; valid families: %2")
                                 .arg(id, FamilyCatalog::ids().join(QStringLiteral(", "))));
    }
    if (id == m_family)
        return true;
    m_family = id;
    emit familyChanged(m_family);
    readingMayHaveChanged();
    return true;
}

bool LabModel::setProbe(double x, QString *error)
{
    if (!std::isfinite(x) || std::fabs(x) > kProbeLimit) {
        return refuse(error, tr("probe %1 is out of range; valid: a number from %2 to %3")
                                 .arg(number(x), number(-kProbeLimit), number(kProbeLimit)));
    }
    if (x == m_probe)
        return true;
    m_probe = x;
    emit probeChanged(m_probe);
    readingMayHaveChanged();
    return true;
}

double LabModel::probeStepSize(ProbeStep kind) const
{
    const double normal = std::pow(10.0, std::floor(std::log10((m_viewMaximum - m_viewMinimum) / 40.0)));
    switch (kind) {
    case ProbeStep::Fine:
        return normal / 10.0;
    case ProbeStep::Coarse:
        return normal * 10.0;
    case ProbeStep::Normal:
        break;
    }
    return normal;
}

void LabModel::stepProbe(int steps, ProbeStep kind)
{
    if (steps == 0)
        return;
    const double size = probeStepSize(kind);
    // The grid point just past the probe in the direction of travel (a probe between grid points
    // first lands on the next one), then whole steps.
    constexpr double kSlack = 1e-6;
    const double position = m_probe / size;
    const double index = steps > 0 ? std::floor(position + kSlack) + steps : std::ceil(position - kSlack) + steps;
    // Dividing by a whole number keeps decimals exact: 11 / 10 is 1.1, 11 * 0.1 is not.
    const double x = size < 1.0 ? index / std::round(1.0 / size) : index * size;
    setProbe(std::clamp(x, m_viewMinimum, m_viewMaximum));
}

ParameterValues LabModel::parameters(const QString &family) const
{
    return m_parameters.value(family);
}

double LabModel::parameter(const QString &family, const QString &name) const
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    const int index = spec ? spec->parameterIndex(name) : -1;
    return index < 0 ? std::nan("") : m_parameters.value(family).value(index);
}

bool LabModel::setParameter(const QString &family, const QString &name, double value, QString *error)
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec)
        return refuse(error, tr("unknown family '%1'").arg(family));
    const int index = spec->parameterIndex(name);
    if (index < 0) {
        QStringList names;
        for (const ParameterSpec &parameter : spec->parameters)
            names.append(parameter.name);
        return refuse(error, tr("%1 has no parameter '%2'; its parameters: %3")
                                 .arg(spec->displayName, name,
                                      names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    const ParameterSpec &parameter = spec->parameters[index];
    if (!parameter.accepts(value)) {
        return refuse(error, tr("%1 %2 = %3 is out of range; valid: %4")
                                 .arg(spec->displayName, name, number(value), parameter.describeRange()));
    }
    ParameterValues &values = m_parameters[family];
    if (values[index] == value)
        return true;
    values[index] = value;
    emit parameterChanged(family, name, value);
    if (family == m_family)
        readingMayHaveChanged();
    return true;
}

bool LabModel::setParameterFromText(const QString &assignment, QString *error)
{
    const int equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return refuse(error, tr("'%1' is not NAME=VALUE; valid: %2")
                                 .arg(assignment, validAssignment(familySpec())));
    const QString name = assignment.left(equals).trimmed();
    const QString text = assignment.mid(equals + 1).trimmed();
    const FamilySpec &spec = familySpec();
    const int index = spec.parameterIndex(name);
    if (index >= 0 && spec.parameters[index].isChoice()) {
        const int choice = spec.parameters[index].choices.indexOf(text);
        if (choice < 0) {
            return refuse(error, tr("%1 %2 = '%3' is not an option; valid: %4")
                                     .arg(spec.displayName, name, text, spec.parameters[index].describeRange()));
        }
        return setParameter(m_family, name, choice, error);
    }
    double value = 0.0;
    if (index >= 0 && !parsePlainNumber(text, &value))
        return refuse(error, tr("%1 %2: '%3' is not a number").arg(spec.displayName, name, text));
    return setParameter(m_family, name, value, error);
}

void LabModel::resetToDefaults()
{
    beginBatch();
    resetParameters();
    setFamily(defaultFamily());
    setViewRange(kDefaultViewMinimum, kDefaultViewMaximum);
    setProbe(kDefaultProbe);
    endBatch();
}

void LabModel::resetParameters()
{
    beginBatch();
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        for (const ParameterSpec &parameter : spec.parameters)
            setParameter(spec.id, parameter.name, parameter.defaultValue);
    }
    endBatch();
}

bool LabModel::setViewRange(double minimum, double maximum, QString *error)
{
    if (!std::isfinite(minimum) || !std::isfinite(maximum) || minimum < -kViewLimit || maximum > kViewLimit
        || maximum - minimum < kMinimumViewWidth) {
        return refuse(error, tr("range %1:%2 is not valid; valid: A:B with -%3 <= A < B <= %3, "
                                            "at least %4 wide")
                                 .arg(number(minimum), number(maximum), number(kViewLimit),
                                      number(kMinimumViewWidth)));
    }
    if (minimum == m_viewMinimum && maximum == m_viewMaximum)
        return true;
    m_viewMinimum = minimum;
    m_viewMaximum = maximum;
    emit viewRangeChanged(minimum, maximum);
    return true;
}

bool LabModel::applyScenario(const Scenario &scenario, QString *error)
{
    // Validate everything first so that a bad scenario changes nothing.
    const FamilySpec *spec = FamilyCatalog::find(scenario.family);
    if (!spec)
        return refuse(error, tr("scenario '%1': unknown family '%2'").arg(scenario.id, scenario.family));
    ParameterValues values = spec->defaults();
    for (const auto &[name, value] : scenario.parameters) {
        const int index = spec->parameterIndex(name);
        if (index < 0 || !spec->parameters[index].accepts(value)) {
            return refuse(error, tr("scenario '%1': %2 %3 = %4 is not valid")
                                     .arg(scenario.id, spec->displayName, name, number(value)));
        }
        values[index] = value;
    }
    if (!std::isfinite(scenario.probe) || std::fabs(scenario.probe) > kProbeLimit)
        return refuse(error, tr("scenario '%1': probe %2 is out of range").arg(scenario.id, number(scenario.probe)));

    beginBatch();
    setFamily(spec->id);
    for (int i = 0; i < values.size(); ++i)
        setParameter(spec->id, spec->parameters[i].name, values[i]);
    setProbe(scenario.probe);
    // A scenario is a moment to look at: widen the view, if need be, so that its probe shows
    // (ReLU6's ceiling lies beyond the default view).
    if (scenario.probe < m_viewMinimum || scenario.probe > m_viewMaximum) {
        setViewRange(std::max(-kViewLimit, std::min(m_viewMinimum, scenario.probe - 1.0)),
                     std::min(kViewLimit, std::max(m_viewMaximum, scenario.probe + 1.0)));
    }
    endBatch();
    return true;
}

bool LabModel::setComparisonIds(const QStringList &ids, QString *error)
{
    for (int i = 0; i < ids.size(); ++i) {
        if (!FamilyCatalog::find(ids[i])) {
            return refuse(error, tr("unknown family '%1'; valid families: %2")
                                     .arg(ids[i], FamilyCatalog::ids().join(QStringLiteral(", "))));
        }
        if (ids.indexOf(ids[i]) != i)
            return refuse(error, tr("family '%1' is named twice").arg(ids[i]));
    }
    QStringList ordered;
    for (const QString &id : FamilyCatalog::ids()) {
        if (ids.contains(id))
            ordered.append(id);
    }
    if (ordered == m_comparison)
        return true;
    m_comparison = ordered;
    emit comparisonChanged(m_comparison);
    return true;
}

QVariantMap LabModel::parameterMap() const
{
    QVariantMap map;
    const FamilySpec &spec = familySpec();
    const ParameterValues values = m_parameters.value(m_family);
    for (int i = 0; i < spec.parameters.size(); ++i)
        map.insert(spec.parameters[i].name, values.value(i));
    return map;
}

Reading LabModel::reading() const
{
    return readingAt(m_family, m_probe);
}

Reading LabModel::readingAt(const QString &family, double x) const
{
    Reading result;
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec)
        return result;
    const ParameterValues values = m_parameters.value(family);
    const activation::Sample sample = spec->evaluate(x, values);
    result.family = family;
    result.x = x;
    result.output = sample.value;
    result.slope = sample.slope;
    result.onKink = spec->isKink(x, values);
    result.regime = spec->regime(x, values, sample);
    result.health = classifyHealth(sample.slope, isStraightAt(*spec, x, values));
    return result;
}

void LabModel::beginBatch()
{
    ++m_batchDepth;
}

void LabModel::endBatch()
{
    if (--m_batchDepth == 0 && m_readingPending) {
        m_readingPending = false;
        emit readingChanged();
    }
}

void LabModel::readingMayHaveChanged()
{
    if (m_batchDepth > 0) {
        m_readingPending = true;
        return;
    }
    emit readingChanged();
}

} // namespace relulab
