// Teaching text next to a reading must be true for that reading. Every family of the catalog, at
// the corners of its parameters, at thousands of probe positions (kinks, zone borders, landmarks,
// far tails), in every language: each shown text is the single variant whose conditions hold, it
// exists in that language, and the reading itself has the properties its regime's name claims.

#include "labmodel.h"
#include "probetexts.h"
#include "teaching.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace relulab;

namespace {

// Parameter settings to sweep: every parameter's minimum, default and maximum, and the values
// where the family's texts change (those named in the conditions).
QList<ParameterValues> parameterCorners(const FamilySpec &spec)
{
    QList<ParameterValues> corners{spec.defaults()};
    for (int i = 0; i < spec.parameters.size(); ++i) {
        const ParameterSpec &p = spec.parameters[i];
        QList<double> values{p.minimum, p.maximum, p.defaultValue};
        // Thresholds named in conditions.json for this parameter, and a step either side.
        const QJsonObject &all = ProbeTexts::conditions();
        for (auto it = all.begin(); it != all.end(); ++it) {
            const QJsonObject test = it.value().toObject().value(QLatin1String("parameters")).toObject()
                                         .value(p.name).toObject();
            for (auto t = test.begin(); t != test.end(); ++t) {
                for (double v : {t.value().toDouble() - p.step, t.value().toDouble(), t.value().toDouble() + p.step}) {
                    if (p.accepts(v))
                        values.append(v);
                }
            }
        }
        for (double v : values) {
            ParameterValues corner = spec.defaults();
            corner[i] = v;
            if (!corners.contains(corner))
                corners.append(corner);
        }
    }
    return corners;
}

// Probe positions: a dense grid, the zone borders and zero with their neighbours, the far tails,
// and the family's landmarks with their neighbours.
QList<double> probePositions(const ProbeFacts &sample)
{
    QList<double> xs;
    for (int i = -2000; i <= 2000; ++i)
        xs.append(i * 0.0025); // every 0.0025 on [-5, 5]
    for (int i = -100; i <= 100; ++i)
        xs.append(i * 0.5); // every 0.5 on [-50, 50]
    for (double x : {-1000.0, -800.0, -746.0, -745.0, -700.0, -100.0, -40.0, -38.67, -38.0, -22.0, -21.6,
                     -14.0, -3.5, -3.067, -3.07, -1.5, 0.25, 1.001, 100.0, 1000.0})
        xs.append(x);
    // The zone borders, and the kinks and regime borders of ReLU6 (6), Hardswish (±3), sigmoid
    // (±1.7627) and tanh (±0.8814).
    for (double edge : {-1.0, 0.0, 1.0, -3.0, 3.0, 6.0, -1.7627471740390859, 1.7627471740390859,
                        -0.88137358701954305, 0.88137358701954305}) {
        xs.append(edge);
        xs.append(std::nextafter(edge, -INFINITY));
        xs.append(std::nextafter(edge, INFINITY));
        xs.append(edge - 1e-9);
        xs.append(edge + 1e-9);
    }
    double root = 0.0;
    if (sample.landmark(QStringLiteral("slope-root"), &root)) {
        for (double d : {0.0, 1e-12, 1e-6, 1e-3, 0.02, 0.03})
            xs << root - d << root + d;
        xs << std::nextafter(root, -INFINITY) << std::nextafter(root, INFINITY);
    }
    // Softplus and friends change regime at beta x = +-1: the corresponding x for this parameter.
    for (double v : sample.values) {
        if (v > 0.0)
            xs << 1.0 / v << -1.0 / v << std::nextafter(1.0 / v, INFINITY) << std::nextafter(-1.0 / v, -INFINITY);
    }
    return xs;
}

QSet<QString> words(const QString &text)
{
    QSet<QString> result;
    static const QRegularExpression separator(QStringLiteral("[^\\w]+"));
    const QStringList parts = text.toLower().split(separator, Qt::SkipEmptyParts);
    for (const QString &w : parts) {
        if (w.size() >= 4)
            result.insert(w);
    }
    return result;
}

// What each regime's name promises about the reading.
QString regimeClaimBroken(const Reading &r)
{
    switch (r.regime) {
    case Regime::Active: return r.x > 0.0 && r.slope > 0.5 ? QString() : QStringLiteral("active needs x > 0 and a slope above 0.5");
    case Regime::Dead: return r.output == 0.0 && r.slope == 0.0 ? QString() : QStringLiteral("inactive needs output and slope 0");
    case Regime::Leaking: return r.x < 0.0 && r.slope > 0.0 ? QString() : QStringLiteral("leaking needs x < 0 and a slope above 0");
    case Regime::Saturating: return r.x <= 0.0 && r.output <= 0.0 ? QString() : QStringLiteral("saturating needs x <= 0 and output <= 0");
    case Regime::Hinge: return r.onKink ? QString() : QStringLiteral("hinge needs a kink");
    case Regime::SoftGate: return !r.onKink ? QString() : QStringLiteral("soft gate cannot be on a kink");
    case Regime::NegativeDip: return r.output < 0.0 ? QString() : QStringLiteral("negative dip needs a negative output");
    case Regime::SoftFloor: return r.x < 0.0 && std::abs(r.slope) < 0.5 ? QString() : QStringLiteral("soft floor needs x < 0 and a weak slope");
    case Regime::Capped: return r.x > 0.0 && r.output > 0.0 && r.slope == 0.0 ? QString() : QStringLiteral("capped needs x > 0, a positive output and slope 0");
    case Regime::Responsive: return !r.onKink && r.slope > 0.0 ? QString() : QStringLiteral("responsive needs a positive slope off any kink");
    case Regime::Saturated: return r.x != 0.0 && r.slope >= 0.0 && r.slope < 0.5 ? QString() : QStringLiteral("saturated needs x != 0 and a weak slope");
    }
    return QStringLiteral("unknown regime");
}

} // namespace

class TestProbeTexts : public QObject
{
    Q_OBJECT

private slots:
    void conditionsAreWellFormed();
    void everyShownTextHolds_data();
    void everyShownTextHolds();
    void casesFromTheClassroom_data();
    void casesFromTheClassroom();
};

void TestProbeTexts::conditionsAreWellFormed()
{
    const QStringList problems = ProbeTexts::problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Every conditioned key exists, in every language's own file.
    for (const QString &language : Teaching::availableLanguages()) {
        const QHash<QString, QString> text = Teaching::loadLanguageFile(language);
        const QJsonObject &all = ProbeTexts::conditions();
        for (auto it = all.begin(); it != all.end(); ++it)
            QVERIFY2(!text.value(it.key()).isEmpty(), qPrintable(language + QLatin1String(": ") + it.key()));
    }
}

void TestProbeTexts::everyShownTextHolds_data()
{
    QTest::addColumn<QString>("family");
    for (const FamilySpec &spec : FamilyCatalog::all())
        QTest::newRow(qPrintable(spec.id)) << spec.id;
}

void TestProbeTexts::everyShownTextHolds()
{
    QFETCH(QString, family);
    const FamilySpec &spec = *FamilyCatalog::find(family);
    QList<QPair<QString, Teaching *>> languages;
    QList<QHash<QString, QString>> ownText;
    for (const QString &code : Teaching::availableLanguages()) {
        auto *teaching = new Teaching(this);
        QVERIFY(teaching->setLanguage(code));
        languages.append({code, teaching});
        ownText.append(Teaching::loadLanguageFile(code));
    }

    QStringList failures;
    int checked = 0;
    ParameterValues values;
    double x = 0.0;
    // Where a failure happened, written only when one does: the sweep visits millions of readings.
    const auto fail = [&](const QString &what) {
        if (failures.size() >= 60)
            return;
        QString where;
        QDebug(&where).nospace() << family << " " << values << " at x = " << x;
        failures.append(where + QLatin1String(": ") + what);
    };
    for (const ParameterValues &corner : parameterCorners(spec)) {
        values = corner;
        LabModel model;
        QVERIFY(model.setFamily(family));
        for (int i = 0; i < spec.parameters.size(); ++i)
            QVERIFY(model.setParameter(family, spec.parameters[i].name, values[i]));
        const ProbeFacts sample = ProbeFacts::at(spec, values, model.readingAt(family, 0.0));
        for (double position : probePositions(sample)) {
            x = position;
            const ProbeFacts facts = ProbeFacts::at(spec, values, model.readingAt(family, x));
            if (const QString broken = regimeClaimBroken(facts.reading); !broken.isEmpty())
                fail(broken);
            for (int l = 0; l < languages.size(); ++l) {
                const QList<ShownText> shown = ProbeTexts::texts(*languages[l].second, facts);
                QString currentRead, diagnosis;
                for (const ShownText &text : shown) {
                    ++checked;
                    if (l == 0) {
                        // The shown variant is the only one of its slot that holds here.
                        const QString slot = text.key.section(QLatin1Char('@'), 0, 0);
                        int holding = 0;
                        for (const QString &candidate : ProbeTexts::candidates(slot))
                            holding += ProbeTexts::holds(candidate, facts) ? 1 : 0;
                        if (holding != 1 || !ProbeTexts::holds(text.key, facts))
                            fail(QStringLiteral("%1 variants of %2 hold").arg(holding).arg(slot));
                    }
                    if (ownText[l].value(text.key).isEmpty())
                        fail(languages[l].first + QLatin1String(" lacks ") + text.key);
                    if (text.card == QLatin1String("currentRead"))
                        currentRead = text.text;
                    else if (text.card == QLatin1String("diagnosis"))
                        diagnosis = text.text;
                }
                // Current read and Diagnosis say different things, not the same twice.
                const QSet<QString> a = words(currentRead), b = words(diagnosis);
                const double overlap = double(QSet<QString>(a).intersect(b).size()) / std::max<qsizetype>(1, std::min(a.size(), b.size()));
                if (overlap > 0.5)
                    fail(languages[l].first + QStringLiteral(" current read repeats the diagnosis (%1)").arg(overlap));
            }
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(checked > 100000);
    qInfo("%s: %d texts checked", qPrintable(family), checked);
}

void TestProbeTexts::casesFromTheClassroom_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("key");

    QTest::newRow("GELU tail: negative slope, fading") << "gelu" << "" << -3.5 << "health" << "health.fading.explanation@negative";
    QTest::newRow("GELU left of minimum, fading") << "gelu" << "" << -0.76 << "health" << "health.fading.explanation@negative";
    QTest::newRow("GELU dip right of minimum") << "gelu" << "" << -0.5 << "health" << "health.fading.explanation";
    QTest::newRow("Softplus beta 8 in the hinge") << "softplus" << "beta=8" << 0.25 << "currentRead" << "regimes.active.explanation@hingePartly";
    QTest::newRow("Softplus just past beta x = 1") << "softplus" << "" << 1.001 << "currentRead" << "regimes.active.explanation@partly";
    QTest::newRow("ReLU right of zero, in the hinge") << "relu" << "" << 0.5 << "currentRead" << "regimes.active.explanation@hinge";
    QTest::newRow("ReLU far right") << "relu" << "" << 3.0 << "currentRead" << "regimes.active.explanation";
    QTest::newRow("Leaky a = 0 use case") << "leaky-relu" << "slope=0" << -1.0 << "useCase" << "families.leaky-relu.tagline@flat";
    QTest::newRow("Leaky default use case") << "leaky-relu" << "" << -1.0 << "useCase" << "families.leaky-relu.tagline";
    QTest::newRow("Leaky a = 0.5 try next") << "leaky-relu" << "slope=0.5" << -1.0 << "tryNext" << "families.leaky-relu.regimes.leaking.tryNext@healthy";
    QTest::newRow("GELU -1.5 try next goes right") << "gelu" << "" << -1.5 << "tryNext" << "families.gelu.regimes.negative-dip.tryNext@reversed";
    QTest::newRow("GELU -0.5 try next goes left") << "gelu" << "" << -0.5 << "tryNext" << "families.gelu.regimes.negative-dip.tryNext";
    QTest::newRow("ELU at 0, alpha 0.3: fading") << "elu" << "alpha=0.3" << 0.0 << "health.name" << "health.fading.name";
    QTest::newRow("ELU hinge alpha 3") << "elu" << "alpha=3" << 0.0 << "mlTranslation" << "families.elu.regimes.hinge.mlTranslation@steep";
    QTest::newRow("ELU hinge alpha 1.5") << "elu" << "alpha=1.5" << 0.0 << "mlTranslation" << "families.elu.regimes.hinge.mlTranslation";
    QTest::newRow("ReLU negative input is inactive") << "relu" << "" << -0.001 << "currentRead.title" << "regimes.dead.name";
    QTest::newRow("SiLU -2 try next goes right") << "silu" << "" << -2.0 << "tryNext" << "families.silu.regimes.negative-dip.tryNext@reversed";
    QTest::newRow("SiLU -0.5 try next goes left") << "silu" << "" << -0.5 << "tryNext" << "families.silu.regimes.negative-dip.tryNext";
    QTest::newRow("SiLU far out in the dip, fading") << "silu" << "" << -6.35 << "tryNext" << "families.silu.regimes.negative-dip.tryNext@fading";
    QTest::newRow("SiLU beta 10: dip at -0.2") << "silu" << "beta=10" << -0.2 << "tryNext" << "families.silu.regimes.negative-dip.tryNext@reversed";
    QTest::newRow("Mish -2 try next goes right") << "mish" << "" << -2.0 << "tryNext" << "families.mish.regimes.negative-dip.tryNext@reversed";
    QTest::newRow("Mish -1.2 just left of its minimum") << "mish" << "" << -1.2 << "tryNext" << "families.mish.regimes.negative-dip.tryNext@fading";
    QTest::newRow("SELU kink note") << "selu" << "" << 0.0 << "slope.note" << "kinks.selu";
    QTest::newRow("SELU at 0 amplifies") << "selu" << "" << 0.0 << "health.name" << "health.amplifying.name";
    QTest::newRow("SELU right side: straight slope 1.05 amplifies") << "selu" << "" << 2.0 << "health.name" << "health.amplifying.name";
    QTest::newRow("SELU right side: the straight-gain explanation") << "selu" << "" << 2.0 << "health" << "health.amplifying.explanation@straight";
    QTest::newRow("GELU above 1.1: the usual explanation") << "gelu" << "" << 1.4 << "health" << "health.amplifying.explanation";
    QTest::newRow("SiLU's peak below 1.1 stays healthy") << "silu" << "" << 1.5 << "health.name" << "health.healthy.name";
    QTest::newRow("SELU right side diagnosis") << "selu" << "" << 2.0 << "diagnosis" << "families.selu.regimes.active.diagnosis";
}

void TestProbeTexts::casesFromTheClassroom()
{
    QFETCH(QString, family);
    QFETCH(QString, assignment);
    QFETCH(double, x);
    QFETCH(QString, card);
    QFETCH(QString, key);

    LabModel model;
    QVERIFY(model.setFamily(family));
    if (!assignment.isEmpty())
        QVERIFY(model.setParameterFromText(assignment));
    QVERIFY(model.setProbe(x));
    Teaching teaching;
    const QList<ShownText> shown = ProbeTexts::texts(teaching, ProbeFacts::of(model));
    bool found = false;
    for (const ShownText &text : shown) {
        if (text.card == card) {
            QCOMPARE(text.key, key);
            QCOMPARE(text.text, teaching.text(key));
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(card));
}

QTEST_GUILESS_MAIN(TestProbeTexts)
#include "tst_probetexts.moc"
