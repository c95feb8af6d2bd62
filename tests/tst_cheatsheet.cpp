// The printable cheat sheet (PDF through the real painter and the real binary) and the
// in-window cheat sheet cards.

#include "cheatsheet/cheatsheetactions.h"
#include "cheatsheet/cheatsheetcards.h"
#include "cheatsheet/cheatsheetexport.h"
#include "cheatsheet/cheatsheetpainter.h"
#include "cheatsheet/cheatsheetplot.h"
#include "cheatsheet/cheatsheetworksheet.h"
#include "family.h"
#include "labmodel.h"
#include "languageswitcher.h"
#include "teaching.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/runprogram.h"
#include <QTimer>

using namespace relulab;

namespace {

using testsupport::Run;
using testsupport::run;

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")}).out;
}

int pdfPages(const QString &info)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QSize pdfPageSize(const QString &info)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                                         QRegularExpression::MultilineOption).match(info);
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble())) : QSize();
}

QString appPath()
{
    return qEnvironmentVariable("RELULAB_APP");
}

} // namespace

class TestCheatSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exportsPages_data();
    void exportsPages();
    void holdsTheTextOfEveryFamily();
    void usesTheCurrentParameters();
    void marksEveryKink();
    void printsTheChosenFamiliesInOrder();
    void isVectorWithEmbeddedFonts();
    void refusesAnUnwritablePath();
    void exportsInEveryShippedLanguage();
    void typeIsLargeAndPagesAreFull_data();
    void typeIsLargeAndPagesAreFull();
    void painterAgreesWithThePdf();
    void printerGetsTheSamePages();
    void defaultPaperFollowsTheLocale();

    void binaryExportsWithFlags();
    void binaryNeedsNoDisplay();
    void binaryRejectsBadValues_data();
    void binaryRejectsBadValues();
    void binaryNeedsTheExportForPaperOptions();
    void binaryPrintsTheFamiliesAskedFor();
    void binaryFailsOnAnUnwritablePath();

    void clickingACardSelectsItsFamily();
    void keyboardSelectsTheFocusedCard();
    void highlightFollowsTheModel();
    void cardsFollowParameters();
    void cardsReflowWithWidth();

    void actionsHaveTextsAndShortcut();
    void exportActionReportsFailure();
    void previewActionShowsTheSheet();
    void printActionAsksForAPrinter();

private:
    QTemporaryDir m_dir;
};

void TestCheatSheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(), "poppler-utils is needed");
    QVERIFY2(QFileInfo(appPath()).isExecutable(), "RELULAB_APP must name the built binary");
}

void TestCheatSheet::exportsPages_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << false << QSize(595, 842);
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << true << QSize(842, 595);
    QTest::newRow("Letter portrait") << int(QPageSize::Letter) << false << QSize(612, 792);
    QTest::newRow("Letter landscape") << int(QPageSize::Letter) << true << QSize(792, 612);
}

void TestCheatSheet::exportsPages()
{
    QFETCH(int, size);
    QFETCH(bool, landscape);
    QFETCH(QSize, points);
    LabModel model;
    Teaching teaching;
    const QString path = m_dir.filePath(QStringLiteral("pages-%1.pdf").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QString error;
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::PageSizeId(size)),
                                 landscape ? QPageLayout::Landscape : QPageLayout::Portrait, &error),
             qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), {path}).out;
    const int pages = pdfPages(info);
    // The five seed families: two pages of bands in portrait, three in landscape (two bands a page).
    QVERIFY2(pages >= 1 && pages <= (landscape ? 3 : 2), qPrintable(info));
    QCOMPARE(pdfPageSize(info), points);
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(QFileInfo(path).size() < 1024 * 1024);
}

void TestCheatSheet::holdsTheTextOfEveryFamily()
{
    LabModel model;
    Teaching teaching;
    const QString path = m_dir.filePath(QStringLiteral("text.pdf"));
    QString error;
    // Every family of the catalog chosen, in catalog order.
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error,
                                 FamilyCatalog::ids()),
             qPrintable(error));
    const QString text = pdfText(path);
    // The families beyond the default set, chosen by the teacher, on a sheet of their own.
    QStringList others;
    for (const QString &id : FamilyCatalog::ids()) {
        if (!FamilyCatalog::seedIds().contains(id))
            others.append(id);
    }
    const QString othersPath = m_dir.filePath(QStringLiteral("text-others.pdf"));
    QVERIFY2(exportCheatSheetPdf(model, teaching, othersPath, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error,
                                 others),
             qPrintable(error));
    const QString othersText = pdfText(othersPath);
    for (const QString &piece : {QStringLiteral("x·σ(βx)"), QStringLiteral("tanh(s)"), QStringLiteral("λα"),
                                 QStringLiteral("1.0507009873554805"), QStringLiteral("tf.nn.silu(x, beta=1.0)")})
        QVERIFY2(othersText.contains(piece), qPrintable(piece));
    // A long call may break after "(" or ", " in a narrow column: compare without white space.
    const auto squeeze = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); };
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        const QString &sheet = spec.seed ? text : othersText;
        QVERIFY2(sheet.contains(spec.displayName), qPrintable(spec.displayName));
        QVERIFY2(squeeze(sheet).contains(squeeze(spec.pytorch)), qPrintable(spec.pytorch));
        QVERIFY2(squeeze(sheet).contains(squeeze(spec.keras)), qPrintable(spec.keras));
    }
    // Formula pieces that do not depend on any teaching text.
    for (const QString &piece : {QStringLiteral("max(0, x)"), QStringLiteral("α"), QStringLiteral("Φ(x)"),
                                 QStringLiteral("φ(x)"), QStringLiteral("σ(βx)"), QStringLiteral("log(1 + e"),
                                 QStringLiteral("f′(x)")}) {
        QVERIFY2(text.contains(piece), qPrintable(piece));
    }
    QVERIFY(text.contains(QStringLiteral(RELULAB_VERSION)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(text.contains(QLocale(teaching.language()).toString(QDate::currentDate(), QLocale::LongFormat)));
}

void TestCheatSheet::usesTheCurrentParameters()
{
    LabModel model;
    Teaching teaching;
    QVERIFY(model.setFamily(QStringLiteral("elu")));
    QVERIFY(model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 0.5));
    QVERIFY(model.setParameter(QStringLiteral("leaky-relu"), QStringLiteral("slope"), 0.2));
    const QString path = m_dir.filePath(QStringLiteral("parameters.pdf"));
    QString error;
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error),
             qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("current parameters")));
    QVERIFY(text.contains(QStringLiteral("α = 0.5")));
    QVERIFY(text.contains(QStringLiteral("a = 0.2")));
    // Key facts computed from the parameters: ELU's floor and its slope at 0 (PyTorch: α).
    QVERIFY(text.contains(QStringLiteral("(−0.5, ∞)")));
    QVERIFY(text.contains(QStringLiteral("Slope at 0: 0.5 by PyTorch")));
    QVERIFY(!text.contains(QStringLiteral("(−1, ∞)")));
}

// Every kink of the catalog is on the plot, with room beside it (ReLU6's cap at 6 too), drawn
// as on the board: a hollow diamond on the output, a filled dot where the slope is, an open one
// where it is not. Read from the pixels the plot paints.
void TestCheatSheet::marksEveryKink()
{
    LabModel model;
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        const CheatSheetPlot plot(model, spec.id);
        QList<double> xs;
        for (const Kink &k : plot.kinks()) {
            QVERIFY2(spec.isKink(k.x, model.parameters(spec.id)), qPrintable(spec.id));
            QVERIFY2(plot.xMinimum() <= k.x - 0.5 && k.x + 0.5 <= plot.xMaximum(), qPrintable(spec.id));
            xs.append(k.x);
        }
        if (spec.id == QLatin1String("relu6"))
            QCOMPARE(xs, QList<double>({0.0, 6.0}));
        if (spec.id == QLatin1String("hardswish"))
            QCOMPARE(xs, QList<double>({-3.0, 3.0}));
        if (spec.id == QLatin1String("gelu"))
            QVERIFY(xs.isEmpty());

        QImage image(600, 400, QImage::Format_RGB32);
        image.fill(Qt::white);
        CheatSheetPlot::Style style;
        style.curve = QColor(0, 60, 220);
        style.curveWidth = 4.0;
        style.labelSize = 0; // the plot fills the whole image
        style.showZones = false;
        QPainter painter(&image);
        plot.paint(&painter, QRectF(0, 0, 600, 400), style);
        painter.end();
        const auto position = [&](double x, double y) {
            return QPointF((x - plot.xMinimum()) / (plot.xMaximum() - plot.xMinimum()) * 600.0,
                           400.0 - (y - plot.yMinimum()) / (plot.yMaximum() - plot.yMinimum()) * 400.0);
        };
        const auto pixel = [&](double x, double y, QPointF offset = {}) {
            const QPointF at = position(x, y) + offset;
            return image.pixelColor(int(std::floor(at.x())), int(std::floor(at.y())));
        };
        const auto near = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 60;
        };
        const QColor slopeColor = style.curve.darker(135);
        for (const Kink &k : plot.kinks()) {
            const QString where = spec.id + QLatin1Char(' ') + QString::number(k.x);
            // The diamond: hollow in its middle though the output curve runs through it (unless
            // a slope dot lies there too: ReLU's output and slope are both 0 at its kink), and
            // its outline drawn.
            const bool dotInside = QLineF(position(k.x, k.output), position(k.x, k.slope)).length() < 12.0
                || QLineF(position(k.x, k.output), position(k.x, k.slopeNotTaken())).length() < 12.0;
            if (!dotInside)
                QVERIFY2(near(pixel(k.x, k.output), Qt::white), qPrintable(where));
            QVERIFY2(!near(pixel(k.x, k.output, QPointF(-4.4, -4.4)), Qt::white), qPrintable(where));
            QVERIFY2(near(pixel(k.x, k.slope), slopeColor), qPrintable(where));
            QVERIFY2(near(pixel(k.x, k.slopeNotTaken()), Qt::white), qPrintable(where));
            QVERIFY2(!near(pixel(k.x, k.slopeNotTaken(), QPointF(0.0, -5.2)), Qt::white), qPrintable(where));
        }
    }
}

void TestCheatSheet::printsTheChosenFamiliesInOrder()
{
    LabModel model;
    Teaching teaching;
    // The default is the comparison set of seed families, all of them.
    const QStringList seeds = FamilyCatalog::seedIds();
    QVERIFY(seeds.size() >= 5);
    const QString path = m_dir.filePath(QStringLiteral("chosen.pdf"));
    QString error;
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error,
                                 {QStringLiteral("softplus"), QStringLiteral("relu")}),
             qPrintable(error));
    const QString text = pdfText(path);
    const FamilySpec *softplus = FamilyCatalog::find(QStringLiteral("softplus"));
    const FamilySpec *relu = FamilyCatalog::find(QStringLiteral("relu"));
    // Both blocks, Softplus first as asked; no other family's block (its framework class appears
    // nowhere else). Teaching text may name other families, so names are not the test.
    const auto squeeze = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); };
    const QString squeezed = squeeze(text);
    QVERIFY(squeezed.contains(squeeze(softplus->pytorch)) && squeezed.contains(squeeze(relu->pytorch)));
    QVERIFY(squeezed.indexOf(squeeze(softplus->pytorch)) < squeezed.indexOf(squeeze(relu->pytorch)));
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        if (spec.id != softplus->id && spec.id != relu->id)
            QVERIFY2(!squeezed.contains(squeeze(spec.pytorch)), qPrintable(spec.pytorch));
    }
    // Two families fill less paper than the five.
    CheatSheetPainter two(model, teaching, {QStringLiteral("softplus"), QStringLiteral("relu")});
    CheatSheetPainter all(model, teaching);
    QPdfWriter writer(m_dir.filePath(QStringLiteral("measure.pdf")));
    const QSizeF area(523, 770);
    QVERIFY(two.layout(area, &writer) < all.layout(area, &writer));
}

void TestCheatSheet::isVectorWithEmbeddedFonts()
{
    LabModel model;
    Teaching teaching;
    const QString path = m_dir.filePath(QStringLiteral("vector.pdf"));
    QString error;
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::Letter), QPageLayout::Landscape, &error),
             qPrintable(error));
    // pdfimages -list prints two header lines and one line per image.
    const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QCOMPARE(images.exitCode, 0);
    QCOMPARE(images.out.trimmed().split(QLatin1Char('\n')).size(), 2);

    const Run fonts = run(QStringLiteral("pdffonts"), {path});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    const int emb = lines.first().indexOf(QStringLiteral("emb"));
    QVERIFY(emb > 0);
    for (int i = 2; i < lines.size(); ++i)
        QVERIFY2(lines[i].mid(emb, 3) == QLatin1String("yes"), qPrintable(lines[i]));
}

void TestCheatSheet::refusesAnUnwritablePath()
{
    LabModel model;
    Teaching teaching;
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/sheet.pdf"));
    QString error;
    QVERIFY(!exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing-folder"))));
}

void TestCheatSheet::exportsInEveryShippedLanguage()
{
    for (const QString &language : Teaching::availableLanguages()) {
        LabModel model;
        Teaching teaching;
        QVERIFY(teaching.setLanguage(language));
        const QString path = m_dir.filePath(QStringLiteral("language-%1.pdf").arg(language));
        QString error;
        QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error),
                 qPrintable(error));
        const QString info = run(QStringLiteral("pdfinfo"), {path}).out;
        QCOMPARE(pdfPages(info), 2); // the five seed families by default
        const QString text = pdfText(path);
        for (const QString &id : FamilyCatalog::seedIds())
            QVERIFY2(text.contains(FamilyCatalog::find(id)->displayName), qPrintable(language % QLatin1Char(' ') % id));
        // Every other family, chosen by the teacher, in this language too.
        const QString othersPath = m_dir.filePath(QStringLiteral("language-others-%1.pdf").arg(language));
        QVERIFY2(exportCheatSheetPdf(model, teaching, othersPath, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error,
                                     FamilyCatalog::ids().mid(FamilyCatalog::seedIds().size())),
                 qPrintable(error));
        const QString othersText = pdfText(othersPath);
        // Lines may break anywhere and no-break spaces come out as spaces: compare without any.
        const auto squeeze = [](QString s) {
            return s.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}]")));
        };
        for (const QString &id : FamilyCatalog::ids().mid(FamilyCatalog::seedIds().size())) {
            QVERIFY2(othersText.contains(FamilyCatalog::find(id)->displayName), qPrintable(language % QLatin1Char(' ') % id));
            const QString summary = squeeze(teaching.text(QStringLiteral("families.") % id % QStringLiteral(".summary")));
            QVERIFY2(squeeze(othersText).contains(summary.left(20)), qPrintable(language % QLatin1Char(' ') % id));
        }
    }
}

void TestCheatSheet::typeIsLargeAndPagesAreFull_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("familyCount"); // the first N of the catalog; 0: the default five
    const QList<int> choices = {1, 2, 3, 4, 6, 7, 9, 12};
    for (const QString &language : Teaching::availableLanguages()) {
        for (int paper : {int(QPageSize::A4), int(QPageSize::Letter)}) {
            const QString name = language + (paper == QPageSize::A4 ? QStringLiteral(" A4") : QStringLiteral(" Letter"));
            QTest::newRow(qPrintable(name)) << language << paper << int(QPageLayout::Portrait) << 0;
        }
        // Every choice of families fills its pages too: the rows are spread over the pages, and
        // room the plots cannot take goes to the "Your turn" worksheet.
        for (int count : choices) {
            QTest::newRow(qPrintable(QStringLiteral("%1 A4, %2 families").arg(language).arg(count)))
                << language << int(QPageSize::A4) << int(QPageLayout::Portrait) << count;
        }
        // Landscape: a card taller than the page is never drawn smaller; the families become
        // bands across the page instead, two a page, and the pages are full as in portrait.
        for (int paper : {int(QPageSize::A4), int(QPageSize::Letter)}) {
            const QString name = language + (paper == QPageSize::A4 ? QStringLiteral(" A4") : QStringLiteral(" Letter"));
            QTest::newRow(qPrintable(name + QStringLiteral(" landscape"))) << language << paper << int(QPageLayout::Landscape) << 0;
        }
        for (int count : {1, 3, 6, 12}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 A4 landscape, %2 families").arg(language).arg(count)))
                << language << int(QPageSize::A4) << int(QPageLayout::Landscape) << count;
        }
        // Eight families on Letter: the worksheet's rows grow taller to fill the last page.
        QTest::newRow(qPrintable(QStringLiteral("%1 Letter, 8 families").arg(language)))
            << language << int(QPageSize::Letter) << int(QPageLayout::Portrait) << 8;
    }
}

void TestCheatSheet::typeIsLargeAndPagesAreFull()
{
    // Measured on the real PDF: pdftotext -bbox gives every word's box, whose height is the
    // embedded sans face's ascent plus descent, 1.164 times the type size.
    QFETCH(QString, language);
    QFETCH(int, paper);
    QFETCH(int, orientation);
    QFETCH(int, familyCount);
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching); // the interface's words too, as the program prints them
    QVERIFY(languages.switchTo(language));
    const QStringList families = familyCount == 0 ? QStringList() : FamilyCatalog::ids().mid(0, familyCount);
    const QString path = m_dir.filePath(QStringLiteral("fill-%1-%2-%3-%4.pdf").arg(language).arg(paper).arg(orientation).arg(familyCount));
    QString error;
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::PageSizeId(paper)),
                                 QPageLayout::Orientation(orientation), &error, families),
             qPrintable(error));
    const QString boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}).out;
    constexpr double kBoxPerPoint = 1.164;
    const QRegularExpression pageExpression(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression wordExpression(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    const QRegularExpression textWord(QStringLiteral("^\\p{Latin}{3,}[.,:;)]?$"));
    int pages = 0;
    QHash<int, int> heightCounts; // in hundredths of a point
    for (const QRegularExpressionMatch &page : pageExpression.globalMatch(boxes)) {
        ++pages;
        const double pageHeight = page.captured(2).toDouble();
        double lowestWord = 0.0;
        double footerTop = pageHeight;
        QList<double> bottoms;
        for (const QRegularExpressionMatch &word : wordExpression.globalMatch(page.captured(3))) {
            const double height = word.captured(2).toDouble() - word.captured(1).toDouble();
            // Words of the text, not formula exponents (e^(−βx)), which are set smaller on purpose.
            if (textWord.match(word.captured(3)).hasMatch()) {
                QVERIFY2(height >= 7.5 * kBoxPerPoint - 0.05,
                         qPrintable(QStringLiteral("'%1' is %2 pt").arg(word.captured(3)).arg(height / kBoxPerPoint)));
                ++heightCounts[qRound(height * 100)];
            }
            bottoms.append(word.captured(2).toDouble());
        }
        // The footer is the last line of the page; the content ends above it.
        std::sort(bottoms.begin(), bottoms.end());
        QVERIFY(!bottoms.isEmpty());
        footerTop = bottoms.constLast() - 12.0;
        for (double bottom : std::as_const(bottoms)) {
            if (bottom < footerTop)
                lowestWord = bottom;
        }
        // Used fully: the last words stand in the lowest eighth above the footer (a band's text
        // ends above its frame's padding and the table's note, so not at the footer itself).
        QVERIFY2(lowestWord > footerTop - pageHeight / 8,
                 qPrintable(QStringLiteral("page %1: text ends at %2 of %3").arg(pages).arg(lowestWord).arg(footerTop)));
    }
    if (familyCount == 0) // the default five on two pages; in landscape, two bands a page and the tables
        QCOMPARE(pages, orientation == QPageLayout::Portrait ? 2 : 3);
    if (familyCount == 1) { // one family leaves half a page: the worksheet takes it
        // pdftotext gives ligatures as one character ("ﬁ"); compatibility normalization splits them.
        const auto plain = [](const QString &text) { return text.normalized(QString::NormalizationForm_KC).simplified(); };
        QVERIFY(plain(pdfText(path)).contains(plain(CheatSheetWorksheet::tr("Your turn: predict, then check"))));
    }
    // Body text, the most common size, is at least 8.5 pt.
    int bodyHeight = 0;
    for (auto it = heightCounts.cbegin(); it != heightCounts.cend(); ++it) {
        if (it.value() > heightCounts.value(bodyHeight))
            bodyHeight = it.key();
    }
    QVERIFY2(bodyHeight / 100.0 >= 8.5 * kBoxPerPoint - 0.05, qPrintable(QString::number(bodyHeight / 100.0 / kBoxPerPoint)));
}

void TestCheatSheet::painterAgreesWithThePdf()
{
    // The page count the painter lays out is the page count in the file.
    LabModel model;
    Teaching teaching;
    const QString path = m_dir.filePath(QStringLiteral("count.pdf"));
    QString error;
    QVERIFY(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Landscape, &error));
    QPdfWriter writer(m_dir.filePath(QStringLiteral("scratch.pdf")));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(36, 36, 36, 36)));
    CheatSheetPainter sheet(model, teaching);
    const int pages = sheet.layout(writer.pageLayout().paintRect(QPageLayout::Point).size(), &writer);
    QCOMPARE(pdfPages(run(QStringLiteral("pdfinfo"), {path}).out), pages);
}

void TestCheatSheet::printerGetsTheSamePages()
{
    // The printer path (QPrinter, as used by Print and Print preview) draws what the PDF export does.
    LabModel model;
    Teaching teaching;
    QVERIFY(model.setParameter(QStringLiteral("softplus"), QStringLiteral("beta"), 4.0));
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QString error;
    QVERIFY(exportCheatSheetPdf(model, teaching, exported, QPageSize(QPageSize::Letter), QPageLayout::Portrait, &error));

    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(36, 36, 36, 36)));
    QVERIFY(paintCheatSheet(&printer, model, teaching));
    const QString info = run(QStringLiteral("pdfinfo"), {printed}).out;
    QCOMPARE(pdfPages(info), pdfPages(run(QStringLiteral("pdfinfo"), {exported}).out));
    QCOMPARE(pdfPageSize(info), QSize(612, 792));
    const QString text = pdfText(printed);
    QVERIFY(text.contains(QStringLiteral("β = 4")));
    for (const QString &id : FamilyCatalog::seedIds())
        QVERIFY(text.contains(FamilyCatalog::find(id)->displayName));
}

void TestCheatSheet::defaultPaperFollowsTheLocale()
{
    QCOMPARE(defaultCheatSheetPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(), QPageSize::Letter);
    QCOMPARE(defaultCheatSheetPageSize(QLocale(QLocale::French, QLocale::Canada)).id(), QPageSize::Letter);
    QCOMPARE(defaultCheatSheetPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
    QCOMPARE(defaultCheatSheetPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(), QPageSize::A4);
}

void TestCheatSheet::binaryExportsWithFlags()
{
    const QString path = m_dir.filePath(QStringLiteral("binary.pdf"));
    const Run r = run(appPath(), {QStringLiteral("--export-cheatsheet"), path, QStringLiteral("--family"),
                                  QStringLiteral("elu"), QStringLiteral("--set"), QStringLiteral("alpha=0.5"),
                                  QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--orientation"),
                                  QStringLiteral("landscape")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString info = run(QStringLiteral("pdfinfo"), {path}).out;
    QCOMPARE(pdfPageSize(info), QSize(792, 612));
    QVERIFY(pdfPages(info) >= 1 && pdfPages(info) <= 3);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("α = 0.5")));
    QVERIFY(text.contains(QStringLiteral("torch.nn.ELU(alpha=1.0)")));
}

void TestCheatSheet::binaryNeedsNoDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")})
        environment.remove(name);
    const QString path = m_dir.filePath(QStringLiteral("nodisplay.pdf"));
    const Run r = run(appPath(), {QStringLiteral("--export-cheatsheet"), path, QStringLiteral("--page-size"),
                                  QStringLiteral("A4")}, environment);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(pdfPageSize(run(QStringLiteral("pdfinfo"), {path}).out), QSize(595, 842));
}

void TestCheatSheet::binaryRejectsBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("page size") << QStringList{QStringLiteral("--page-size"), QStringLiteral("A5")} << QStringLiteral("A5");
    QTest::newRow("orientation") << QStringList{QStringLiteral("--orientation"), QStringLiteral("sideways")}
                                 << QStringLiteral("sideways");
    QTest::newRow("parameter") << QStringList{QStringLiteral("--family"), QStringLiteral("elu"), QStringLiteral("--set"),
                                              QStringLiteral("alpha=9")}
                               << QStringLiteral("alpha");
    QTest::newRow("unknown family") << QStringList{QStringLiteral("--families"), QStringLiteral("relu,swoosh")}
                                    << QStringLiteral("'swoosh' is not a family; valid: relu, leaky-relu");
    QTest::newRow("family twice") << QStringList{QStringLiteral("--families"), QStringLiteral("gelu,relu,gelu")}
                                  << QStringLiteral("'gelu'");
    QTest::newRow("empty family list") << QStringList{QStringLiteral("--families"), QString()}
                                       << QStringLiteral("--families");
    QTest::newRow("with a screenshot") << QStringList{QStringLiteral("--screenshot"), QStringLiteral("shot.png")}
                                       << QStringLiteral("--screenshot");
}

void TestCheatSheet::binaryRejectsBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("bad.pdf"));
    const Run r = run(appPath(), QStringList{QStringLiteral("--export-cheatsheet"), path} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCheatSheet::binaryNeedsTheExportForPaperOptions()
{
    const Run r = run(appPath(), {QStringLiteral("--page-size"), QStringLiteral("A4")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--export-cheatsheet")), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCheatSheet::binaryPrintsTheFamiliesAskedFor()
{
    const QString path = m_dir.filePath(QStringLiteral("families.pdf"));
    const Run r = run(appPath(), {QStringLiteral("--export-cheatsheet"), path, QStringLiteral("--families"),
                                  QStringLiteral("gelu, elu")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("torch.nn.GELU(")));
    QVERIFY(text.contains(QStringLiteral("torch.nn.ELU(")));
    QVERIFY(!text.contains(QStringLiteral("torch.nn.Softplus(")));
    QVERIFY(!text.contains(QStringLiteral("torch.nn.ReLU()")));
    QVERIFY(text.contains(QStringLiteral("Drawn with the current parameters: ELU")));
    // Families without parameters: the header names none, rather than a label with nothing after it.
    const QString bare = m_dir.filePath(QStringLiteral("bare.pdf"));
    const Run withoutParameters = run(appPath(), {QStringLiteral("--export-cheatsheet"), bare, QStringLiteral("--families"),
                                                  QStringLiteral("relu,tanh")});
    QVERIFY2(withoutParameters.exitCode == 0, qPrintable(withoutParameters.err));
    const QString bareText = pdfText(bare);
    QVERIFY(bareText.contains(QStringLiteral("torch.nn.ReLU()")));
    QVERIFY(!bareText.contains(QStringLiteral("Drawn with the current parameters")));
    // Without the export the option means nothing: said plainly, in one line.
    const Run alone = run(appPath(), {QStringLiteral("--families"), QStringLiteral("relu")});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY2(alone.err.contains(QStringLiteral("--export-cheatsheet")), qPrintable(alone.err));
}

void TestCheatSheet::binaryFailsOnAnUnwritablePath()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/sheet.pdf"));
    const Run r = run(appPath(), {QStringLiteral("--export-cheatsheet"), path});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCheatSheet::clickingACardSelectsItsFamily()
{
    LabModel model;
    Teaching teaching;
    CheatSheetCards cards(&model, &teaching);
    cards.resize(1200, 700);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    QCOMPARE(cards.cards().size(), FamilyCatalog::all().size());
    QSignalSpy spy(&model, &LabModel::familyChanged);
    FamilyCard *gelu = cards.card(QStringLiteral("gelu"));
    QVERIFY(gelu);
    QVERIFY(!gelu->isSelected());
    QTest::mouseClick(gelu, Qt::LeftButton, {}, gelu->rect().center());
    QCOMPARE(model.family(), QStringLiteral("gelu"));
    QCOMPARE(spy.count(), 1);
    QVERIFY(gelu->isSelected());
    for (FamilyCard *card : cards.cards())
        QCOMPARE(card->isSelected(), card == gelu);
    // A click on the card's curve is a click on the card.
    FamilyCard *softplus = cards.card(QStringLiteral("softplus"));
    QWidget *curve = softplus->childAt(softplus->rect().center());
    QTest::mouseClick(curve ? curve : softplus, Qt::LeftButton);
    QCOMPARE(model.family(), QStringLiteral("softplus"));
}

void TestCheatSheet::keyboardSelectsTheFocusedCard()
{
    LabModel model;
    Teaching teaching;
    CheatSheetCards cards(&model, &teaching);
    cards.resize(800, 600);
    cards.show();
    QApplication::setActiveWindow(&cards);
    QVERIFY(QTest::qWaitForWindowActive(&cards));
    FamilyCard *elu = cards.card(QStringLiteral("elu"));
    QVERIFY(elu->focusPolicy() & Qt::TabFocus);
    QVERIFY(elu->accessibleName().contains(QStringLiteral("ELU")));
    elu->setFocus();
    QTest::keyClick(elu, Qt::Key_Space);
    QCOMPARE(model.family(), QStringLiteral("elu"));
    FamilyCard *leaky = cards.card(QStringLiteral("leaky-relu"));
    leaky->setFocus();
    QTest::keyClick(leaky, Qt::Key_Return);
    QCOMPARE(model.family(), QStringLiteral("leaky-relu"));
    QVERIFY(leaky->isSelected());
    QVERIFY(!elu->isSelected());
}

void TestCheatSheet::highlightFollowsTheModel()
{
    LabModel model;
    Teaching teaching;
    CheatSheetCards cards(&model, &teaching);
    QVERIFY(cards.card(model.family())->isSelected());
    for (const QString &id : FamilyCatalog::ids()) {
        QVERIFY(model.setFamily(id));
        for (FamilyCard *card : cards.cards())
            QCOMPARE(card->isSelected(), card->family() == id);
    }
    // The highlight is drawn: a selected card does not look like an unselected one.
    cards.resize(1200, 600);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    QVERIFY(model.setFamily(QStringLiteral("relu")));
    FamilyCard *relu = cards.card(QStringLiteral("relu"));
    const QImage selected = relu->grab().toImage();
    QVERIFY(model.setFamily(QStringLiteral("gelu")));
    QVERIFY(relu->grab().toImage() != selected);
}

void TestCheatSheet::cardsFollowParameters()
{
    LabModel model;
    Teaching teaching;
    CheatSheetCards cards(&model, &teaching);
    cards.resize(1200, 600);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    FamilyCard *elu = cards.card(QStringLiteral("elu"));
    const QImage before = elu->grab().toImage();
    QVERIFY(model.setParameter(QStringLiteral("elu"), QStringLiteral("alpha"), 2.5));
    bool shown = false;
    for (QLabel *label : elu->findChildren<QLabel *>())
        shown = shown || label->text().contains(QStringLiteral("α = 2.5"));
    QVERIFY(shown);
    QVERIFY(elu->grab().toImage() != before);
}

void TestCheatSheet::cardsReflowWithWidth()
{
    LabModel model;
    Teaching teaching;
    CheatSheetCards cards(&model, &teaching);
    cards.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cards));
    cards.resize(350, 900);
    QTRY_COMPARE(cards.columnCount(), 1);
    cards.resize(1200, 500);
    QTRY_VERIFY(cards.columnCount() >= 3);
    // Every card is at least as wide as the minimum and no label is cut off.
    QApplication::processEvents();
    for (FamilyCard *card : cards.cards()) {
        QVERIFY(card->width() >= CheatSheetCards::kMinimumCardWidth - 1);
        for (QLabel *label : card->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            QVERIFY2(label->height() >= label->heightForWidth(label->width()) || !label->wordWrap(),
                     qPrintable(label->text()));
            QVERIFY(label->geometry().right() <= card->width());
        }
    }
}

void TestCheatSheet::actionsHaveTextsAndShortcut()
{
    LabModel model;
    Teaching teaching;
    QWidget window;
    CheatSheetActions actions(&model, &teaching, &window);
    QCOMPARE(actions.actions().size(), 4);
    QCOMPARE(actions.families(), FamilyCatalog::seedIds());
    for (QAction *action : actions.actions())
        QVERIFY(!action->text().isEmpty());
    QCOMPARE(actions.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(actions.exportAction()->text().contains(QStringLiteral("PDF")));
}

void TestCheatSheet::exportActionReportsFailure()
{
    LabModel model;
    Teaching teaching;
    QWidget window;
    CheatSheetActions actions(&model, &teaching, &window);
    const QString good = m_dir.filePath(QStringLiteral("action.pdf"));
    QVERIFY(actions.exportTo(good));
    QVERIFY(QFileInfo(good).size() > 0);

    const QString bad = m_dir.filePath(QStringLiteral("gone/action.pdf"));
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            shown = box->text() % QLatin1Char('\n') % box->informativeText();
            box->accept();
        }
    });
    QVERIFY(!actions.exportTo(bad));
    QVERIFY2(shown.contains(bad), qPrintable(shown));
    QVERIFY(!QFileInfo::exists(bad));
}

void TestCheatSheet::previewActionShowsTheSheet()
{
    LabModel model;
    Teaching teaching;
    QWidget window;
    CheatSheetActions actions(&model, &teaching, &window);
    int pages = -1;
    QTimer::singleShot(0, this, [&pages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            preview->updatePreview();
            pages = preview->pageCount();
        }
        dialog->reject();
    });
    actions.previewAction()->trigger();
    QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
}

void TestCheatSheet::printActionAsksForAPrinter()
{
    LabModel model;
    Teaching teaching;
    QWidget window;
    CheatSheetActions actions(&model, &teaching, &window);
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *dialog = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    actions.printAction()->trigger();
    QVERIFY(asked);
}

QTEST_MAIN(TestCheatSheet)
#include "tst_cheatsheet.moc"
