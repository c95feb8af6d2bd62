// The lab carries the fonts it draws with: what the window and the printed cheat sheet show must
// not depend on the font packages a classroom machine happens to have. The proof runs the real
// program twice, once as usual and once with a fontconfig setup that knows no fonts at all, and
// compares what comes out.
#include "widgets/labfonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QImage>
#include <QProcess>
#include <QRawFont>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/runprogram.h"

using namespace relulab;

namespace {

using testsupport::Run;
using testsupport::run;

QString appPath()
{
    return qEnvironmentVariable("RELULAB_APP");
}

// The font names in a PDF, as pdffonts lists them (name, type, encoding, embedded …).
QStringList pdfFonts(const QString &path)
{
    QStringList rows = run(QStringLiteral("pdffonts"), {path}).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (rows.size() >= 2)
        rows.erase(rows.begin(), rows.begin() + 2); // the header and its rule
    return rows;
}

} // namespace

class TestFonts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFaceIsRegistered();
    void stylesUseRealFaces_data();
    void stylesUseRealFaces();
    void simulationHasNoFonts();
    void cheatSheetIsTheSameWithoutSystemFonts();
    void windowIsTheSameWithoutSystemFonts();

private:
    // The environment of a machine with no fonts installed: fontconfig keeps the system's
    // rendering rules (conf.d: hinting, anti-aliasing) but reads no font folder.
    QProcessEnvironment withoutSystemFonts() const;
    QTemporaryDir m_dir;
};

void TestFonts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(appPath()).isExecutable(), "RELULAB_APP must name the built binary");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty(), "poppler-utils is needed");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("fc-list")).isEmpty(), "fontconfig is needed");
    QVERIFY(fonts::install());
}

void TestFonts::everyFaceIsRegistered()
{
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {fonts::sansFamily(), fonts::serifFamily(), fonts::monoFamily()})
        QVERIFY2(families.contains(family), qPrintable(family));
    QCOMPARE(QGuiApplication::font().family(), fonts::sansFamily());
}

void TestFonts::stylesUseRealFaces_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("italic");
    QTest::addColumn<QString>("style");
    QTest::newRow("sans") << fonts::sansFamily() << false << false << QStringLiteral("Book");
    QTest::newRow("sans bold") << fonts::sansFamily() << true << false << QStringLiteral("Bold");
    QTest::newRow("sans italic") << fonts::sansFamily() << false << true << QStringLiteral("Oblique");
    QTest::newRow("sans bold italic") << fonts::sansFamily() << true << true << QStringLiteral("Bold Oblique");
    QTest::newRow("serif") << fonts::serifFamily() << false << false << QStringLiteral("Book");
    QTest::newRow("serif italic (formulas)") << fonts::serifFamily() << false << true << QStringLiteral("Italic");
    QTest::newRow("mono") << fonts::monoFamily() << false << false << QStringLiteral("Book");
    QTest::newRow("mono bold") << fonts::monoFamily() << true << false << QStringLiteral("Bold");
}

// A synthesized italic or bold would report the regular face's style name.
void TestFonts::stylesUseRealFaces()
{
    QFETCH(QString, family);
    QFETCH(bool, bold);
    QFETCH(bool, italic);
    QFETCH(QString, style);
    QFont font(family);
    font.setBold(bold);
    font.setItalic(italic);
    QCOMPARE(QFontInfo(font).family(), family);
    QCOMPARE(QRawFont::fromFont(font).styleName(), style);
}

QProcessEnvironment TestFonts::withoutSystemFonts() const
{
    const QString config = m_dir.filePath(QStringLiteral("no-fonts.conf"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>"
                   "<include ignore_missing=\"yes\">/etc/fonts/conf.d</include><cachedir>");
        file.write(m_dir.filePath(QStringLiteral("fontconfig-cache")).toUtf8());
        file.write("</cachedir></fontconfig>\n");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FONTCONFIG_FILE"), config);
    return environment;
}

void TestFonts::simulationHasNoFonts()
{
    const Run r = run(QStringLiteral("fc-list"), {}, withoutSystemFonts());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.out.left(200)));
    QVERIFY(!run(QStringLiteral("fc-list"), {}).out.trimmed().isEmpty());
}

void TestFonts::cheatSheetIsTheSameWithoutSystemFonts()
{
    const QString usual = m_dir.filePath(QStringLiteral("usual.pdf"));
    const QString bare = m_dir.filePath(QStringLiteral("bare.pdf"));
    const QStringList arguments{QStringLiteral("--family"), QStringLiteral("elu"), QStringLiteral("--lang"),
                                QStringLiteral("fr"), QStringLiteral("--page-size"), QStringLiteral("A4")};
    Run r = run(appPath(), QStringList{QStringLiteral("--export-cheatsheet"), usual} + arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(appPath(), QStringList{QStringLiteral("--export-cheatsheet"), bare} + arguments, withoutSystemFonts());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QStringList fonts = pdfFonts(bare);
    QCOMPARE(fonts, pdfFonts(usual));
    QVERIFY(!fonts.isEmpty());
    for (const QString &row : fonts) {
        QVERIFY2(row.startsWith(QLatin1String("DejaVu")), qPrintable(row));
        QVERIFY2(row.contains(QLatin1String(" yes ")), qPrintable(row)); // embedded
    }
    QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QLatin1String("DejaVuSerif-Italic")), "formulas use a real italic");

    const auto text = [](const QString &path) {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}).out;
    };
    const QString bareText = text(bare);
    QCOMPARE(bareText, text(usual));
    QVERIFY2(bareText.contains(QStringLiteral("f(x) = ")), qPrintable(bareText.left(400)));
}

void TestFonts::windowIsTheSameWithoutSystemFonts()
{
    const QString usual = m_dir.filePath(QStringLiteral("usual.png"));
    const QString bare = m_dir.filePath(QStringLiteral("bare.png"));
    const QStringList arguments{QStringLiteral("--family"), QStringLiteral("gelu"), QStringLiteral("--probe"),
                                QStringLiteral("-1.5"), QStringLiteral("--lang"), QStringLiteral("de"),
                                QStringLiteral("--size"), QStringLiteral("1366x768")};
    Run r = run(appPath(), QStringList{QStringLiteral("--screenshot"), usual} + arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(appPath(), QStringList{QStringLiteral("--screenshot"), bare} + arguments, withoutSystemFonts());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QImage a(usual);
    const QImage b(bare);
    QVERIFY(!a.isNull());
    QCOMPARE(b.size(), a.size());
    QVERIFY2(a == b, "the window looks different on a machine without fonts");
}

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
