#pragma once

#include "diagnosis.h"
#include "family.h"
#include "predictionstate.h"
#include "scenario.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>

namespace relulab {

// How far one arrow key or wheel notch moves the probe: Normal is the power of ten that gives
// about 40 to 400 steps across the visible range (0.1 on −4 … 4), Coarse ten times it, Fine a
// tenth of it.
enum class ProbeStep { Fine, Normal, Coarse };

// What the lab shows at the probe: derived from the model's state, never stored separately.
struct Reading
{
    QString family;
    double x = 0.0;
    double output = 0.0;
    double slope = 0.0;
    bool onKink = false;
    Regime regime = Regime::Active;
    GradientHealth health = GradientHealth::Healthy;
};

// The lab's single source of truth: the selected family, every family's parameters, the probe
// position and the visible x range. Setters validate; a refused value leaves the model as it was
// and says why. Every accepted change emits the signal of what changed, then readingChanged()
// once (a burst inside applyScenario() emits it once at the end).
class LabModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString family READ family WRITE setFamily NOTIFY familyChanged)
    Q_PROPERTY(double probe READ probe WRITE setProbe NOTIFY probeChanged)
    // The selected family's parameters by name; they change only with the family or a parameter
    // of the selected family, and both emit readingChanged().
    Q_PROPERTY(QVariantMap parameters READ parameterMap NOTIFY readingChanged)
    Q_PROPERTY(double viewMinimum READ viewMinimum NOTIFY viewRangeChanged)
    Q_PROPERTY(double viewMaximum READ viewMaximum NOTIFY viewRangeChanged)
    Q_PROPERTY(double output READ output NOTIFY readingChanged)
    Q_PROPERTY(double slope READ slope NOTIFY readingChanged)
    Q_PROPERTY(QString regime READ regimeName NOTIFY readingChanged)
    Q_PROPERTY(QString health READ healthName NOTIFY readingChanged)

public:
    // The probe may go anywhere the math is interesting; far beyond this every family is linear or 0.
    static constexpr double kProbeLimit = 1000.0;
    static constexpr double kViewLimit = 1000.0;
    static constexpr double kMinimumViewWidth = 0.01;
    // The view a new lab starts with (and Reset to defaults returns to).
    static constexpr double kDefaultViewMinimum = -4.0;
    static constexpr double kDefaultViewMaximum = 4.0;

    explicit LabModel(QObject *parent = nullptr);

    QString family() const { return m_family; }
    const FamilySpec &familySpec() const;
    bool setFamily(const QString &id, QString *error = nullptr);

    double probe() const { return m_probe; }
    bool setProbe(double x, QString *error = nullptr);
    // The grid the probe steps on for the visible range, e.g. 0.1 for Normal on −4 … 4.
    double probeStepSize(ProbeStep kind) const;
    // Moves the probe `steps` grid points (negative: to the left) and lands on the grid, so
    // round values such as 1.1, −1.5 or −0.75 are reachable; stays inside the visible range.
    void stepProbe(int steps, ProbeStep kind);

    ParameterValues parameters(const QString &family) const;
    QVariantMap parameterMap() const; // the selected family's, name -> value
    double parameter(const QString &family, const QString &name) const;
    bool setParameter(const QString &family, const QString &name, double value, QString *error = nullptr);
    // "NAME=VALUE" for the selected family; choice parameters also take their option name.
    bool setParameterFromText(const QString &assignment, QString *error = nullptr);
    void resetParameters();
    // Everything as a new model has it (family, parameters, view range, probe), as one change.
    void resetToDefaults();

    double viewMinimum() const { return m_viewMinimum; }
    double viewMaximum() const { return m_viewMaximum; }
    bool setViewRange(double minimum, double maximum, QString *error = nullptr);

    bool applyScenario(const Scenario &scenario, QString *error = nullptr);

    // The families the board draws faintly for comparison (the selected one is always drawn), in
    // catalog order; by default the seed families. A teacher's choice: resetToDefaults() keeps it.
    QStringList comparisonIds() const { return m_comparison; }
    // Refused for an id that is not a family or is named twice; any order is accepted and stored
    // in catalog order. An empty set is allowed: the board then draws the selected family alone.
    bool setComparisonIds(const QStringList &ids, QString *error = nullptr);
    bool isCompared(const QString &id) const { return m_comparison.contains(id); }

    // Changes made between beginBatch() and endBatch() emit readingChanged() once, at the end.
    void beginBatch();
    void endBatch();

    // What the class does not see yet (predict, then reveal); lesson steps and the window set it.
    PredictionState *prediction() const { return m_prediction; }

    Reading reading() const;
    Reading readingAt(const QString &family, double x) const;
    double output() const { return reading().output; }
    double slope() const { return reading().slope; }
    QString regimeName() const { return regimeId(reading().regime); }
    QString healthName() const { return healthId(reading().health); }

signals:
    void familyChanged(const QString &family);
    void probeChanged(double x);
    // Curves of `family` must be re-sampled.
    void parameterChanged(const QString &family, const QString &name, double value);
    void viewRangeChanged(double minimum, double maximum);
    void comparisonChanged(const QStringList &ids);
    void readingChanged();

private:
    void readingMayHaveChanged();

    static constexpr double kDefaultProbe = 1.1;
    static QString defaultFamily() { return QStringLiteral("relu"); }

    QString m_family = defaultFamily();
    QHash<QString, ParameterValues> m_parameters;
    QStringList m_comparison = FamilyCatalog::seedIds();
    double m_probe = kDefaultProbe;
    double m_viewMinimum = kDefaultViewMinimum;
    double m_viewMaximum = kDefaultViewMaximum;
    PredictionState *m_prediction = new PredictionState(this);
    int m_batchDepth = 0;
    bool m_readingPending = false;
};

} // namespace relulab
