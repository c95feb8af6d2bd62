// Large text drawn from rendered glyphs (views/widgets/largetext.h) must look as Qt draws it:
// every glyph where Qt puts it, differing from Qt's own path filling only in edge anti-aliasing,
// both for text drawn directly and for the real widgets that draw presentation-sized text; and a
// PDF keeps its text as text.

#include "board/boardformula.h"
#include "labmodel.h"
#include "labpage/readouttile.h"
#include "support/runprogram.h"
#include "widgets/largetext.h"
#include "widgets/mathtext.h"
#include "widgets/wrappinglabel.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace relulab;

namespace {

// How two drawings of the same text differ, pixel by pixel (largest channel difference).
struct Difference
{
    int largest = 0;       // 0..255
    int edgePixels = 0;    // pixels that differ by more than a tenth
    int inkPixels = 0;     // pixels Qt inks strongly (at least three quarters of the way to the pen)
    int missingInk = 0;    // of those, pixels the cached drawing inks less than half
};

int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

// `qt` and `cached` were drawn on `background`.
Difference compare(const QImage &qt, const QImage &cached, QRgb background)
{
    Difference d;
    const QImage a = qt.convertToFormat(QImage::Format_RGB32);
    const QImage b = cached.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < a.height(); ++y) {
        const auto *rowA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *rowB = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int difference = channelDifference(rowA[x], rowB[x]);
            d.largest = std::max(d.largest, difference);
            if (difference > 25)
                ++d.edgePixels;
            const int inkQt = channelDifference(rowA[x], background);
            if (inkQt >= 191) {
                ++d.inkPixels;
                if (channelDifference(rowB[x], background) < 128)
                    ++d.missingInk;
            }
        }
    }
    return d;
}

QString describe(const Difference &d)
{
    return QStringLiteral("largest difference %1/255, %2 edge pixels differ by more than a tenth, "
                          "%3 of %4 strongly inked pixels lost their ink")
        .arg(d.largest).arg(d.edgePixels).arg(d.missingInk).arg(d.inkPixels);
}

// Draws through `draw` twice, with Qt's own drawing and with the glyph cache.
std::pair<QImage, QImage> drawBothWays(const QSize &size, qreal ratio, QRgb background,
                                       const std::function<void(QPainter *)> &draw)
{
    std::pair<QImage, QImage> images;
    for (bool cached : {false, true}) {
        largetext::setCacheEnabled(cached);
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(background);
        QPainter painter(&image);
        draw(&painter);
        painter.end();
        (cached ? images.second : images.first) = image;
    }
    largetext::setCacheEnabled(true);
    return images;
}

std::pair<QImage, QImage> grabBothWays(QWidget *widget)
{
    std::pair<QImage, QImage> images;
    for (bool cached : {false, true}) {
        largetext::setCacheEnabled(cached);
        (cached ? images.second : images.first) = widget->grab().toImage();
    }
    largetext::setCacheEnabled(true);
    return images;
}

// The drawings agree but for anti-aliasing at glyph edges: no glyph missing or moved by a pixel
// (either would differ fully, 255, along its edges and lose ink inside).
void verifyLooksLikeQt(const Difference &d)
{
    QVERIFY2(d.inkPixels > 500, qPrintable(describe(d))); // there was text to compare
    QVERIFY2(d.largest <= 96, qPrintable(describe(d)));
    QVERIFY2(d.missingInk == 0, qPrintable(describe(d)));
    QVERIFY2(d.edgePixels <= d.inkPixels / 5, qPrintable(describe(d)));
}

} // namespace

class LargeTextTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void textMatchesQtsDrawing_data();
    void textMatchesQtsDrawing();
    void smallTextIsQtsOwn();
    void formulaMatchesQtsDrawing();
    void readoutMatchesQtsDrawing();
    void wrappedLabelMatchesQtsDrawing();
    void pdfKeepsText();
    void cacheStaysBounded();
};

void LargeTextTest::init()
{
    largetext::clearCache();
}

void LargeTextTest::textMatchesQtsDrawing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("pixelSize");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<QPointF>("baseline");
    QTest::newRow("digits, 120 px") << QStringLiteral("f(−1.234) = 0.567") << 120 << 1.0 << 1.0 << QPointF(10, 150);
    QTest::newRow("between pixels") << QStringLiteral("0.1234") << 100 << 1.0 << 1.0 << QPointF(10.37, 140.62);
    // As MathText draws: a font 16 times larger under a painter scaled down as much.
    QTest::newRow("math text scale") << QStringLiteral("α(e^x − 1) ≤ 0") << 90 * 16 << 1.0 / 16 << 1.0 << QPointF(12.2, 130.4);
    QTest::newRow("scaled painter") << QStringLiteral("tanh(0.75)") << 50 << 1.6 << 1.0 << QPointF(8, 90.5);
    QTest::newRow("high-DPI device") << QStringLiteral("healthy 42") << 48 << 1.0 << 2.0 << QPointF(6.5, 70.25);
}

void LargeTextTest::textMatchesQtsDrawing()
{
    QFETCH(QString, text);
    QFETCH(int, pixelSize);
    QFETCH(qreal, scale);
    QFETCH(qreal, ratio);
    QFETCH(QPointF, baseline);
    const QRgb background = qRgb(250, 250, 250);
    const auto [qt, cached] = drawBothWays(QSize(1400, 200), ratio, background, [&](QPainter *painter) {
        QFont font;
        font.setPixelSize(pixelSize);
        painter->setFont(font);
        painter->setPen(QColor(180, 20, 40));
        painter->scale(scale, scale);
        drawLargeText(painter, baseline / scale, text);
    });
    QVERIFY2(largetext::cachedBytes() > 0, "the text was not drawn from rendered glyphs");
    verifyLooksLikeQt(compare(qt, cached, background));
}

void LargeTextTest::smallTextIsQtsOwn()
{
    // Below Qt's own glyph cache limit nothing changes: Qt draws it.
    const QRgb background = qRgb(255, 255, 255);
    const auto [qt, cached] = drawBothWays(QSize(600, 100), 1.0, background, [](QPainter *painter) {
        QFont font;
        font.setPixelSize(40);
        painter->setFont(font);
        painter->setPen(Qt::black);
        drawLargeText(painter, QPointF(10.3, 60.7), QStringLiteral("f′(0.5) = 0.25"));
    });
    QCOMPARE(largetext::cachedBytes(), 0);
    QCOMPARE(cached, qt);
}

void LargeTextTest::formulaMatchesQtsDrawing()
{
    LabModel model;
    model.setFamily(QStringLiteral("elu"));
    model.setProbe(-1.5);
    BoardFormula formula(&model);
    QFont font = formula.font();
    font.setPixelSize(72); // a 4K presentation's size: well over Qt's 64 px
    formula.setFont(font);
    formula.resize(2400, formula.heightForWidth(2400));
    const auto [qt, cached] = grabBothWays(&formula);
    QVERIFY2(largetext::cachedBytes() > 0, "the formula was not drawn from rendered glyphs");
    verifyLooksLikeQt(compare(qt, cached, formula.palette().color(QPalette::Window).rgb()));
}

void LargeTextTest::readoutMatchesQtsDrawing()
{
    ReadoutTile tile;
    QFont font = tile.font();
    font.setPointSizeF(27); // 36 px
    tile.setFont(font);
    tile.setValueScale(2.4); // 86 px bold, as a presentation's readouts
    tile.setCaption(QStringLiteral("Output"));
    tile.setValue(QStringLiteral("−0.777"), QColor(20, 90, 180));
    tile.setNote(QStringLiteral("f(x) at x = −1.500"));
    tile.resize(900, 320);
    const auto [qt, cached] = grabBothWays(&tile);
    QVERIFY2(largetext::cachedBytes() > 0, "the value was not drawn from rendered glyphs");
    verifyLooksLikeQt(compare(qt, cached, tile.palette().color(QPalette::Window).rgb()));
}

void LargeTextTest::wrappedLabelMatchesQtsDrawing()
{
    WrappingLabel label;
    QFont font = label.font();
    font.setPixelSize(80);
    font.setBold(true);
    label.setFont(font);
    label.setAlignment(Qt::AlignHCenter | Qt::AlignVCenter);
    label.setText(QStringLiteral("A line on the right, silence on the left"));
    label.resize(1100, label.heightForWidth(1100));
    const auto [qt, cached] = grabBothWays(&label);
    QVERIFY2(largetext::cachedBytes() > 0, "the label was not drawn from rendered glyphs");
    verifyLooksLikeQt(compare(qt, cached, label.palette().color(QPalette::Window).rgb()));
}

void LargeTextTest::pdfKeepsText()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.pdf"));
    {
        QPdfWriter writer(path);
        writer.setResolution(1200); // glyphs of hundreds of device pixels
        QPainter painter(&writer);
        QFont font;
        font.setPointSize(40);
        painter.setFont(font);
        drawLargeText(&painter, QPointF(200, 1500), QStringLiteral("drawn as text 0.567"));
        painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0); // points, as the cheat sheet draws
        MathText(QStringLiteral("f(x) = \\f{1}{1 + e^{−x}}"), font, 48).draw(&painter, QPointF(20, 200));
    }
    QCOMPARE(largetext::cachedBytes(), 0);
    const testsupport::Run text = testsupport::run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("drawn as text 0.567")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("f(x) =")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("1+e")), qPrintable(text.out));
}

void LargeTextTest::cacheStaysBounded()
{
    // Far more glyphs than a page shows (every digit at every size from 65 to 300 px, three
    // colours): the cache drops the oldest instead of growing.
    QImage image(1200, 400, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    for (int size = 65; size <= 300; size += 5) {
        QFont font;
        font.setPixelSize(size);
        painter.setFont(font);
        for (const QColor &colour : {QColor(Qt::black), QColor(Qt::red), QColor(Qt::blue)}) {
            painter.setPen(colour);
            drawLargeText(&painter, QPointF(10.25, 320.5), QStringLiteral("0123456789"));
        }
    }
    QVERIFY(largetext::cachedBytes() > 0);
    QVERIFY2(largetext::cachedBytes() <= largetext::maxCachedBytes(), qPrintable(QString::number(largetext::cachedBytes())));
}

QTEST_MAIN(LargeTextTest)
#include "tst_largetext.moc"
