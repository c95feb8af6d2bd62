// The lesson-file loader on arbitrary bytes. Whatever it accepts must write back to JSON that
// loads again as the same deck (save -> load round trip); whatever it refuses must leave the
// deck untouched and say why.

#include "fuzzsupport.h"
#include "lessondeck.h"

#include <QByteArray>
#include <QString>

using namespace relulab;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString name = QStringLiteral("fuzz.relulesson");
    const LessonDeck untouched = LessonDeck::builtIn();
    LessonDeck deck = untouched;
    QString error;
    if (!parseLessonDeck(bytes, name, &deck, &error)) {
        RELULAB_FUZZ_CHECK(deck == untouched);
        RELULAB_FUZZ_CHECK(error.startsWith(name));
        return 0;
    }
    RELULAB_FUZZ_CHECK(!deck.steps.isEmpty());
    RELULAB_FUZZ_CHECK(deck.steps.size() <= lessonformat::kMaxSteps);
    const QByteArray json = lessonDeckToJson(deck);
    LessonDeck again;
    QString againError;
    RELULAB_FUZZ_CHECK(parseLessonDeck(json, name, &again, &againError));
    RELULAB_FUZZ_CHECK(again == deck);
    RELULAB_FUZZ_CHECK(lessonDeckToJson(again) == json);
    return 0;
}
