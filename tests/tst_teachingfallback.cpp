// Switching language and the per-key English fallback, with a deliberately incomplete test-only
// language "zz" (tests/data/teaching-fallback/zz/lab.json) that is compiled into this executable
// only. It has a translated key, a key left empty and lacks everything else.

#include "teaching.h"

#include <QSignalSpy>
#include <QTest>

using namespace relulab;

namespace {
const QString kEnglish = QStringLiteral("en");
const QString kFixture = QStringLiteral("zz");
} // namespace

class TestTeachingFallback : public QObject
{
    Q_OBJECT

private slots:
    void fixtureIsAvailable();
    void switchesAndFallsBackPerKey();
    void refusalKeepsTheCurrentLanguage();
    void bestLanguageForPrefersTheFirstShipped();
};

void TestTeachingFallback::fixtureIsAvailable()
{
    const QStringList languages = Teaching::availableLanguages();
    QCOMPARE(languages.value(0), kEnglish);
    QVERIFY(languages.contains(kFixture));
    const QHash<QString, QString> fixture = Teaching::loadLanguageFile(kFixture);
    QCOMPARE(fixture.size(), 3);
    QCOMPARE(fixture.value(QStringLiteral("lab.title")), QStringLiteral("Zz title"));
}

void TestTeachingFallback::switchesAndFallsBackPerKey()
{
    const QHash<QString, QString> english = Teaching::loadLanguageFile(kEnglish);
    const QString englishTitle = english.value(QStringLiteral("lab.title"));
    const QString englishTagline = english.value(QStringLiteral("lab.tagline"));
    const QString englishWhy = english.value(QStringLiteral("lab.whyText"));
    QVERIFY(!englishTitle.isEmpty() && !englishTagline.isEmpty() && !englishWhy.isEmpty());

    Teaching teaching;
    QSignalSpy spy(&teaching, &Teaching::languageChanged);
    QCOMPARE(teaching.text(QStringLiteral("lab.title")), englishTitle);

    QString error;
    QVERIFY2(teaching.setLanguage(QStringLiteral("zz_ZZ"), &error), qPrintable(error));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), kFixture);
    QCOMPARE(teaching.language(), kFixture);

    QCOMPARE(teaching.text(QStringLiteral("lab.title")), QStringLiteral("Zz title"));         // translated
    QCOMPARE(teaching.text(QStringLiteral("families.relu.tagline")), QStringLiteral("zz floor"));
    QCOMPARE(teaching.text(QStringLiteral("lab.tagline")), englishTagline);                   // empty there
    QCOMPARE(teaching.text(QStringLiteral("lab.whyText")), englishWhy);                       // missing there
    QVERIFY(teaching.contains(QStringLiteral("lab.whyText")));
    QVERIFY(!teaching.contains(QStringLiteral("lab.noSuchKey")));
    QVERIFY(teaching.text(QStringLiteral("lab.noSuchKey")).isEmpty());

    // Asking again for the current language changes nothing and says nothing.
    QVERIFY(teaching.setLanguage(QStringLiteral("ZZ")));
    QCOMPARE(spy.count(), 1);

    QVERIFY(teaching.setLanguage(kEnglish));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), kEnglish);
    QCOMPARE(teaching.text(QStringLiteral("lab.title")), englishTitle);
    QCOMPARE(teaching.text(QStringLiteral("families.relu.tagline")),
             english.value(QStringLiteral("families.relu.tagline")));
}

void TestTeachingFallback::refusalKeepsTheCurrentLanguage()
{
    Teaching teaching;
    QVERIFY(teaching.setLanguage(kFixture));
    QSignalSpy spy(&teaching, &Teaching::languageChanged);
    QString error;
    QVERIFY(!teaching.setLanguage(QStringLiteral("tlh"), &error));
    QVERIFY(error.contains(QStringLiteral("tlh")));
    QCOMPARE(teaching.language(), kFixture);
    QCOMPARE(teaching.text(QStringLiteral("lab.title")), QStringLiteral("Zz title"));
    QCOMPARE(spy.count(), 0);
}

void TestTeachingFallback::bestLanguageForPrefersTheFirstShipped()
{
    QCOMPARE(Teaching::bestLanguageFor({QStringLiteral("zz-ZZ")}), kFixture);
    QCOMPARE(Teaching::bestLanguageFor({QStringLiteral("tlh"), QStringLiteral("ZZ_zz")}), kFixture);
    QCOMPARE(Teaching::bestLanguageFor({QStringLiteral("en-US"), kFixture}), kEnglish);
    QCOMPARE(Teaching::bestLanguageFor({QStringLiteral("tlh")}), kEnglish);
}

QTEST_GUILESS_MAIN(TestTeachingFallback)
#include "tst_teachingfallback.moc"
