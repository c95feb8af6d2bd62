// Texts, steps and decks; reading a lesson file is in lessonreader.cpp, writing in lessonwriter.cpp.

#include "lessondeck.h"

#include "family.h"
#include "labmodel.h"
#include "teaching.h"

#include <QFileInfo>

namespace relulab {

QString LocalizedText::in(const QString &language) const
{
    const QString exact = texts.value(language);
    if (!exact.isEmpty())
        return exact;
    const QString english = texts.value(QString::fromLatin1(Teaching::kFallbackLanguage));
    if (!english.isEmpty())
        return english;
    return texts.isEmpty() ? QString() : texts.first();
}

void LocalizedText::set(const QString &language, const QString &text)
{
    if (text.isEmpty())
        texts.remove(language);
    else
        texts.insert(language, text);
}

LessonStep LessonStep::fromLab(const LabModel &model)
{
    LessonStep step;
    const FamilySpec &spec = model.familySpec();
    step.state.family = spec.id;
    const ParameterValues values = model.parameters(spec.id);
    for (int i = 0; i < spec.parameters.size() && i < values.size(); ++i)
        step.state.parameters.append({spec.parameters[i].name, values[i]});
    step.state.probe = model.probe();
    return step;
}

LessonStep LessonStep::fromScenario(const Scenario &scenario)
{
    LessonStep step;
    step.state = scenario;
    return step;
}

QString LessonStep::titleIn(const Teaching &teaching) const
{
    const QString own = title.in(teaching.language());
    if (!own.isEmpty() || state.id.isEmpty())
        return own;
    return teaching.text(QStringLiteral("scenarios.") % state.id % QStringLiteral(".title"));
}

QString LessonStep::noteIn(const Teaching &teaching) const
{
    const QString own = note.in(teaching.language());
    if (!own.isEmpty() || state.id.isEmpty())
        return own;
    return teaching.text(QStringLiteral("scenarios.") % state.id % QStringLiteral(".note"));
}

bool operator==(const LessonStep &a, const LessonStep &b)
{
    return a.state.id == b.state.id && a.state.family == b.state.family && a.state.parameters == b.state.parameters
        && a.state.probe == b.state.probe && a.title == b.title && a.note == b.note && a.xRange == b.xRange
        && a.comparison == b.comparison && a.tab == b.tab && a.survival == b.survival && a.depth == b.depth
        && a.hiddenParts == b.hiddenParts && a.speakerNotes == b.speakerNotes;
}

QStringList lessonformat::tabIds()
{
    return {QStringLiteral("lab"), QStringLiteral("survival"), QStringLiteral("training")};
}

QStringList lessonformat::hiddenPartIds()
{
    return {QStringLiteral("readouts"), QStringLiteral("curve-right"), QStringLiteral("derivative"),
            QStringLiteral("cards")};
}

LessonDeck LessonDeck::builtIn()
{
    LessonDeck deck;
    for (const Scenario &scenario : builtInScenarios())
        deck.steps.append(LessonStep::fromScenario(scenario));
    return deck;
}

QString lessonFileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace relulab
