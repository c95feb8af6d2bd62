#include "family.h"
#include "lessondeck.h"
#include "scenario.h"
#include "teaching.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace relulab;

namespace {

// A small valid deck in file form; broken variants are made by replacing one piece of it.
const QByteArray kValid = R"({
  "format": "relu-family-lab-lesson",
  "version": 1,
  "title": "Negative evidence",
  "steps": [
    {"family": "elu", "parameters": {"alpha": 0.5}, "probe": -2, "title": {"en": "ELU floor", "de": "ELU-Boden"}},
    {"family": "gelu", "parameters": {"approximate": "tanh"}, "probe": -0.75, "note": "The dip."}
  ]
}
)";

QByteArray replaced(const QByteArray &from, const QByteArray &to)
{
    QByteArray data = kValid;
    Q_ASSERT(data.contains(from));
    return data.replace(from, to);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

LessonDeck richDeck()
{
    LessonDeck deck;
    deck.title.set(QStringLiteral("en"), QStringLiteral("Why did my network stop learning?"));
    deck.title.set(QStringLiteral("de"), QStringLiteral("Warum lernt mein Netz nicht mehr?"));
    deck.title.set(QStringLiteral("fr"), QStringLiteral("Pourquoi mon réseau n'apprend-il plus\u00a0?"));

    LessonStep leaky;
    leaky.state.family = QStringLiteral("leaky-relu");
    leaky.state.parameters = {{QStringLiteral("slope"), 0.07}};
    leaky.state.probe = -1.0 / 3.0; // needs all 17 digits to come back exactly
    leaky.title.set(QStringLiteral("en"), QStringLiteral("A \"small\" leak"));
    leaky.title.set(QStringLiteral("es"), QStringLiteral("Una pequeña fuga"));
    leaky.note.set(QStringLiteral("en"), QStringLiteral("Line one\nline two\twith a tab and a back\\slash."));
    leaky.note.set(QStringLiteral("pt_BR"), QStringLiteral("Um pequeno vazamento."));

    LessonStep gelu;
    gelu.state.family = QStringLiteral("gelu");
    gelu.state.parameters = {{QStringLiteral("approximate"), 1.0}};
    gelu.state.probe = -1000.0;
    gelu.note.set(QStringLiteral("de"), QStringLiteral("Nur Deutsch: Steigung ≈ −0,127."));

    LessonStep scenario = LessonStep::fromScenario(*findScenario(QStringLiteral("dead-unit")));
    LessonStep plainRelu;
    plainRelu.state.family = QStringLiteral("relu");
    plainRelu.state.probe = 1e-9;
    plainRelu.title.set(QStringLiteral("en"), QStringLiteral("English only"));

    deck.steps = {leaky, gelu, scenario, plainRelu};
    return deck;
}

// Every field format version 2 added, each with a value other than the lab's default.
LessonStep viewStep()
{
    LessonStep step;
    step.state.family = QStringLiteral("elu");
    step.state.parameters = {{QStringLiteral("alpha"), 0.5}};
    step.state.probe = -2.0;
    step.xRange = LessonXRange{-1.0 / 3.0, 7.25};
    step.comparison = QStringList{QStringLiteral("gelu"), QStringLiteral("relu")};
    step.tab = QStringLiteral("survival");
    step.survival = LessonSurvival{-1.5, 0.25};
    step.depth = LessonDepth{WeightInit::Custom, 1.35, 64, 120, 32, 77};
    step.hiddenParts = QStringList{QStringLiteral("readouts"), QStringLiteral("curve-right")};
    step.speakerNotes.set(QStringLiteral("en"), QStringLiteral("Ask first:\nwhat happens left of 0?"));
    step.speakerNotes.set(QStringLiteral("fr"), QStringLiteral("Demandez d'abord\u00a0:\nque se passe-t-il à gauche de 0\u00a0?"));
    return step;
}

// A version 2 file with one step; `fields` goes after the probe.
QByteArray version2File(const QByteArray &fields)
{
    return R"({"format": "relu-family-lab-lesson", "version": 2, "steps": [
        {"family": "elu", "probe": -2)" + (fields.isEmpty() ? QByteArray() : ", " + fields) + "}\n]}";
}

} // namespace

class TestLessonDeck : public QObject
{
    Q_OBJECT

private slots:
    void localizedTextFallsBack();
    void builtInDeckIsTheBuiltInScenarios();
    void stepTextsFallBackToTheScenarioTeachingText();
    void roundTripKeepsEveryField();
    void savedFileIsStableAndReadable();
    void readsTheDocumentedForms();
    void scenarioStepsTakeTheirStateAndOverrides();
    void brokenFilesAreRefused_data();
    void brokenFilesAreRefused();
    void syntaxErrorGivesLineAndColumn();
    void tooLargeFileIsRefused();
    void tooManyStepsAreRefused();
    void tooLongTextIsRefused();
    void missingOrUnreadablePathsAreRefused();
    void failedLoadLeavesTheDeckUntouched();
    void saveToAnUnwritablePlaceFails();
    void invalidDeckIsNotSavedAndOldFileStays();
    void sampleLessonLoads();
    void newFamilyIdsLoad();
    void mutatedFilesAreRefusedOrReadBackExactly();
    void viewFieldsRoundTrip_data();
    void viewFieldsRoundTrip();
    void oldFilesLoadWithoutViewFields();
    void brokenViewFieldsAreRefused_data();
    void brokenViewFieldsAreRefused();

private:
    QTemporaryDir m_dir;
};

void TestLessonDeck::localizedTextFallsBack()
{
    LocalizedText text;
    QCOMPARE(text.in(QStringLiteral("de")), QString());
    text.set(QStringLiteral("fr"), QStringLiteral("Bonjour"));
    QCOMPARE(text.in(QStringLiteral("de")), QStringLiteral("Bonjour")); // any language at all
    text.set(QStringLiteral("en"), QStringLiteral("Hello"));
    QCOMPARE(text.in(QStringLiteral("de")), QStringLiteral("Hello"));   // English first
    QCOMPARE(text.in(QStringLiteral("fr")), QStringLiteral("Bonjour")); // own language best
    text.set(QStringLiteral("en"), QString());
    QVERIFY(!text.texts.contains(QStringLiteral("en")));
    QCOMPARE(text.in(QStringLiteral("en")), QStringLiteral("Bonjour"));
}

void TestLessonDeck::builtInDeckIsTheBuiltInScenarios()
{
    const LessonDeck deck = LessonDeck::builtIn();
    const QList<Scenario> &scenarios = builtInScenarios();
    QCOMPARE(deck.steps.size(), scenarios.size());
    QVERIFY(deck.steps.size() >= 2);
    for (int i = 0; i < scenarios.size(); ++i) {
        const Scenario &state = deck.steps[i].state;
        QCOMPARE(state.id, scenarios[i].id);
        QCOMPARE(state.family, scenarios[i].family);
        QCOMPARE(state.parameters, scenarios[i].parameters);
        QCOMPARE(state.probe, scenarios[i].probe);
        QVERIFY(deck.steps[i].title.isEmpty());
    }
    // The built-in deck can be saved and read back as a file.
    const QString path = m_dir.filePath(QStringLiteral("builtin.relulesson"));
    QString error;
    QVERIFY2(saveLessonDeck(deck, path, &error), qPrintable(error));
    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, deck);
}

void TestLessonDeck::stepTextsFallBackToTheScenarioTeachingText()
{
    Teaching teaching;
    LessonStep step = LessonStep::fromScenario(*findScenario(QStringLiteral("dead-unit")));
    QVERIFY(!teaching.text(QStringLiteral("scenarios.dead-unit.title")).isEmpty());
    QCOMPARE(step.titleIn(teaching), teaching.text(QStringLiteral("scenarios.dead-unit.title")));
    QCOMPARE(step.noteIn(teaching), teaching.text(QStringLiteral("scenarios.dead-unit.note")));
    step.title.set(QStringLiteral("en"), QStringLiteral("My own title"));
    QCOMPARE(step.titleIn(teaching), QStringLiteral("My own title"));
    // In German: the step's English title (its own text) wins over the scenario's German title.
    QVERIFY(teaching.setLanguage(QStringLiteral("de")));
    QCOMPARE(step.titleIn(teaching), QStringLiteral("My own title"));
    step.title.set(QStringLiteral("en"), QString());
    QCOMPARE(step.titleIn(teaching), teaching.text(QStringLiteral("scenarios.dead-unit.title")));
    QVERIFY(step.titleIn(teaching) != Teaching().text(QStringLiteral("scenarios.dead-unit.title")));

    LessonStep plain;
    plain.state.family = QStringLiteral("relu");
    QCOMPARE(plain.titleIn(teaching), QString());
    QCOMPARE(plain.noteIn(teaching), QString());
}

void TestLessonDeck::roundTripKeepsEveryField()
{
    const LessonDeck deck = richDeck();
    const QString path = m_dir.filePath(QStringLiteral("rich.relulesson"));
    QString error;
    QVERIFY2(saveLessonDeck(deck, path, &error), qPrintable(error));
    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.steps.size(), deck.steps.size());
    for (int i = 0; i < deck.steps.size(); ++i)
        QVERIFY2(loaded.steps[i] == deck.steps[i], qPrintable(QStringLiteral("step %1 differs").arg(i + 1)));
    QCOMPARE(loaded.title, deck.title);
    QCOMPARE(loaded.steps[0].state.probe, -1.0 / 3.0);
    QCOMPARE(loaded.steps[0].note.in(QStringLiteral("en")), deck.steps[0].note.in(QStringLiteral("en")));
    QCOMPARE(loaded.steps[2].state.id, QStringLiteral("dead-unit"));
    QCOMPARE(loaded, deck);

    // Saving what was loaded gives the same bytes.
    const QString again = m_dir.filePath(QStringLiteral("rich-again.relulesson"));
    QVERIFY2(saveLessonDeck(loaded, again, &error), qPrintable(error));
    QCOMPARE(readFile(again), readFile(path));
}

void TestLessonDeck::savedFileIsStableAndReadable()
{
    const QByteArray json = lessonDeckToJson(richDeck());
    // The marker and version come first, the GELU option is written by name, UTF-8 stays readable.
    QVERIFY(json.startsWith("{\n  \"format\": \"relu-family-lab-lesson\",\n  \"version\": 1,\n"));
    QVERIFY(json.contains("\"approximate\": \"tanh\""));
    QVERIFY(json.contains("\"slope\": 0.07"));
    QVERIFY(json.contains(QStringLiteral("Nur Deutsch: Steigung ≈ −0,127.").toUtf8()));
    QVERIFY(json.contains("\"title\": \"English only\"")); // English alone is a plain string
    QVERIFY(json.contains("\"A \\\"small\\\" leak\""));
    QVERIFY(json.contains("Line one\\nline two\\twith a tab and a back\\\\slash."));
    QCOMPARE(lessonDeckToJson(richDeck()), json);
}

void TestLessonDeck::readsTheDocumentedForms()
{
    LessonDeck deck;
    QString error;
    QVERIFY2(parseLessonDeck(kValid, QStringLiteral("valid.relulesson"), &deck, &error), qPrintable(error));
    QCOMPARE(deck.title.in(QStringLiteral("de")), QStringLiteral("Negative evidence"));
    QCOMPARE(deck.steps.size(), 2);
    QCOMPARE(deck.steps[0].state.family, QStringLiteral("elu"));
    QCOMPARE(deck.steps[0].state.parameters, (QList<QPair<QString, double>>{{QStringLiteral("alpha"), 0.5}}));
    QCOMPARE(deck.steps[0].state.probe, -2.0);
    QCOMPARE(deck.steps[0].title.in(QStringLiteral("de")), QStringLiteral("ELU-Boden"));
    QCOMPARE(deck.steps[0].title.in(QStringLiteral("es")), QStringLiteral("ELU floor"));
    QCOMPARE(deck.steps[1].state.parameters, (QList<QPair<QString, double>>{{QStringLiteral("approximate"), 1.0}}));
    QCOMPARE(deck.steps[1].note.in(QStringLiteral("en")), QStringLiteral("The dip."));
    QVERIFY(deck.steps[1].title.isEmpty());

    // Parameters may be left out: they keep their defaults when the step is applied.
    QVERIFY2(parseLessonDeck(replaced("\"parameters\": {\"alpha\": 0.5}, ", ""), QStringLiteral("x"), &deck, &error),
             qPrintable(error));
    QVERIFY(deck.steps[0].state.parameters.isEmpty());
    // The smooth descendants load like the seed families, with SiLU's beta.
    QVERIFY2(parseLessonDeck(replaced("\"family\": \"elu\", \"parameters\": {\"alpha\": 0.5}",
                                      "\"family\": \"silu\", \"parameters\": {\"beta\": 4}")
                                 .replace("\"family\": \"gelu\", \"parameters\": {\"approximate\": \"tanh\"}",
                                          "\"family\": \"selu\""),
                             QStringLiteral("x"), &deck, &error),
             qPrintable(error));
    QCOMPARE(deck.steps[0].state.family, QStringLiteral("silu"));
    QCOMPARE(deck.steps[0].state.parameters, (QList<QPair<QString, double>>{{QStringLiteral("beta"), 4.0}}));
    QCOMPARE(deck.steps[1].state.family, QStringLiteral("selu"));
    QVERIFY2(parseLessonDeck(replaced("\"family\": \"elu\", \"parameters\": {\"alpha\": 0.5}", "\"family\": \"mish\""),
                             QStringLiteral("x"), &deck, &error),
             qPrintable(error));
    QCOMPARE(deck.steps[0].state.family, QStringLiteral("mish"));
    // A UTF-8 byte order mark, as some editors write, is fine.
    QVERIFY2(parseLessonDeck("\xEF\xBB\xBF" + kValid, QStringLiteral("x"), &deck, &error), qPrintable(error));
}

void TestLessonDeck::scenarioStepsTakeTheirStateAndOverrides()
{
    const QByteArray data = R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [
        {"scenario": "leaky-rescue"},
        {"scenario": "leaky-rescue", "probe": -3, "parameters": {"slope": 0.2}},
        {"scenario": "leaky-rescue", "family": "elu", "probe": -1}
    ]})";
    LessonDeck deck;
    QString error;
    QVERIFY2(parseLessonDeck(data, QStringLiteral("s.relulesson"), &deck, &error), qPrintable(error));
    const Scenario &rescue = *findScenario(QStringLiteral("leaky-rescue"));
    QCOMPARE(deck.steps[0].state.family, rescue.family);
    QCOMPARE(deck.steps[0].state.parameters, rescue.parameters);
    QCOMPARE(deck.steps[0].state.probe, rescue.probe);
    QCOMPARE(deck.steps[0].state.id, QStringLiteral("leaky-rescue"));
    QCOMPARE(deck.steps[1].state.parameters, (QList<QPair<QString, double>>{{QStringLiteral("slope"), 0.2}}));
    QCOMPARE(deck.steps[1].state.probe, -3.0);
    // Another family drops the scenario's parameters (they belong to Leaky ReLU).
    QCOMPARE(deck.steps[2].state.family, QStringLiteral("elu"));
    QVERIFY(deck.steps[2].state.parameters.isEmpty());
}

void TestLessonDeck::brokenFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");

    QTest::newRow("unknown family") << replaced("\"family\": \"elu\"", "\"family\": \"swish\"")
                                    << "step 1, field 'family'"
                                    << QStringLiteral("'swish' is not a family; valid: ") + FamilyCatalog::ids().join(QStringLiteral(", "));
    QTest::newRow("family not a text") << replaced("\"family\": \"elu\"", "\"family\": 3")
                                       << "step 1, field 'family'" << "the number 3 is not a family";
    QTest::newRow("missing family") << replaced("\"family\": \"elu\", ", "")
                                    << "step 1" << "field 'family' is missing; valid: relu";
    QTest::newRow("unknown parameter") << replaced("{\"alpha\": 0.5}", "{\"alfa\": 0.5}")
                                       << "step 1, field 'parameters.alfa'" << "ELU has no parameter 'alfa'; its parameters: alpha";
    QTest::newRow("parameter of a family without any")
        << replaced("\"family\": \"elu\", \"parameters\": {\"alpha\": 0.5}", "\"family\": \"relu\", \"parameters\": {\"alpha\": 0.5}")
        << "step 1, field 'parameters.alpha'" << "ReLU has no parameters";
    QTest::newRow("parameter out of range") << replaced("{\"alpha\": 0.5}", "{\"alpha\": 5}")
                                            << "step 1, field 'parameters.alpha'" << "5 is out of range; valid: a number from 0.1 to 3";
    QTest::newRow("parameter below range") << replaced("{\"alpha\": 0.5}", "{\"alpha\": -0.5}")
                                           << "step 1, field 'parameters.alpha'" << "-0.5 is out of range; valid: a number from 0.1 to 3";
    QTest::newRow("NaN as a string") << replaced("{\"alpha\": 0.5}", "{\"alpha\": \"NaN\"}")
                                     << "step 1, field 'parameters.alpha'" << "must be a number from 0.1 to 3, not the text 'NaN'";
    QTest::newRow("infinity as a string") << replaced("\"probe\": -2", "\"probe\": \"-Infinity\"")
                                          << "step 1, field 'probe'" << "must be a number from -1000 to 1000, not the text '-Infinity'";
    QTest::newRow("number in quotes") << replaced("{\"alpha\": 0.5}", "{\"alpha\": \"0.5\"}")
                                      << "step 1, field 'parameters.alpha'" << "not the text '0.5'";
    QTest::newRow("unknown GELU option") << replaced("\"tanh\"", "\"fast\"")
                                         << "step 2, field 'parameters.approximate'" << "must be one of none or tanh (in quotes), not the text 'fast'";
    QTest::newRow("GELU option as a number") << replaced("\"tanh\"", "1")
                                             << "step 2, field 'parameters.approximate'" << "must be one of none or tanh (in quotes), not the number 1";
    QTest::newRow("parameters not an object") << replaced("{\"alpha\": 0.5}", "[0.5]")
                                              << "step 1, field 'parameters'" << "must be an object such as {\"alpha\": 0.5}, not a list";
    QTest::newRow("probe out of range") << replaced("\"probe\": -2", "\"probe\": -1000.5")
                                        << "step 1, field 'probe'" << "-1000.5 is out of range; valid: a number from -1000 to 1000";
    QTest::newRow("probe true") << replaced("\"probe\": -2", "\"probe\": true")
                                << "step 1, field 'probe'" << "must be a number from -1000 to 1000, not true";
    QTest::newRow("probe null") << replaced("\"probe\": -2", "\"probe\": null")
                                << "step 1, field 'probe'" << "not null";
    QTest::newRow("missing probe") << replaced(", \"probe\": -2", "")
                                   << "step 1" << "field 'probe' is missing";
    QTest::newRow("unknown step field") << replaced("\"probe\": -2", "\"prob\": -2")
                                        << "step 1" << "unknown field 'prob'; valid fields: scenario, family, parameters, probe, title, note";
    QTest::newRow("parameter name with a line break") << replaced("{\"alpha\": 0.5}", "{\"al\\npha\": 0.5}")
                                                     << "step 1, field 'parameters.al pha'" << "ELU has no parameter 'al pha'";
    QTest::newRow("field name with a line break") << replaced("\"probe\": -2", "\"pro\\nbe\": -2")
                                                 << "step 1" << "unknown field 'pro be'";
    QTest::newRow("unknown top-level field") << replaced("\"title\": \"Negative evidence\"", "\"titel\": \"Negative evidence\"")
                                             << "" << "unknown field 'titel'; valid fields: format, version, title, steps";
    QTest::newRow("unknown scenario") << replaced("{\"family\": \"gelu\"", "{\"scenario\": \"gelu-bump\", \"family\": \"gelu\"")
                                      << "step 2, field 'scenario'" << "'gelu-bump' is not a built-in scenario; valid: active-highway";
    QTest::newRow("step not an object") << replaced("{\"family\": \"gelu\", \"parameters\": {\"approximate\": \"tanh\"}, \"probe\": -0.75, \"note\": \"The dip.\"}", "\"gelu\"")
                                        << "step 2" << "must be an object { … }, not the text 'gelu'";
    QTest::newRow("title a number") << replaced("\"title\": \"Negative evidence\"", "\"title\": 7")
                                    << "field 'title'" << "must be a text, or an object of language codes and texts";
    QTest::newRow("note text not a string") << replaced("\"note\": \"The dip.\"", "\"note\": {\"en\": [\"The dip.\"]}")
                                            << "step 2, field 'note.en'" << "must be a text in quotes, not a list [ … ]";
    QTest::newRow("bad language code") << replaced("\"de\": \"ELU-Boden\"", "\"German\": \"ELU-Boden\"")
                                       << "step 1, field 'title.German'" << "'German' is not a language code";
    QTest::newRow("unsupported version") << replaced("\"version\": 1", "\"version\": 3")
                                         << "field 'version'" << "version 3 is not supported; this ReLU Family Lab reads lesson files up to version 2";
    QTest::newRow("version not a number") << replaced("\"version\": 1", "\"version\": \"1\"")
                                          << "field 'version'" << "the text '1' is not a version; valid: 2";
    QTest::newRow("fractional version") << replaced("\"version\": 1", "\"version\": 1.5")
                                        << "field 'version'" << "the number 1.5 is not a version";
    QTest::newRow("missing version") << replaced("\"version\": 1,", "")
                                     << "" << "field 'version' is missing; valid: 2";
    QTest::newRow("missing format marker") << replaced("\"format\": \"relu-family-lab-lesson\",", "")
                                           << "" << "this is not a ReLU Family Lab lesson: field 'format' is missing";
    QTest::newRow("wrong format marker") << replaced("\"relu-family-lab-lesson\"", "\"relu-lab\"")
                                         << "field 'format'" << "the text 'relu-lab' is not a lesson format; valid: \"relu-family-lab-lesson\"";
    QTest::newRow("empty steps") << QByteArray(R"({"format": "relu-family-lab-lesson", "version": 1, "steps": []})")
                                 << "field 'steps'" << "the list is empty; a lesson needs at least one step";
    QTest::newRow("missing steps") << QByteArray(R"({"format": "relu-family-lab-lesson", "version": 1})")
                                   << "" << "field 'steps' is missing";
    QTest::newRow("steps not a list") << QByteArray(R"({"format": "relu-family-lab-lesson", "version": 1, "steps": {}})")
                                      << "field 'steps'" << "must be a list [ … ] of steps, not an object { … }";
    QTest::newRow("a list instead of an object") << QByteArray("[1, 2]")
                                                 << "" << "the file must hold one object";
    QTest::newRow("empty file") << QByteArray() << "line 1, column 1" << "(the file is not valid JSON)";
    QTest::newRow("NaN literal") << replaced("\"probe\": -2", "\"probe\": NaN")
                                 << "line 6, column 62" << "(the file is not valid JSON)";
    QTest::newRow("number too large for a double") << replaced("\"probe\": -2", "\"probe\": -1e400")
                                                   << "line 6, column 68" << "(the file is not valid JSON)";
}

void TestLessonDeck::brokenFilesAreRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, place);
    QFETCH(QString, problem);

    // Through a real file, so that the message carries its name.
    const QString path = m_dir.filePath(QStringLiteral("broken.relulesson"));
    QVERIFY(writeFile(path, data));
    LessonDeck deck = richDeck();
    QString error;
    QVERIFY(!loadLessonDeck(path, &deck, &error));
    QVERIFY2(error.startsWith(QStringLiteral("broken.relulesson: ") % place), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(deck, richDeck());
}

void TestLessonDeck::syntaxErrorGivesLineAndColumn()
{
    // A missing comma, the mistake people make when editing by hand: the parser notices it at
    // the next field (Qt reports the place just after it). Columns count characters: "ü" and "ß" are two bytes each but one column.
    const QByteArray data = "{\n  \"format\": \"relu-family-lab-lesson\",\n  \"title\": \"Grüße\" \"version\": 1,\n  \"steps\": []\n}\n";
    LessonDeck deck;
    QString error;
    QVERIFY(!parseLessonDeck(data, QStringLiteral("typo.relulesson"), &deck, &error));
    QVERIFY2(error.startsWith(QStringLiteral("typo.relulesson: line 3, column 21: ")), qPrintable(error));

    const QByteArray unterminated = "{\"format\": \"relu-family-lab-lesson\", \"title\": \"äöü";
    QVERIFY(!parseLessonDeck(unterminated, QStringLiteral("cut.relulesson"), &deck, &error));
    QVERIFY2(error.startsWith(QStringLiteral("cut.relulesson: line 1, column ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
}

void TestLessonDeck::tooLargeFileIsRefused()
{
    // Valid JSON, but over 1 MiB: refused before it is parsed.
    QByteArray data = kValid;
    data.insert(data.lastIndexOf('}'), QByteArray(lessonformat::kMaxFileBytes, ' '));
    const QString path = m_dir.filePath(QStringLiteral("huge.relulesson"));
    QVERIFY(writeFile(path, data));
    LessonDeck deck = richDeck();
    QString error;
    QVERIFY(!loadLessonDeck(path, &deck, &error));
    QVERIFY2(error.startsWith(QStringLiteral("huge.relulesson: the file is too large (1025 KiB); a lesson file may be at most 1024 KiB")),
             qPrintable(error));
    QCOMPARE(deck, richDeck());
    QVERIFY(!parseLessonDeck(data, QStringLiteral("huge.relulesson"), &deck, &error));
    QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
}

void TestLessonDeck::tooManyStepsAreRefused()
{
    QByteArray steps;
    for (int i = 0; i <= lessonformat::kMaxSteps; ++i)
        steps += (i ? "," : "") + QByteArray("{\"family\": \"relu\", \"probe\": 1}");
    const QByteArray data = R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [)" + steps + "]}";
    LessonDeck deck;
    QString error;
    QVERIFY(!parseLessonDeck(data, QStringLiteral("long.relulesson"), &deck, &error));
    QCOMPARE(error, QStringLiteral("long.relulesson: field 'steps': 501 steps are too many; a lesson may have at most 500"));

    // Exactly the limit is fine.
    const QByteArray atLimit = R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [)"
        + steps.left(steps.lastIndexOf(",{")) + "]}";
    QVERIFY2(parseLessonDeck(atLimit, QStringLiteral("long.relulesson"), &deck, &error), qPrintable(error));
    QCOMPARE(deck.steps.size(), lessonformat::kMaxSteps);
}

void TestLessonDeck::tooLongTextIsRefused()
{
    const QByteArray longTitle(lessonformat::kMaxTitleLength + 1, 'x');
    LessonDeck deck;
    QString error;
    QVERIFY(!parseLessonDeck(replaced("\"ELU floor\"", '"' + longTitle + '"'), QStringLiteral("t.relulesson"), &deck, &error));
    QCOMPARE(error, QStringLiteral("t.relulesson: step 1, field 'title.en': the text is 201 characters long; at most 200 are allowed"));
    const QByteArray longNote(lessonformat::kMaxNoteLength + 1, 'y');
    QVERIFY(!parseLessonDeck(replaced("\"The dip.\"", '"' + longNote + '"'), QStringLiteral("t.relulesson"), &deck, &error));
    QCOMPARE(error, QStringLiteral("t.relulesson: step 2, field 'note': the text is 4001 characters long; at most 4000 are allowed"));
}

void TestLessonDeck::missingOrUnreadablePathsAreRefused()
{
    LessonDeck deck = richDeck();
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.relulesson"));
    QVERIFY(!loadLessonDeck(missing, &deck, &error));
    QCOMPARE(error, QStringLiteral("nowhere.relulesson: no such file in %1").arg(QDir::toNativeSeparators(m_dir.path())));

    const QString folder = m_dir.filePath(QStringLiteral("folder.relulesson"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!loadLessonDeck(folder, &deck, &error));
    QCOMPARE(error, QStringLiteral("folder.relulesson: this is a folder, not a lesson file"));

    // A file without read permission (root may read it anyway, so either outcome must be clean).
    const QString locked = m_dir.filePath(QStringLiteral("locked.relulesson"));
    QVERIFY(writeFile(locked, "{}"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    QVERIFY(!loadLessonDeck(locked, &deck, &error));
    QVERIFY2(error.startsWith(QStringLiteral("locked.relulesson: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("cannot be read")) || error.contains(QStringLiteral("field 'format' is missing")),
             qPrintable(error));
    QCOMPARE(deck, richDeck());
}

void TestLessonDeck::failedLoadLeavesTheDeckUntouched()
{
    LessonDeck deck = richDeck();
    QString error;
    QVERIFY(!parseLessonDeck(replaced("0.5", "50"), QStringLiteral("x"), &deck, &error));
    QCOMPARE(deck, richDeck());
    QVERIFY(parseLessonDeck(kValid, QStringLiteral("x"), &deck, &error));
    QCOMPARE(deck.steps.size(), 2);
}

void TestLessonDeck::saveToAnUnwritablePlaceFails()
{
    // The parent of the target is a file, so nothing can be created there; the file stays as it was.
    const QString existing = m_dir.filePath(QStringLiteral("existing.relulesson"));
    QVERIFY(writeFile(existing, kValid));
    QString error;
    QVERIFY(!saveLessonDeck(richDeck(), existing % QStringLiteral("/inside.relulesson"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("inside.relulesson: cannot be saved in ")), qPrintable(error));
    QCOMPARE(readFile(existing), kValid);

    const QString noFolder = m_dir.filePath(QStringLiteral("missing-folder/deck.relulesson"));
    QVERIFY(!saveLessonDeck(richDeck(), noFolder, &error));
    QVERIFY2(error.startsWith(QStringLiteral("deck.relulesson: cannot be saved in ")), qPrintable(error));
    QVERIFY(!QFile::exists(noFolder));
}

void TestLessonDeck::invalidDeckIsNotSavedAndOldFileStays()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.relulesson"));
    QVERIFY(writeFile(path, kValid));
    QString error;

    QVERIFY(!saveLessonDeck(LessonDeck(), path, &error));
    QCOMPARE(error, QStringLiteral("keep.relulesson: not saved: field 'steps': the list is empty; a lesson needs at least one step"));
    QCOMPARE(readFile(path), kValid);

    LessonDeck outOfRange = richDeck();
    outOfRange.steps[1].state.probe = 5000.0;
    QVERIFY(!saveLessonDeck(outOfRange, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("keep.relulesson: not saved: step 2, field 'probe': 5000 is out of range")),
             qPrintable(error));
    QCOMPARE(readFile(path), kValid);
    // No temporary file is left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep*")}, QDir::Files), QStringList{QStringLiteral("keep.relulesson")});
}

// Steps on ReLU6, Hardswish, sigmoid and tanh load and save back unchanged, like the first five.
void TestLessonDeck::newFamilyIdsLoad()
{
    const QByteArray data = R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [
        {"family": "relu6", "probe": 7}, {"family": "hardswish", "probe": -2},
        {"family": "sigmoid", "probe": 3}, {"family": "tanh", "parameters": {}, "probe": -0.5}]})";
    LessonDeck deck;
    QString error;
    QVERIFY2(parseLessonDeck(data, QStringLiteral("new-ids.relulesson"), &deck, &error), qPrintable(error));
    QCOMPARE(deck.steps.size(), 4);
    QCOMPARE(deck.steps[0].state.family, QStringLiteral("relu6"));
    QCOMPARE(deck.steps[1].state.family, QStringLiteral("hardswish"));
    QCOMPARE(deck.steps[2].state.family, QStringLiteral("sigmoid"));
    QCOMPARE(deck.steps[3].state.family, QStringLiteral("tanh"));
    QCOMPARE(deck.steps[3].state.probe, -0.5);
    const QString path = m_dir.filePath(QStringLiteral("new-ids.relulesson"));
    QVERIFY2(saveLessonDeck(deck, path, &error), qPrintable(error));
    LessonDeck copy;
    QVERIFY2(loadLessonDeck(path, &copy, &error), qPrintable(error));
    QCOMPARE(copy, deck);
    // The second built-in lesson loads too.
    QVERIFY2(loadLessonDeck(QString::fromLatin1(lessonformat::kSigmoidToGeluResource), &deck, &error), qPrintable(error));
    QCOMPARE(deck.title.in(QStringLiteral("en")), QStringLiteral("From sigmoid to GELU"));
    QCOMPARE(deck.steps.size(), 8);
}

void TestLessonDeck::sampleLessonLoads()
{
    LessonDeck deck;
    QString error;
    QVERIFY2(loadLessonDeck(QString::fromLatin1(lessonformat::kSampleResource), &deck, &error), qPrintable(error));
    QVERIFY(deck.steps.size() >= 6 && deck.steps.size() <= 8);
    QCOMPARE(deck.title.in(QStringLiteral("en")), QStringLiteral("Why did my network stop learning?"));
    const QStringList languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
    QCOMPARE(deck.title.texts.keys(), (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}));
    for (const LessonStep &step : deck.steps) {
        for (const QString &language : languages) {
            QVERIFY2(step.title.texts.contains(language), qPrintable(language));
            QVERIFY2(step.note.texts.contains(language), qPrintable(language));
        }
    }
    // Saved again and read back, the sample is the same lesson.
    const QString path = m_dir.filePath(QStringLiteral("sample-copy.relulesson"));
    QVERIFY2(saveLessonDeck(deck, path, &error), qPrintable(error));
    LessonDeck copy;
    QVERIFY2(loadLessonDeck(path, &copy, &error), qPrintable(error));
    QCOMPARE(copy, deck);
}

void TestLessonDeck::mutatedFilesAreRefusedOrReadBackExactly()
{
    // Random damage to the sample, as a careless hand edit or a broken transfer might do: every
    // result is either refused with a one-line message or a deck that saves and reads back exactly.
    QFile file(QString::fromLatin1(lessonformat::kSampleResource));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sample = file.readAll();
    const QList<QByteArray> pieces = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "1e999", "-0", "\"x\"",
                                      "{}", "[]", "0.5", "\\u0000", "\xff", "\"scenario\": \"dead-unit\","};
    QRandomGenerator random(20261125); // fixed seed: the same files on every run
    int accepted = 0;
    int refused = 0;
    for (int i = 0; i < 4000; ++i) {
        QByteArray data = sample;
        for (int edits = 1 + random.bounded(4); edits > 0; --edits) {
            const int at = random.bounded(data.size());
            switch (random.bounded(3)) {
            case 0: data.remove(at, 1 + random.bounded(20)); break;
            case 1: data.insert(at, pieces.at(random.bounded(pieces.size()))); break;
            default: data[at] = static_cast<char>(random.bounded(256)); break;
            }
        }
        LessonDeck deck;
        QString error;
        if (parseLessonDeck(data, QStringLiteral("damaged.relulesson"), &deck, &error)) {
            ++accepted;
            LessonDeck again;
            QVERIFY2(parseLessonDeck(lessonDeckToJson(deck), QStringLiteral("again"), &again, &error), qPrintable(error));
            QVERIFY(again == deck);
        } else {
            ++refused;
            QVERIFY2(error.startsWith(QStringLiteral("damaged.relulesson: ")) && !error.contains(QLatin1Char('\n')),
                     qPrintable(error));
        }
    }
    QVERIFY(accepted > 0);
    QVERIFY(refused > 0);
}

void TestLessonDeck::viewFieldsRoundTrip_data()
{
    // Each field alone (the others stay unset and must stay unset), then all of them together.
    QTest::addColumn<QString>("field");
    for (const char *field : {"zoom", "comparison", "tab", "survival", "depth", "predict", "speakerNotes", "all"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestLessonDeck::viewFieldsRoundTrip()
{
    QFETCH(QString, field);
    const LessonStep full = viewStep();
    LessonStep step;
    step.state = full.state;
    const bool all = field == QLatin1String("all");
    if (all || field == QLatin1String("zoom")) step.xRange = full.xRange;
    if (all || field == QLatin1String("comparison")) step.comparison = full.comparison;
    if (all || field == QLatin1String("tab")) step.tab = full.tab;
    if (all || field == QLatin1String("survival")) step.survival = full.survival;
    if (all || field == QLatin1String("depth")) step.depth = full.depth;
    if (all || field == QLatin1String("predict")) step.hiddenParts = full.hiddenParts;
    if (all || field == QLatin1String("speakerNotes")) step.speakerNotes = full.speakerNotes;
    QVERIFY(step != LessonStep{} && (all ? step == full : step != full));

    LessonDeck deck;
    deck.steps = {step, richDeck().steps.first()};
    const QString path = m_dir.filePath(QStringLiteral("view-%1.relulesson").arg(field));
    QString error;
    QVERIFY2(saveLessonDeck(deck, path, &error), qPrintable(error));
    const QByteArray json = readFile(path);
    QVERIFY2(json.contains("\"version\": 2,"), json.constData());
    const QByteArray key = '"' + (all ? QByteArray("zoom") : field.toLatin1()) + QByteArray("\": ");
    QVERIFY2(json.contains(key), json.constData());
    LessonDeck loaded;
    QVERIFY2(loadLessonDeck(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, deck);
    QVERIFY(loaded.steps[1].xRange == std::nullopt && loaded.steps[1].hiddenParts == std::nullopt);
    if (all) {
        const LessonStep &back = loaded.steps[0];
        QCOMPARE(back.xRange->minimum, -1.0 / 3.0);
        QCOMPARE(back.xRange->maximum, 7.25);
        QCOMPARE(*back.comparison, (QStringList{QStringLiteral("gelu"), QStringLiteral("relu")}));
        QCOMPARE(*back.tab, QStringLiteral("survival"));
        QCOMPARE(back.survival->sigma, 0.25);
        QCOMPARE(back.depth->init, WeightInit::Custom);
        QCOMPARE(back.depth->gain, 1.35);
        QCOMPARE(back.depth->depth, 120);
        QCOMPARE(back.depth->seed, qint64(77));
        QCOMPARE(*back.hiddenParts, (QStringList{QStringLiteral("readouts"), QStringLiteral("curve-right")}));
        QCOMPARE(back.speakerNotes.in(QStringLiteral("de")), QStringLiteral("Ask first:\nwhat happens left of 0?"));
        QVERIFY(back.speakerNotes.in(QStringLiteral("fr")).startsWith(QStringLiteral("Demandez")));
    }
    // An empty list is a value of its own: "hide nothing", "no faint curves".
    deck.steps[0].hiddenParts = QStringList();
    deck.steps[0].comparison = QStringList();
    QVERIFY2(parseLessonDeck(lessonDeckToJson(deck), QString(), &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, deck);
    QVERIFY(loaded.steps[0].hiddenParts && loaded.steps[0].hiddenParts->isEmpty());
}

void TestLessonDeck::oldFilesLoadWithoutViewFields()
{
    // The version 1 files as shipped and as tests write them: nothing of version 2 is set, so
    // showing a step leaves zoom, tab, faint curves and the survival settings as they are.
    LessonDeck deck;
    QString error;
    QVERIFY2(parseLessonDeck(kValid, QStringLiteral("v1"), &deck, &error), qPrintable(error));
    QVERIFY2(loadLessonDeck(QString::fromLatin1(lessonformat::kSampleResource), &deck, &error), qPrintable(error));
    QVERIFY(deck.steps.size() > 1);
    for (const LessonStep &step : std::as_const(deck.steps)) {
        QVERIFY(!step.xRange && !step.comparison && !step.tab && !step.survival && !step.depth && !step.hiddenParts);
        QVERIFY(step.speakerNotes.isEmpty());
    }
    // Saved again, a deck without version 2 fields stays a version 1 file.
    QVERIFY(lessonDeckToJson(deck).contains("\"version\": 1,"));
    // A version 1 file cannot carry a version 2 field: it says which version it needs.
    QVERIFY(!parseLessonDeck(replaced("\"probe\": -2", "\"probe\": -2, \"tab\": \"lab\""), QStringLiteral("v1.relulesson"),
                             &deck, &error));
    QCOMPARE(error, QStringLiteral("v1.relulesson: step 1, field 'tab': this field needs lesson format version 2; the file says version 1"));
}

void TestLessonDeck::brokenViewFieldsAreRefused_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");

    QTest::newRow("zoom not a list") << QByteArray(R"("zoom": 4)") << "step 1, field 'zoom'"
                                     << "must be a list of two numbers [from, to] between -1000 and 1000, at least 0.01 apart, not the number 4";
    QTest::newRow("zoom of three") << QByteArray(R"("zoom": [1, 2, 3])") << "step 1, field 'zoom'" << "not a list [ … ]";
    QTest::newRow("zoom reversed") << QByteArray(R"("zoom": [2, -2])") << "step 1, field 'zoom'"
                                   << "[2, -2] is not a valid range; valid: a list of two numbers";
    QTest::newRow("zoom too wide") << QByteArray(R"("zoom": [-2000, 2])") << "step 1, field 'zoom'"
                                   << "[-2000, 2] is not a valid range";
    QTest::newRow("unknown comparison family") << QByteArray(R"("comparison": ["relu", "swish"])")
                                               << "step 1, field 'comparison'" << "the text 'swish' is not valid here; valid: relu, leaky-relu";
    QTest::newRow("comparison twice") << QByteArray(R"("comparison": ["relu", "relu"])")
                                      << "step 1, field 'comparison'" << "'relu' is listed twice";
    QTest::newRow("comparison a text") << QByteArray(R"("comparison": "relu")")
                                       << "step 1, field 'comparison'" << "must be a list such as [\"relu\"] of relu, leaky-relu";
    QTest::newRow("unknown tab") << QByteArray(R"("tab": "depth")") << "step 1, field 'tab'"
                                 << "the text 'depth' is not a tab; valid: lab, survival, training";
    QTest::newRow("survival sigma zero") << QByteArray(R"("survival": {"mu": 0, "sigma": 0})") << "step 1, field 'survival'"
                                         << "sigma 0 is out of range; valid: 0.01 to 10";
    QTest::newRow("survival unknown field") << QByteArray(R"("survival": {"mean": 0})") << "step 1, field 'survival'"
                                            << "unknown field 'mean'; valid fields: mu, sigma";
    QTest::newRow("survival mu a text") << QByteArray(R"("survival": {"mu": "0"})") << "step 1, field 'survival.mu'"
                                        << "must be a number, not the text '0'";
    QTest::newRow("depth unknown init") << QByteArray(R"("depth": {"init": "glorot"})") << "step 1, field 'depth.init'"
                                        << "the text 'glorot' is not an initialization; valid: he, xavier, lecun, custom";
    QTest::newRow("depth fractional width") << QByteArray(R"("depth": {"width": 2.5})") << "step 1, field 'depth.width'"
                                            << "must be a whole number from 1 to 4096, not the number 2.5";
    QTest::newRow("depth too deep") << QByteArray(R"("depth": {"depth": 501})") << "step 1, field 'depth.depth'"
                                    << "must be a whole number from 1 to 500, not the number 501";
    QTest::newRow("depth negative seed") << QByteArray(R"("depth": {"seed": -1})") << "step 1, field 'depth.seed'"
                                         << "must be a whole number from 0 to 2147483647";
    QTest::newRow("depth gain out of range") << QByteArray(R"("depth": {"init": "custom", "gain": 9})") << "step 1, field 'depth'"
                                             << "9";
    QTest::newRow("depth a list") << QByteArray(R"("depth": [30])") << "step 1, field 'depth'"
                                  << "must be an object such as {\"init\": \"he\", \"width\": 256, \"depth\": 30}, not a list [ … ]";
    QTest::newRow("unknown hidden part") << QByteArray(R"("predict": {"hide": ["formula"]})") << "step 1, field 'predict.hide'"
                                         << "the text 'formula' is not valid here; valid: readouts, curve-right, derivative, cards";
    QTest::newRow("predict without hide") << QByteArray(R"("predict": {})") << "step 1, field 'predict.hide'"
                                          << "must be a list such as [\"readouts\"] of readouts, curve-right, derivative, cards, not nothing";
    QTest::newRow("predict a list") << QByteArray(R"("predict": ["readouts"])") << "step 1, field 'predict'"
                                    << "must be an object such as {\"hide\": [\"readouts\"]}, not a list [ … ]";
    QTest::newRow("speaker notes a number") << QByteArray(R"("speakerNotes": 3)") << "step 1, field 'speakerNotes'"
                                            << "must be a text, or an object of language codes and texts";
    QTest::newRow("speaker notes bad language") << QByteArray(R"("speakerNotes": {"French": "x"})")
                                                << "step 1, field 'speakerNotes.French'" << "'French' is not a language code";
    QTest::newRow("unknown step field lists version 2") << QByteArray(R"("zoomed": [1, 2])") << "step 1"
                                                        << "unknown field 'zoomed'; valid fields: scenario, family, parameters, probe, title, note, zoom, comparison, tab, survival, depth, predict, speakerNotes";
}

void TestLessonDeck::brokenViewFieldsAreRefused()
{
    QFETCH(QByteArray, fields);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    LessonDeck deck = richDeck();
    QString error;
    QVERIFY(!parseLessonDeck(version2File(fields), QStringLiteral("view.relulesson"), &deck, &error));
    QVERIFY2(error.startsWith(QStringLiteral("view.relulesson: ") % place % QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(deck, richDeck());
    // The same file without the broken field reads.
    QVERIFY2(parseLessonDeck(version2File(QByteArray()), QStringLiteral("view.relulesson"), &deck, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLessonDeck)
#include "tst_lessondeck.moc"
