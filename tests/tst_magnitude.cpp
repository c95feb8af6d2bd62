// Magnitudes as a teacher writes them: decades with superscript exponents on the depth lab's log
// axes, and large factors in the language's number words with the power of ten beside them,
// never "1.5E+13", in every shipped language.
#include "magnitude.h"
#include "teaching.h"

#include <QLocale>
#include <QTest>

#include <cmath>

using namespace relulab;

class MagnitudeTest : public QObject
{
    Q_OBJECT

private slots:
    void decadesAreSuperscript();
    void scientificKeepsTwoDigits();
    void factorsInWords_data();
    void factorsInWords();
    void neverComputerNotation();
};

void MagnitudeTest::decadesAreSuperscript()
{
    QCOMPARE(magnitude::superscript(13), QStringLiteral("¹³"));
    QCOMPARE(magnitude::superscript(-2), QStringLiteral("⁻²"));
    QCOMPARE(magnitude::decade(0), QStringLiteral("10⁰"));
    QCOMPARE(magnitude::decade(-10), QStringLiteral("10⁻¹⁰"));
}

void MagnitudeTest::scientificKeepsTwoDigits()
{
    const QLocale english(QLocale::English);
    QCOMPARE(magnitude::scientific(1.5e13, english), QStringLiteral("1.5 × 10¹³"));
    QCOMPARE(magnitude::scientific(1e-4, english), QStringLiteral("10⁻⁴"));
    QCOMPARE(magnitude::scientific(9.97e20, english), QStringLiteral("10²¹")); // rounds up a decade
    QCOMPARE(magnitude::scientific(3.2e21, QLocale(QLocale::German)), QStringLiteral("3,2 × 10²¹"));
}

void MagnitudeTest::factorsInWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1.5e13") << "en" << 1.5e13 << "about 15 trillion (1.5 × 10¹³)";
    QTest::newRow("de 1.5e13") << "de" << 1.5e13 << "etwa 15 Billionen (1,5 × 10¹³)";
    QTest::newRow("es 1.5e13") << "es" << 1.5e13 << "unos 15 billones (1,5 × 10¹³)";
    QTest::newRow("fr 1.5e13") << "fr" << 1.5e13 << "environ 15 billions (1,5 × 10¹³)";
    QTest::newRow("fr 1.2e6") << "fr" << 1.2e6 << "environ 1,2 million (1,2 × 10⁶)";
    QTest::newRow("de 1.2e6") << "de" << 1.2e6 << "etwa 1,2 Millionen (1,2 × 10⁶)";
    QTest::newRow("en 1e9") << "en" << 1e9 << "about 1 billion (10⁹)";
    QTest::newRow("es 4.4e9") << "es" << 4.4e9 << "unos 4,4 mil millones (4,4 × 10⁹)";
    QTest::newRow("en 3.2e21") << "en" << 3.2e21 << "about 3.2 × 10²¹";
    QTest::newRow("en 340") << "en" << 340.0 << "340";
    QTest::newRow("fr 2.5") << "fr" << 2.5 << "2,5";
}

void MagnitudeTest::factorsInWords()
{
    QFETCH(QString, language);
    QFETCH(double, value);
    QFETCH(QString, expected);
    Teaching teaching;
    QVERIFY(teaching.setLanguage(language));
    QCOMPARE(magnitude::factor(value, teaching), expected);
}

void MagnitudeTest::neverComputerNotation()
{
    for (const QString &language : Teaching::availableLanguages()) {
        Teaching teaching;
        QVERIFY(teaching.setLanguage(language));
        for (int exponent = -3; exponent <= 40; ++exponent) {
            for (double mantissa : {1.0, 1.5, 4.44, 9.99}) {
                const QString text = magnitude::factor(mantissa * std::pow(10.0, exponent), teaching);
                QVERIFY2(!text.contains(QLatin1String("E+")) && !text.contains(QLatin1String("e+"))
                             && !text.contains(QLatin1String("e-")) && !text.contains(QLatin1String("%")),
                         qPrintable(language + QLatin1String(": ") + text));
            }
        }
    }
}

QTEST_MAIN(MagnitudeTest)
#include "tst_magnitude.moc"
