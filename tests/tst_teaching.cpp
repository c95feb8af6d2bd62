// The teaching text as shipped: every key the schema in resources/teaching/README.md requires is
// there in English, nothing else is, every other language mirrors English key for key, and the
// Teaching object switches and picks languages as documented.

#include "depthsimulation.h"
#include "diagnosis.h"
#include "family.h"
#include "widgets/labstyle.h"
#include "scenario.h"
#include "survivalscenario.h"
#include "probetexts.h"
#include "training/trainingscenario.h"
#include "teaching.h"
#include "magnitude.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace relulab;

namespace {

const QString kEnglish = QStringLiteral("en");

// The regimes each family can reach, as tabled in resources/teaching/README.md.
QHash<QString, QStringList> reachableRegimes()
{
    return {
        {QStringLiteral("relu"), {QStringLiteral("active"), QStringLiteral("dead"), QStringLiteral("hinge")}},
        {QStringLiteral("leaky-relu"),
         {QStringLiteral("active"), QStringLiteral("leaking"), QStringLiteral("hinge"), QStringLiteral("dead")}},
        {QStringLiteral("elu"), {QStringLiteral("active"), QStringLiteral("saturating"), QStringLiteral("hinge")}},
        {QStringLiteral("gelu"),
         {QStringLiteral("active"), QStringLiteral("soft-gate"), QStringLiteral("negative-dip"),
          QStringLiteral("soft-floor"), QStringLiteral("dead")}},
        {QStringLiteral("softplus"),
         {QStringLiteral("active"), QStringLiteral("soft-gate"), QStringLiteral("soft-floor"), QStringLiteral("dead")}},
        {QStringLiteral("silu"),
         {QStringLiteral("active"), QStringLiteral("soft-gate"), QStringLiteral("negative-dip"),
          QStringLiteral("soft-floor"), QStringLiteral("dead")}},
        {QStringLiteral("mish"),
         {QStringLiteral("active"), QStringLiteral("soft-gate"), QStringLiteral("negative-dip"),
          QStringLiteral("soft-floor"), QStringLiteral("dead")}},
        {QStringLiteral("selu"), {QStringLiteral("active"), QStringLiteral("saturating"), QStringLiteral("hinge")}},
        {QStringLiteral("relu6"),
         {QStringLiteral("active"), QStringLiteral("dead"), QStringLiteral("hinge"), QStringLiteral("capped")}},
        {QStringLiteral("hardswish"),
         {QStringLiteral("active"), QStringLiteral("soft-gate"), QStringLiteral("negative-dip"), QStringLiteral("dead"),
          QStringLiteral("hinge")}},
        {QStringLiteral("sigmoid"), {QStringLiteral("responsive"), QStringLiteral("saturated")}},
        {QStringLiteral("tanh"), {QStringLiteral("responsive"), QStringLiteral("saturated")}},
    };
}

// Families with a kink somewhere in their parameter range (kinks.<family>).
const QStringList kKinkFamilies = {QStringLiteral("relu"), QStringLiteral("leaky-relu"), QStringLiteral("elu"),
                                   QStringLiteral("selu"), QStringLiteral("relu6"), QStringLiteral("hardswish")};

const QStringList kFamilyFields = {
    QStringLiteral("subtitle"),  QStringLiteral("tagline"),   QStringLiteral("summary"),
    QStringLiteral("snapshot"),  QStringLiteral("headline"),  QStringLiteral("intro"),
    QStringLiteral("whyExists"), QStringLiteral("whereSeen"), QStringLiteral("chooseWhen"),
    QStringLiteral("watchOut"),
};
const QStringList kDiagnosisFields = {QStringLiteral("title"), QStringLiteral("diagnosis"),
                                      QStringLiteral("tryNext"), QStringLiteral("mlTranslation")};

QString join(std::initializer_list<QString> parts)
{
    QStringList list;
    for (const QString &part : parts)
        list.append(part);
    return list.join(QLatin1Char('.'));
}

// Every key the schema asks for, built from the model's own enumerations, so a new regime,
// verdict, scenario or family without text makes this test fail.
QSet<QString> schemaKeys()
{
    QSet<QString> keys;
    for (const char *key : {"lab.title", "lab.tagline", "lab.whyTitle", "lab.whyText", "lab.watchTitle",
                            "lab.derivativeTitle", "lab.watch.negative", "lab.watch.hinge", "lab.watch.derivative"}) {
        keys.insert(QString::fromLatin1(key));
    }
    for (style::Zone zone : {style::Zone::Negative, style::Zone::Hinge, style::Zone::Positive}) {
        keys.insert(join({QStringLiteral("zones"), style::zoneId(zone), QStringLiteral("title")}));
        keys.insert(join({QStringLiteral("zones"), style::zoneId(zone), QStringLiteral("caption")}));
    }
    for (Regime regime : allRegimes()) {
        keys.insert(join({QStringLiteral("regimes"), regimeId(regime), QStringLiteral("name")}));
        keys.insert(join({QStringLiteral("regimes"), regimeId(regime), QStringLiteral("explanation")}));
    }
    for (GradientHealth verdict : allHealthVerdicts()) {
        keys.insert(join({QStringLiteral("health"), healthId(verdict), QStringLiteral("name")}));
        keys.insert(join({QStringLiteral("health"), healthId(verdict), QStringLiteral("explanation")}));
    }
    for (const QString &family : kKinkFamilies)
        keys.insert(join({QStringLiteral("kinks"), family}));
    const QHash<QString, QStringList> reachable = reachableRegimes();
    for (const QString &family : FamilyCatalog::ids()) {
        for (const QString &field : kFamilyFields)
            keys.insert(join({QStringLiteral("families"), family, field}));
        for (const QString &regime : reachable.value(family)) {
            for (const QString &field : kDiagnosisFields)
                keys.insert(join({QStringLiteral("families"), family, QStringLiteral("regimes"), regime, field}));
        }
    }
    // Variants of a text ("key@name"), each true under the conditions conditions.json gives it.
    const QJsonObject &conditioned = ProbeTexts::conditions();
    for (auto it = conditioned.begin(); it != conditioned.end(); ++it)
        keys.insert(it.key());
    for (const Scenario &scenario : builtInScenarios()) {
        keys.insert(join({QStringLiteral("scenarios"), scenario.id, QStringLiteral("title")}));
        keys.insert(join({QStringLiteral("scenarios"), scenario.id, QStringLiteral("note")}));
    }
    // --- Gradient survival (survival.json) ---
    for (const char *key : {"survival.title", "survival.intro", "survival.batch.title", "survival.batch.intro",
                            "survival.batch.watch", "survival.batch.meanSquaredSlope", "survival.depth.title",
                            "survival.depth.intro", "survival.depth.watch", "survival.depth.heXavier",
                            "survival.depth.initSame", "survival.depth.stale", "survival.depth.running",
                            "survival.depth.cancelled", "survival.depth.charts.gradient",
                            "survival.depth.charts.activation", "survival.depth.charts.dead"}) {
        keys.insert(QString::fromLatin1(key));
    }
    for (const char *column : {"dead", "meanSlope", "meanSquaredSlope", "meanOutput", "outputVariance"})
        keys.insert(join({QStringLiteral("survival.batch.columns"), QString::fromLatin1(column)}));
    for (GradientTrend trend : {GradientTrend::Steady, GradientTrend::Vanishing, GradientTrend::Exploding})
        keys.insert(join({QStringLiteral("survival.depth.verdict"), gradientTrendId(trend)}));
    for (const QString &init : weightInitIds())
        keys.insert(join({QStringLiteral("survival.init"), init}));
    for (const SurvivalScenario &scenario : survivalScenarios()) {
        keys.insert(join({QStringLiteral("survival.scenarios"), scenario.id, QStringLiteral("title")}));
        keys.insert(join({QStringLiteral("survival.scenarios"), scenario.id, QStringLiteral("note")}));
    }
    for (const QString &key : magnitude::teachingKeys())
        keys.insert(key);
    // --- end of gradient survival ---
    // The training lab (training.json).
    for (const char *key : {"training.title", "training.intro", "training.watch", "training.deadUnit",
                            "training.noRecovery", "training.rescue"})
        keys.insert(QString::fromLatin1(key));
    for (const TrainingScenario &scenario : trainingScenarios()) {
        keys.insert(join({QStringLiteral("training.scenarios"), scenario.id, QStringLiteral("title")}));
        keys.insert(join({QStringLiteral("training.scenarios"), scenario.id, QStringLiteral("note")}));
    }
    return keys;
}

QStringList sortedList(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%\\d+"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QStringList otherLanguages()
{
    QStringList languages = Teaching::availableLanguages();
    languages.removeAll(kEnglish);
    return languages;
}

// The longest text a key of this kind may have in English (the panels are narrow and projected).
int englishLengthLimit(const QString &key)
{
    const QString field = key.section(QLatin1Char('.'), -1);
    if (key.startsWith(QLatin1String("families.")) && field == QLatin1String("tagline"))
        return 32;
    if (field == QLatin1String("title") || field == QLatin1String("subtitle") || field == QLatin1String("name")
        || field == QLatin1String("headline") || key == QLatin1String("lab.whyTitle")) {
        return 40;
    }
    if (field == QLatin1String("explanation") || field == QLatin1String("caption")
        || key.startsWith(QLatin1String("kinks.")) || key.startsWith(QLatin1String("lab.watch."))
        || key == QLatin1String("lab.tagline")) {
        return 160;
    }
    return 400; // panel paragraphs: one to three sentences
}

} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readmeTableMatchesTheCatalog();
    void englishHasEverySchemaKey();
    void englishHasNoKeysOutsideTheSchema();
    void englishFitsThePanels();
    void otherLanguagesMirrorEnglish();
    void everyTextIsPlain();
    void refusesUnknownLanguage();
    void sameLanguageEmitsNothing();
    void switchesToEveryShippedLanguage();
    void bestLanguageFor_data();
    void bestLanguageFor();
};

void TestTeaching::initTestCase()
{
    QString error;
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish, &error);
    QVERIFY2(!english.isEmpty(), qPrintable(error));
    QCOMPARE(Teaching::availableLanguages().value(0), kEnglish);
}

// The README table says which diagnoses must be written; check it against what the catalog's
// regime functions actually produce over the probe range and every parameter setting.
void TestTeaching::readmeTableMatchesTheCatalog()
{
    const QHash<QString, QStringList> table = reachableRegimes();
    const QStringList ids = FamilyCatalog::ids();
    QCOMPARE(sortedList(QSet<QString>(table.keyBegin(), table.keyEnd())),
             sortedList(QSet<QString>(ids.begin(), ids.end())));

    QList<double> xs = {-1000.0, -800.0, -745.5, -100.0, -40.0, -38.7, -30.0, -21.6, -10.0, -2.7,
                        -1.0000001, -1.0, -0.752, -0.015, -1e-9, 0.0, 1e-9, 1.0, 1.0000001, 1.41, 100.0, 1000.0};
    for (int i = -500; i <= 500; ++i)
        xs.append(i / 100.0);

    for (const FamilySpec &family : FamilyCatalog::all()) {
        QList<ParameterValues> settings = {family.defaults()};
        for (int p = 0; p < family.parameters.size(); ++p) {
            const ParameterSpec &spec = family.parameters[p];
            const double step = spec.step > 0.0 ? spec.step : 1.0;
            for (double value = spec.minimum; value <= spec.maximum + step / 2; value += step) {
                ParameterValues values = family.defaults();
                values[p] = std::min(value, spec.maximum);
                settings.append(values);
            }
        }
        QSet<QString> reached;
        for (const ParameterValues &values : settings) {
            for (double x : xs)
                reached.insert(regimeId(family.regime(x, values, family.evaluate(x, values))));
        }
        const QStringList expected = table.value(family.id);
        QCOMPARE(sortedList(reached), sortedList(QSet<QString>(expected.begin(), expected.end())));
    }
}

void TestTeaching::englishHasEverySchemaKey()
{
    const Teaching teaching;
    QCOMPARE(teaching.language(), kEnglish);
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish);
    QStringList missing;
    for (const QString &key : sortedList(schemaKeys())) {
        if (english.value(key).isEmpty() || teaching.text(key).isEmpty() || !teaching.contains(key))
            missing.append(key);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing or empty in English: ") % missing.join(u' ')));

    // The enumerations behind the keys must themselves be complete.
    for (Regime regime : allRegimes())
        QVERIFY(!regimeId(regime).isEmpty());
    for (GradientHealth verdict : allHealthVerdicts())
        QVERIFY(!healthId(verdict).isEmpty());
    QCOMPARE(allRegimes().size(), 11);
    QCOMPARE(allHealthVerdicts().size(), 6);
    QCOMPARE(builtInScenarios().size(), 15);
}

void TestTeaching::englishHasNoKeysOutsideTheSchema()
{
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish);
    const QSet<QString> actual(english.keyBegin(), english.keyEnd());
    const QStringList unexpected = sortedList(actual - schemaKeys());
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("not in the schema: ") % unexpected.join(u' ')));
    QCOMPARE(actual.size(), schemaKeys().size());
}

void TestTeaching::englishFitsThePanels()
{
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish);
    QStringList tooLong;
    for (auto it = english.constBegin(); it != english.constEnd(); ++it) {
        const int limit = englishLengthLimit(it.key());
        if (it.value().size() > limit)
            tooLong.append(QStringLiteral("%1 (%2 > %3)").arg(it.key()).arg(it.value().size()).arg(limit));
    }
    tooLong.sort();
    QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QStringLiteral(", "))));
}

void TestTeaching::otherLanguagesMirrorEnglish()
{
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish);
    const QSet<QString> englishKeys(english.keyBegin(), english.keyEnd());
    for (const QString &language : otherLanguages()) {
        QString error;
        const QHash<QString, QString> text = Teaching::loadLanguageFile(language, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(language % QStringLiteral(": ") % error));
        const QSet<QString> keys(text.keyBegin(), text.keyEnd());
        const QStringList missing = sortedList(englishKeys - keys);
        const QStringList extra = sortedList(keys - englishKeys);
        QVERIFY2(missing.isEmpty(), qPrintable(language % QStringLiteral(" lacks: ") % missing.join(u' ')));
        QVERIFY2(extra.isEmpty(), qPrintable(language % QStringLiteral(" has extra: ") % extra.join(u' ')));
        for (auto it = text.constBegin(); it != text.constEnd(); ++it) {
            const QString where = language % QLatin1Char(' ') % it.key();
            QVERIFY2(!it.value().isEmpty(), qPrintable(where % QStringLiteral(" is empty")));
            QVERIFY2(placeholders(it.value()) == placeholders(english.value(it.key())),
                     qPrintable(where % QStringLiteral(": placeholders differ from English")));
        }
    }
}

void TestTeaching::everyTextIsPlain()
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[A-Za-z][^>]*>"));
    for (const QString &language : Teaching::availableLanguages()) {
        const QHash<QString, QString> text = Teaching::loadLanguageFile(language);
        QVERIFY2(!text.isEmpty(), qPrintable(language));
        for (auto it = text.constBegin(); it != text.constEnd(); ++it) {
            const QString where = language % QLatin1Char(' ') % it.key();
            QVERIFY2(!it.value().contains(tag), qPrintable(where % QStringLiteral(" contains HTML")));
            QVERIFY2(it.value() == it.value().trimmed(),
                     qPrintable(where % QStringLiteral(" has leading or trailing white space")));
            QVERIFY2(!it.value().contains(QLatin1Char('\n')), qPrintable(where % QStringLiteral(" has a line break")));
        }
    }
}

void TestTeaching::refusesUnknownLanguage()
{
    Teaching teaching;
    QSignalSpy spy(&teaching, &Teaching::languageChanged);
    const QString title = teaching.text(QStringLiteral("lab.title"));
    for (const QString &code : {QStringLiteral("tlh"), QStringLiteral("xx_YY"), QString()}) {
        QString error;
        QVERIFY2(!teaching.setLanguage(code, &error), qPrintable(code));
        QVERIFY(!error.isEmpty());
        QCOMPARE(teaching.language(), kEnglish);
    }
    QCOMPARE(spy.count(), 0);
    QCOMPARE(teaching.text(QStringLiteral("lab.title")), title);
}

void TestTeaching::sameLanguageEmitsNothing()
{
    Teaching teaching;
    QSignalSpy spy(&teaching, &Teaching::languageChanged);
    QVERIFY(teaching.setLanguage(QStringLiteral("en")));
    QVERIFY(teaching.setLanguage(QStringLiteral("en_GB")));
    QVERIFY(teaching.setLanguage(QStringLiteral("EN-us")));
    QCOMPARE(teaching.language(), kEnglish);
    QCOMPARE(spy.count(), 0);
}

// With translations shipped, every one of them is reachable and replaces the English text.
// (tst_teachingfallback covers switching and the per-key fallback with a test-only language.)
void TestTeaching::switchesToEveryShippedLanguage()
{
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish);
    for (const QString &language : otherLanguages()) {
        Teaching teaching;
        QSignalSpy spy(&teaching, &Teaching::languageChanged);
        QString error;
        QVERIFY2(teaching.setLanguage(language.toUpper() % QStringLiteral("_XX"), &error), qPrintable(error));
        QCOMPARE(teaching.language(), language);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), language);
        const QHash<QString, QString> text = Teaching::loadLanguageFile(language);
        for (auto it = text.constBegin(); it != text.constEnd(); ++it)
            QCOMPARE(teaching.text(it.key()), it.value());
        QVERIFY(teaching.setLanguage(kEnglish));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(teaching.text(QStringLiteral("lab.whyText")), english.value(QStringLiteral("lab.whyText")));
    }
}

void TestTeaching::bestLanguageFor_data()
{
    QTest::addColumn<QStringList>("preferred");
    QTest::addColumn<QString>("expected");

    const QStringList available = Teaching::availableLanguages();
    const auto ifShipped = [&](const char *code) {
        const QString language = QString::fromLatin1(code);
        return available.contains(language) ? language : kEnglish;
    };
    QTest::newRow("nothing preferred") << QStringList() << kEnglish;
    QTest::newRow("unknown only") << QStringList{QStringLiteral("tlh"), QStringLiteral("xx-YY")} << kEnglish;
    QTest::newRow("English with region") << QStringList{QStringLiteral("en-AU")} << kEnglish;
    QTest::newRow("de-DE") << QStringList{QStringLiteral("de-DE")} << ifShipped("de");
    QTest::newRow("es_MX") << QStringList{QStringLiteral("es_MX")} << ifShipped("es");
    QTest::newRow("fr-CA after unknown") << QStringList{QStringLiteral("tlh"), QStringLiteral("fr-CA")}
                                          << ifShipped("fr");
    for (const QString &language : otherLanguages()) {
        QTest::addRow("%s after unknown", qPrintable(language))
            << QStringList{QStringLiteral("tlh-QQ"), language.toUpper() % QStringLiteral("-ZZ")} << language;
        QTest::addRow("English before %s", qPrintable(language))
            << QStringList{QStringLiteral("en-GB"), language} << kEnglish;
    }
}

void TestTeaching::bestLanguageFor()
{
    QFETCH(QStringList, preferred);
    QFETCH(QString, expected);
    QCOMPARE(Teaching::bestLanguageFor(preferred), expected);
}

QTEST_GUILESS_MAIN(TestTeaching)
#include "tst_teaching.moc"
