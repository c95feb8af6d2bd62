// Each language speaks its textbooks: every German, Spanish and French text the lab shows (teaching
// JSON, sample lessons, the .ts interface translations, and text that code assembles) uses only the
// preferred terms of translations/glossary-<lang>.json, the language's quotation marks and
// apostrophe, and no-break spaces where its typography needs them. A failure names the file, the
// key and the term.

#include "board/boardformula.h"
#include "cheatsheet/cheatsheetfacts.h"
#include "cheatsheet/cheatsheetpainter.h"
#include "family.h"
#include "labmodel.h"
#include "languageswitcher.h"
#include "lessondeck.h"
#include "localepunctuation.h"
#include "teaching.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace relulab;

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
const QString kSourceDir = QStringLiteral(RELULAB_SOURCE_DIR);
// What a masked (exempt) stretch of text becomes: neither a letter nor a space.
const QString kMasked = QStringLiteral("\uFFFC");

// One text as a user meets it, and where it lives.
struct Text
{
    QString file; // relative to the source tree, or the function that assembled it
    QString key;  // dotted JSON key, "context / source" of a translation, or the assembled part
    QString text;
};

struct Term
{
    QString concept;
    QString preferred;
    QStringList forbidden;
    QList<QRegularExpression> patterns; // one per forbidden variant
    QStringList allowed;                // phrases in which a forbidden variant is right
};

struct Glossary
{
    QString language;
    QList<Term> terms;
    QString quoteOpen;  // the quotation marks themselves, without the spaces French puts inside
    QString quoteClose;
    bool noBreakBeforePunctuation = false; // French: a no-break space before : ; ? ! and »
    bool openingMarks = false;             // Spanish: ¿…? and ¡…!
    QString intervalSeparator;             // between an interval's ends: "," or ";"
    bool outwardBrackets = false;          // French: an open end's bracket faces outward, ]0 ; +∞[
    QStringList allowed;                   // phrases exempt from the punctuation rules
    QList<QRegularExpression> verbatim;    // code quoted in a message, e.g. {"alpha": 0.5}
};

// A forbidden variant as a pattern: a word or phrase on word boundaries, case-insensitive; a
// leading or trailing * stands for more letters ("Einheit*" also finds "Einheiten").
QRegularExpression variantPattern(QString variant)
{
    const QString letters = QStringLiteral("[\\p{L}\\p{N}_]*");
    const bool prefix = variant.startsWith(QLatin1Char('*'));
    const bool suffix = variant.endsWith(QLatin1Char('*'));
    variant.remove(QLatin1Char('*'));
    QString core = QRegularExpression::escape(variant);
    core.replace(QStringLiteral("\\ "), QStringLiteral("[\\s\\x{00A0}\\x{202F}]+"));
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_])") % (prefix ? letters : QString()) % core
                                  % (suffix ? letters : QString()) % QStringLiteral("(?![\\p{L}\\p{N}_])"),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

bool loadGlossary(const QString &path, Glossary *glossary, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path % QStringLiteral(": cannot be read");
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = path % QStringLiteral(": ") % parseError.errorString();
        return false;
    }
    glossary->language = root.value(QStringLiteral("language")).toString();
    const QJsonObject typography = root.value(QStringLiteral("typography")).toObject();
    const QStringList quotes = strings(typography.value(QStringLiteral("quotes")));
    if (quotes.size() != 2) {
        *error = path % QStringLiteral(": typography.quotes needs an opening and a closing mark");
        return false;
    }
    glossary->quoteOpen = quotes[0].trimmed();
    glossary->quoteClose = quotes[1].trimmed();
    glossary->noBreakBeforePunctuation = typography.value(QStringLiteral("spaceBeforePunctuation")).toString()
        == QLatin1String("no-break");
    glossary->openingMarks = typography.value(QStringLiteral("openingMarks")).toBool();
    glossary->intervalSeparator = typography.value(QStringLiteral("intervalSeparator")).toString(QStringLiteral(","));
    glossary->outwardBrackets = typography.value(QStringLiteral("intervalOutwardBrackets")).toBool();
    glossary->allowed = strings(typography.value(QStringLiteral("allowed")));
    for (const QString &pattern : strings(typography.value(QStringLiteral("verbatim"))))
        glossary->verbatim.append(QRegularExpression(pattern));
    for (const QJsonValue &value : root.value(QStringLiteral("terms")).toArray()) {
        const QJsonObject object = value.toObject();
        Term term;
        term.concept = object.value(QStringLiteral("concept")).toString();
        term.preferred = object.value(QStringLiteral("preferred")).toString();
        term.forbidden = strings(object.value(QStringLiteral("forbidden")));
        term.allowed = strings(object.value(QStringLiteral("allowed")));
        for (const QString &variant : std::as_const(term.forbidden))
            term.patterns.append(variantPattern(variant));
        if (term.concept.isEmpty() || term.preferred.isEmpty()) {
            *error = path % QStringLiteral(": a term without concept or preferred translation");
            return false;
        }
        glossary->terms.append(term);
    }
    return true;
}

QString masked(QString text, const QStringList &phrases, Qt::CaseSensitivity sensitivity)
{
    for (const QString &phrase : phrases) {
        for (qsizetype at = text.indexOf(phrase, 0, sensitivity); at >= 0; at = text.indexOf(phrase, at, sensitivity))
            text.replace(at, phrase.size(), kMasked);
    }
    return text;
}

bool isNoBreakSpace(QChar c)
{
    return c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isSpace(QChar c)
{
    return c.isSpace() || isNoBreakSpace(c);
}

using Report = std::function<void(const QString &problem)>;

void checkTerms(const Glossary &glossary, const QString &text, const Report &report)
{
    for (const Term &term : glossary.terms) {
        const QString searched = masked(text, term.allowed, Qt::CaseInsensitive);
        for (int i = 0; i < term.patterns.size(); ++i) {
            const QRegularExpressionMatch match = term.patterns[i].match(searched);
            if (match.hasMatch())
                report(QStringLiteral("forbidden term “%1” (variant “%2” of %3; the glossary says “%4”)")
                           .arg(match.captured(), term.forbidden[i], term.concept, term.preferred));
        }
    }
}

void checkQuotes(const Glossary &glossary, const QString &t, const Report &report)
{
    if (t.contains(QLatin1Char('\'')))
        report(QStringLiteral("straight apostrophe or quotation mark ' (use ’ or %1…%2)").arg(glossary.quoteOpen, glossary.quoteClose));
    if (t.contains(QLatin1Char('"')))
        report(QStringLiteral("straight quotation mark \" (use %1…%2)").arg(glossary.quoteOpen, glossary.quoteClose));
    const QString quoteMarks = QStringLiteral("„“”«»‹›‚");
    int depth = 0;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (!quoteMarks.contains(c))
            continue;
        if (c == glossary.quoteOpen.front()) {
            ++depth;
            if (glossary.noBreakBeforePunctuation && (i + 1 >= t.size() || !isNoBreakSpace(t[i + 1])))
                report(QStringLiteral("no no-break space after %1").arg(c));
        } else if (c == glossary.quoteClose.front()) {
            if (--depth < 0)
                report(QStringLiteral("%1 closes a quotation that was not opened with %2").arg(c).arg(glossary.quoteOpen));
            if (glossary.noBreakBeforePunctuation && (i == 0 || !isNoBreakSpace(t[i - 1])))
                report(QStringLiteral("no no-break space before %1").arg(c));
        } else {
            report(QStringLiteral("quotation mark %1 is not this language's (use %2…%3)").arg(c).arg(glossary.quoteOpen, glossary.quoteClose));
        }
    }
    if (depth > 0)
        report(QStringLiteral("%1 opens a quotation that is never closed with %2").arg(glossary.quoteOpen, glossary.quoteClose));
}

void checkPunctuation(const Glossary &glossary, const QString &t, const Report &report)
{
    static const QString kPunctuation = QStringLiteral(":;?!");
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (!kPunctuation.contains(c))
            continue;
        const QChar before = i > 0 ? t[i - 1] : QChar();
        const bool ends = i + 1 >= t.size() || isSpace(t[i + 1]) || t[i + 1] == QChar(0x00BB);
        if (glossary.noBreakBeforePunctuation) {
            if (before == QLatin1Char(' '))
                report(QStringLiteral("breakable space before “%1” (use a no-break space)").arg(c));
            else if (i > 0 && !isSpace(before) && ends) // "a:b", "-4:4" or ";;" are not punctuation
                report(QStringLiteral("no no-break space before “%1”").arg(c));
        } else if (i > 0 && isSpace(before)) {
            report(QStringLiteral("space before “%1”").arg(c));
        }
    }
    if (glossary.openingMarks) {
        const QList<QPair<QChar, QChar>> pairs = {{QChar(0x00BF), QLatin1Char('?')}, {QChar(0x00A1), QLatin1Char('!')}};
        for (const auto &[opening, closing] : pairs) {
            int open = 0;
            for (const QChar c : t) {
                if (c == opening)
                    ++open;
                else if (c == closing && open == 0)
                    report(QStringLiteral("“%1” without its opening “%2”").arg(closing).arg(opening));
                else if (c == closing)
                    --open;
            }
        }
    }
}

void checkNumbers(const QString &t, const Report &report)
{
    static const QRegularExpression unitSpace(
        QStringLiteral("(?<![\\d.,%])(%\\d|\\d+(?:[.,]\\d+)*) (%(?!\\d)|s\\b|ms\\b|KiB\\b|MiB\\b|Kio\\b|Mio\\b|px\\b)"));
    for (const QRegularExpressionMatch &match : unitSpace.globalMatch(t))
        report(QStringLiteral("breakable space in “%1” (a number and its unit stay together: no-break space)").arg(match.captured()));
    static const QRegularExpression groupSpace(QStringLiteral("\\d \\d{3}(?!\\d)"));
    for (const QRegularExpressionMatch &match : groupSpace.globalMatch(t))
        report(QStringLiteral("breakable space inside the number “%1” (use a narrow no-break space)").arg(match.captured()));
}

// Intervals with an infinite end, as the cheat sheet writes output ranges.
void checkIntervals(const Glossary &glossary, const QString &t, const Report &report)
{
    static const QRegularExpression intervalPattern(QStringLiteral("[\\[\\]()]([^\\[\\]()]*∞[^\\[\\]()]*)[\\[\\]()]"));
    for (const QRegularExpressionMatch &match : intervalPattern.globalMatch(t)) {
        const QString inside = match.captured(1);
        const QString separator = glossary.intervalSeparator;
        const bool separated = inside.count(separator) == 1 && (separator == QLatin1String(",") || !inside.contains(QStringLiteral(", ")));
        const bool bracketsRight = !glossary.outwardBrackets || !match.captured().contains(QRegularExpression(QStringLiteral("[()]")));
        if (!separated || !bracketsRight)
            report(QStringLiteral("interval “%1” is not written the language's way (ends parted by “%2”%3)")
                       .arg(match.captured(), separator,
                            glossary.outwardBrackets ? QStringLiteral(", open ends with outward brackets ]…[") : QString()));
    }
}

// Every way `text` departs from the glossary, each as "file, key: problem".
QStringList check(const Glossary &glossary, const Text &text)
{
    QStringList problems;
    const Report report = [&](const QString &problem) {
        problems.append(text.file % QStringLiteral(", ") % text.key % QStringLiteral(": ") % problem);
    };
    checkTerms(glossary, text.text, report);
    // Typography, with quoted code and declared exceptions set aside.
    QString typography = masked(text.text, glossary.allowed, Qt::CaseSensitive);
    for (const QRegularExpression &code : glossary.verbatim)
        typography.replace(code, kMasked);
    checkQuotes(glossary, typography, report);
    checkPunctuation(glossary, typography, report);
    checkNumbers(typography, report);
    checkIntervals(glossary, typography, report);
    return problems;
}

QString relative(const QString &path)
{
    return QDir(kSourceDir).relativeFilePath(path);
}

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()) : QJsonDocument();
}

void flatten(const QJsonValue &value, const QString &key, const QString &file, QList<Text> *texts)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(it.value(), key.isEmpty() ? it.key() : key % QLatin1Char('.') % it.key(), file, texts);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            flatten(array[i], key % QLatin1Char('[') % QString::number(i) % QLatin1Char(']'), file, texts);
    } else if (value.isString()) {
        texts->append({file, key, value.toString()});
    }
}

QList<Text> teachingTexts(const QString &language)
{
    QList<Text> texts;
    const QDir dir(kSourceDir % QStringLiteral("/resources/teaching/") % language);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        flatten(readJson(dir.filePath(name)).object(), QString(), relative(dir.filePath(name)), &texts);
    return texts;
}

// The lesson's texts in `language`: the values under that language's code.
QList<Text> lessonTexts(const QString &language)
{
    QList<Text> all;
    const QDir dir(kSourceDir % QStringLiteral("/resources/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.relulesson")}, QDir::Files, QDir::Name))
        flatten(readJson(dir.filePath(name)).object(), QString(), relative(dir.filePath(name)), &all);
    QList<Text> texts;
    const QString suffix = QLatin1Char('.') % language;
    for (const Text &text : std::as_const(all)) {
        if (text.key.endsWith(suffix))
            texts.append(text);
    }
    return texts;
}

// One message of a .ts file: "context / source", its translation (each plural form of a plural
// one), and whether it is finished.
struct TsMessage
{
    QString key;
    QStringList texts;
    bool finished = false;
};

QList<TsMessage> tsMessages(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            TsMessage message{context % QStringLiteral(" / ") % source, {}, !xml.attributes().hasAttribute(QStringLiteral("type"))};
            QString text;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.texts << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (message.texts.isEmpty())
                message.texts << text;
            for (const QString &form : std::as_const(message.texts))
                message.finished = message.finished && !form.trimmed().isEmpty();
            messages.append(message);
        }
    }
    return messages;
}

QString tsPath(const QString &language)
{
    return kSourceDir % QStringLiteral("/translations/relu-family-lab_") % language % QStringLiteral(".ts");
}

QList<Text> translationTexts(const QString &language)
{
    QList<Text> texts;
    const QString path = tsPath(language);
    for (const TsMessage &message : tsMessages(path)) {
        for (const QString &text : message.texts) {
            if (!text.trimmed().isEmpty())
                texts.append({relative(path), message.key, text});
        }
    }
    return texts;
}

// Text that code puts together in the current language: the cheat sheet's key facts, and the
// message a lesson file with a mistake gets.
QList<Text> assembledTexts(const QString &language)
{
    QList<Text> texts;
    const QLocale locale(language);
    LabModel model;
    const QString facts = QStringLiteral("CheatSheetFacts::forFamily");
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        const FamilyFactTexts f = CheatSheetFacts::forFamily(model, spec.id, locale);
        const QString at = QLatin1Char('(') % spec.id % QStringLiteral(").");
        texts.append({facts, at % QStringLiteral("outputRange"), f.outputRange});
        texts.append({facts, at % QStringLiteral("negativeSlope"), f.negativeSlope});
        texts.append({facts, at % QStringLiteral("slopeAtZero"), f.slopeAtZero});
        texts.append({facts, at % QStringLiteral("formulaNote"), f.formulaNote});
        texts.append({facts, at % QStringLiteral("kerasNote"), f.kerasNote});
        const QList<CheatSheetPainter::KeyFact> lines = CheatSheetPainter::keyFacts(f, locale);
        for (int i = 0; i < lines.size(); ++i)
            texts.append({QStringLiteral("CheatSheetPainter::keyFacts"), at % QString::number(i), lines[i].line});
    }
    texts.append({QStringLiteral("CheatSheetFacts::parameterSummary"), QString(), CheatSheetFacts::parameterSummary(model, locale)});

    const QList<QPair<QString, QByteArray>> lessons = {
        {QStringLiteral("unknown field"), R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [{"family": "relu", "probe": 0, "colour": "red"}]})"},
        {QStringLiteral("text instead of a number"), R"({"format": "relu-family-lab-lesson", "version": 1, "steps": [{"family": "relu", "probe": "left"}]})"},
    };
    for (const auto &[what, data] : lessons) {
        LessonDeck deck;
        QString error;
        parseLessonDeck(data, QStringLiteral("lesson.relulesson"), &deck, &error);
        texts.append({QStringLiteral("parseLessonDeck"), what, error});
    }
    return texts;
}

QString joined(const QStringList &problems)
{
    return QString::number(problems.size()) % QStringLiteral(" problem(s):\n") % problems.join(QLatin1Char('\n'));
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyMessageIsWhole_data();
    void everyMessageIsWhole();
    void everyMessageOfTheCodeIsTranslated_data();
    void everyMessageOfTheCodeIsTranslated();
    void glossaryCoversEveryConcept_data();
    void glossaryCoversEveryConcept();
    void textsFollowTheGlossary_data();
    void textsFollowTheGlossary();
    void checkerCatchesEachSlip_data();
    void checkerCatchesEachSlip();
    void punctuationFollowsTheLanguage_data();
    void punctuationFollowsTheLanguage();
    void intervalsInModelTextFollowTheLanguage_data();
    void intervalsInModelTextFollowTheLanguage();
    void formulaConstantsFollowTheLanguage();

private:
    QHash<QString, Glossary> m_glossaries;
    Teaching m_teaching;
    LanguageSwitcher m_switcher{&m_teaching};
};

void TestGlossary::initTestCase()
{
    for (const QString &language : kLanguages) {
        Glossary glossary;
        QString error;
        QVERIFY2(loadGlossary(kSourceDir % QStringLiteral("/translations/glossary-") % language % QStringLiteral(".json"),
                              &glossary, &error),
                 qPrintable(error));
        QCOMPARE(glossary.language, language);
        m_glossaries.insert(language, glossary);
    }
}

void TestGlossary::everyMessageIsWhole_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

void TestGlossary::everyMessageIsWhole()
{
    // One source and one translation per message: a merge once fused two messages into one, and
    // lrelease then shipped the first of them untranslated (the F1 list's "R" line, in English).
    QFETCH(QString, language);
    QFile file(tsPath(language));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList fused;
    int sources = 0;
    int translations = 0;
    QString first;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            sources = translations = 0;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            if (++sources == 1)
                first = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            ++translations;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && (sources != 1 || translations != 1)) {
            fused << first;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(fused.isEmpty(), qPrintable(fused.join(QStringLiteral(" | "))));
}


void TestGlossary::everyMessageOfTheCodeIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages) {
        if (language != QLatin1String("en")) // English is the source; its file holds plural forms only
            QTest::newRow(qPrintable(language)) << language;
    }
}

void TestGlossary::everyMessageOfTheCodeIsTranslated()
{
    // lupdate, as the update_translations target runs it, on a copy: it must find no message the
    // file lacks (the user would see it in English) and none the code no longer asks for (the file
    // was edited by hand and drifted: --families' help once shipped in English everywhere).
    QFETCH(QString, language);
    const QString shipped = tsPath(language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(shipped, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.start(QStringLiteral(RELULAB_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                   QStringLiteral("views"), QStringLiteral("model"), QStringLiteral("app"),
                                                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    const auto finishedByKey = [](const QString &path) {
        QMap<QString, bool> finished;
        for (const TsMessage &message : tsMessages(path))
            finished.insert(message.key, message.finished);
        return finished;
    };
    const QMap<QString, bool> inFile = finishedByKey(shipped);
    const QMap<QString, bool> inCode = finishedByKey(copy);
    QVERIFY(inFile.size() > 100);
    QStringList missing;
    QStringList stale;
    QStringList untranslated;
    for (auto it = inCode.cbegin(); it != inCode.cend(); ++it) {
        if (!inFile.contains(it.key()))
            missing << it.key();
    }
    for (auto it = inFile.cbegin(); it != inFile.cend(); ++it) {
        if (!inCode.contains(it.key()))
            stale << it.key();
        else if (!it.value())
            untranslated << it.key();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in the file: ") % missing.join(QStringLiteral(" | "))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the code: ") % stale.join(QStringLiteral(" | "))));
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("untranslated: ") % untranslated.join(QStringLiteral(" | "))));
}

void TestGlossary::glossaryCoversEveryConcept_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

// Every glossary names the core terms, each with one preferred translation that is not itself
// forbidden.
void TestGlossary::glossaryCoversEveryConcept()
{
    QFETCH(QString, language);
    const QStringList core = {
        QStringLiteral("neuron"), QStringLiteral("dead"), QStringLiteral("inactive"), QStringLiteral("leaking"),
        QStringLiteral("fading"), QStringLiteral("reversed"), QStringLiteral("amplifying"), QStringLiteral("healthy"),
        QStringLiteral("saturating"), QStringLiteral("slope"), QStringLiteral("derivative"), QStringLiteral("output-range"),
        QStringLiteral("hinge-region"), QStringLiteral("negative-side"), QStringLiteral("positive-side"),
        QStringLiteral("cheat-sheet"), QStringLiteral("gradient"), QStringLiteral("vanishing-gradient"),
        QStringLiteral("activation"), QStringLiteral("probe"), QStringLiteral("lesson"), QStringLiteral("step"),
    };
    const Glossary &glossary = m_glossaries[language];
    QStringList concepts;
    for (const Term &term : glossary.terms) {
        concepts.append(term.concept);
        QVERIFY2(!term.forbidden.isEmpty(), qPrintable(term.concept));
        const QStringList problems = check(glossary, {QStringLiteral("glossary"), term.concept, term.preferred});
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }
    for (const QString &concept : core)
        QVERIFY2(concepts.contains(concept), qPrintable(language % QStringLiteral(" glossary lacks ") % concept));
}

void TestGlossary::textsFollowTheGlossary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("source");
    for (const QString &language : kLanguages) {
        for (const QString &source : {QStringLiteral("teaching"), QStringLiteral("lessons"), QStringLiteral("translations"),
                                      QStringLiteral("assembled")})
            QTest::newRow(qPrintable(language % QLatin1Char(' ') % source)) << language << source;
    }
}

void TestGlossary::textsFollowTheGlossary()
{
    QFETCH(QString, language);
    QFETCH(QString, source);
    QVERIFY(m_switcher.switchTo(language));
    const QList<Text> texts = source == QLatin1String("teaching") ? teachingTexts(language)
        : source == QLatin1String("lessons")                      ? lessonTexts(language)
        : source == QLatin1String("translations")                 ? translationTexts(language)
                                                                  : assembledTexts(language);
    QVERIFY2(texts.size() > 5, "the texts were found");
    QStringList problems;
    for (const Text &text : texts)
        problems += check(m_glossaries[language], text);
    m_switcher.switchTo(QStringLiteral("en"));
    QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
}

void TestGlossary::checkerCatchesEachSlip_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the start of a problem reported; empty: none at all

    const QString at = QStringLiteral("sample.relulesson, steps[0].title.");
    QTest::newRow("de unit as Einheit") << "de" << "Die Einheit verstummt" << at + "de: forbidden term “Einheit”";
    QTest::newRow("de plural Einheiten") << "de" << "Zwei Einheiten" << at + "de: forbidden term “Einheiten”";
    QTest::newRow("de Einheit inside a word is no match") << "de" << "Maßeinheiten" << QString();
    QTest::newRow("de Spickzettel in a compound") << "de" << "Familien-Spickzettel" << at + "de: forbidden term “Spickzettel”";
    QTest::newRow("de negative Evidenz") << "de" << "mit negativer Evidenz" << at + "de: forbidden term “Evidenz”";
    QTest::newRow("de sickernd") << "de" << "sickerndes Neuron" << at + "de: forbidden term “sickerndes”";
    QTest::newRow("de pendelt sich ein") << "de" << "ELU pendelt sich nahe −α ein" << at + "de: forbidden term “pendelt”";
    QTest::newRow("de heading with a sentence") << "de" << "Geeignet, wenn" << at + "de: forbidden term “Geeignet, wenn”";
    QTest::newRow("de straight quotes") << "de" << "Option '%1' unbekannt" << at + "de: straight apostrophe";
    QTest::newRow("de French quotes") << "de" << "Option «%1» unbekannt" << at + "de: quotation mark «";
    QTest::newRow("de breakable percent") << "de" << "Etwa 84 % sind tot" << at + "de: breakable space in “84 %”";
    QTest::newRow("de breakable thousands") << "de" << "etwa 20 000-mal" << at + "de: breakable space inside the number";
    QTest::newRow("de interval with a comma") << "de" << "Wertebereich: [0, ∞)" << at + "de: interval “[0, ∞)”";
    QTest::newRow("de interval right") << "de" << "Wertebereich: (−0,5;\u00a0∞)" << QString();
    QTest::newRow("fr interval with parentheses") << "fr" << "Ensemble image\u00a0: [0\u202f;\u00a0+∞)" << at + "fr: interval";
    QTest::newRow("de right") << "de" << "Etwa 84\u00a0% der Neuronen, „tot“" << QString();
    QTest::newRow("es Rango de salida") << "es" << "Rango de salida" << at + "es: forbidden term “Rango”";
    QTest::newRow("es unidad") << "es" << "La unidad se queda muda" << at + "es: forbidden term “unidad”";
    QTest::newRow("es Cuidado con") << "es" << "Cuidado con" << at + "es: forbidden term “Cuidado con”";
    QTest::newRow("es question without ¿") << "es" << "Por qué?" << at + "es: “?” without its opening “¿”";
    QTest::newRow("es right") << "es" << "¿Por qué mi red dejó de aprender?" << QString();
    QTest::newRow("fr évanescent for fading") << "fr" << "le verdict «\u00a0évanescent\u00a0»" << at + "fr: forbidden term “évanescent”";
    QTest::newRow("fr vanishing gradient allowed") << "fr" << "le gradient évanescent" << QString();
    QTest::newRow("fr unité") << "fr" << "Le neurone, pas l’unité" << at + "fr: forbidden term “unité”";
    QTest::newRow("fr straight apostrophe") << "fr" << "Pourquoi mon réseau n\u2019apprend-il plus l'an\u202f?" << at + "fr: straight apostrophe";
    QTest::newRow("fr breakable space before colon") << "fr" << "Pente : 0" << at + "fr: breakable space before “:”";
    QTest::newRow("fr no space before colon") << "fr" << "Pente: 0" << at + "fr: no no-break space before “:”";
    QTest::newRow("fr guillemets without spaces") << "fr" << "le verdict «\u00a0mort»" << at + "fr: no no-break space before »";
    QTest::newRow("fr action as a label") << "fr" << "&Valeurs par défaut" << at + "fr: forbidden term “&Valeurs par défaut”";
    QTest::newRow("fr a:b is not punctuation") << "fr" << "valide\u00a0: a:b, par exemple -4:4" << QString();
}

// Proof that the test can fail: each slip fed to the checker is reported, with file, key and term.
void TestGlossary::checkerCatchesEachSlip()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QStringList problems = check(m_glossaries[language],
                                       {QStringLiteral("sample.relulesson"), QStringLiteral("steps[0].title.") % language, text});
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    } else {
        const bool found = std::any_of(problems.cbegin(), problems.cend(),
                                       [&](const QString &problem) { return problem.startsWith(expected); });
        QVERIFY2(found, qPrintable(QStringLiteral("expected: ") % expected % QLatin1Char('\n') % joined(problems)));
    }
}

void TestGlossary::punctuationFollowsTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("labelled");
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("halfOpen");   // [0, ∞)
    QTest::addColumn<QString>("open");       // (−0.5, ∞) with the locale's decimal mark
    QTest::addColumn<QString>("everywhere"); // (−∞, ∞)

    QTest::newRow("en") << "en" << "Output range: x" << "'x'" << "[0, ∞)" << "(−0.5, ∞)" << "(−∞, ∞)";
    QTest::newRow("de") << "de" << "Output range: x" << "„x“" << "[0;\u00a0∞)" << "(−0,5;\u00a0∞)" << "(−∞;\u00a0∞)";
    QTest::newRow("es") << "es" << "Output range: x" << "«x»" << "[0;\u00a0+∞)" << "(−0,5;\u00a0+∞)" << "(−∞;\u00a0+∞)";
    // French brackets are held to their ends with a word joiner (U+2060): "]" must not end a line.
    QTest::newRow("fr") << "fr" << "Output range\u00a0: x" << "«\u00a0x\u00a0»" << "[\u20600\u202f;\u00a0+∞\u2060["
                        << "]\u2060−0,5\u202f;\u00a0+∞\u2060[" << "]\u2060−∞\u202f;\u00a0+∞\u2060[";
}

// The one helper for punctuation that code assembles.
void TestGlossary::punctuationFollowsTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, labelled);
    QFETCH(QString, quoted);
    QFETCH(QString, halfOpen);
    QFETCH(QString, open);
    QFETCH(QString, everywhere);
    using namespace punctuation;
    const QLocale locale(language);
    QCOMPARE(punctuation::labelled(QStringLiteral("Output range"), QStringLiteral("x"), locale), labelled);
    QCOMPARE(punctuation::quoted(QStringLiteral("x"), locale), quoted);
    QCOMPARE(interval(QStringLiteral("0"), End::Closed, infinity(locale), End::Open, locale), halfOpen);
    QCOMPARE(interval(CheatSheetFacts::number(-0.5, locale), End::Open, infinity(locale), End::Open, locale), open);
    QCOMPARE(interval(infinity(locale, true), End::Open, infinity(locale), End::Open, locale), everywhere);
}

void TestGlossary::intervalsInModelTextFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("expected");
    const QString nbsp(QChar(0x00A0));
    const QString thin(QChar(0x202F));
    const QString joiner(QChar(0x2060));
    QTest::newRow("en unchanged") << "en" << "(−α, ∞) = (%1, ∞)" << "(−α, ∞) = (%1, ∞)";
    QTest::newRow("de half-open") << "de" << "[0, ∞)" << "[0;" + nbsp + "∞)";
    QTest::newRow("de two intervals") << "de" << "(−α, ∞) = (%1, ∞)"
                                      << "(−α;" + nbsp + "∞) = (%1;" + nbsp + "∞)";
    QTest::newRow("es everything") << "es" << "(−∞, ∞)" << "(−∞;" + nbsp + "+∞)";
    QTest::newRow("fr closed") << "fr" << "[0, 6]" << "[" + joiner + "0" + thin + ";" + nbsp + "6" + joiner + "]";
    QTest::newRow("fr open ends face outward") << "fr" << "(0, 1)"
                                               << "]" + joiner + "0" + thin + ";" + nbsp + "1" + joiner + "[";
    QTest::newRow("fr approximate end") << "fr" << "[≈ %1, ∞)"
                                        << "[" + joiner + "≈ %1" + thin + ";" + nbsp + "+∞" + joiner + "[";
    QTest::newRow("text around kept") << "de" << "Werte in [0, 1] und mehr" << "Werte in [0;" + nbsp + "1] und mehr";
    QTest::newRow("no interval") << "fr" << "f(x) = max(0, x)" << "f(x) = max(0, x)";
}

// The model words an output range once for every language; the sheet writes it the language's way.
void TestGlossary::intervalsInModelTextFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, plain);
    QFETCH(QString, expected);
    QCOMPARE(punctuation::intervalsIn(plain, QLocale(language)), expected);
}

// A formula's constants (GELU's tanh form: 0.044715, 0.134145) take the language's decimal mark,
// on the board and on the sheet, for every family at the settings the board reserves room for.
void TestGlossary::formulaConstantsFollowTheLanguage()
{
    static const QRegularExpression pointBetweenDigits(QStringLiteral("\\d\\.\\d"));
    int constants = 0;
    for (const QString &language : kLanguages) {
        const QLocale locale(language);
        LabModel model;
        BoardFormula board(&model);
        board.setLocale(locale);
        for (const FamilySpec &family : FamilyCatalog::all()) {
            for (const ParameterValues &setting : BoardFormula::settingsToReserve(family)) {
                QVERIFY(model.setFamily(family.id));
                for (int i = 0; i < family.parameters.size(); ++i)
                    QVERIFY(model.setParameter(family.id, family.parameters[i].name, setting[i]));
                QVERIFY(model.setProbe(-1.25));
                const QStringList written = board.lines() + CheatSheetFacts::forFamily(model, family.id, locale).formulas;
                for (const QString &line : written) {
                    QVERIFY2(!pointBetweenDigits.match(line).hasMatch(), qPrintable(language + QStringLiteral(": ") + line));
                    constants += line.count(QStringLiteral("0,044715")) + line.count(QStringLiteral("0,134145"));
                }
            }
        }
    }
    QVERIFY(constants > 0); // GELU's tanh form was written, with its constants
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
