#include "widgets/largetext.h"

#include <QCache>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <QtMath>

#include <algorithm>

namespace relulab {
namespace {

// Qt's own limit (QRasterPaintEngine caches glyphs smaller than this many device pixels).
int qtCachedGlyphLimit()
{
    static const int limit = [] {
        const int fromEnvironment = qEnvironmentVariableIntValue("QT_MAX_CACHED_GLYPH_SIZE");
        return fromEnvironment > 0 ? fromEnvironment : 64;
    }();
    return limit;
}

// Glyphs are placed to 1/kSubPixel of a device pixel, horizontally and vertically: at most a
// sixteenth of a pixel from where Qt would fill them, which changes only edge anti-aliasing (a
// 4K presentation screenshot differed from Qt's own by at most 17 % of full scale in a pixel, in
// a few hundred pixels by more than 10 %; with quarters it was 24 % and thousands of pixels).
constexpr int kSubPixel = 8;

// The cache's bound. A 4K presentation page with the probe dragged across the board (headline,
// formula, readout values, verdicts at every sub-pixel place they reach) measured about 4 MB;
// beyond the bound the least recently used glyphs are dropped and rendered again when needed.
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

struct GlyphKey
{
    QString family;
    QString style;
    int weight = 0;
    int fontStyle = 0;
    qreal fontPixels = 0.0; // the font engine's size, as the glyph's path comes from it
    qreal scale = 1.0;      // device pixels per font pixel
    quint32 glyph = 0;
    int subX = 0;
    int subY = 0;
    QRgb colour = 0;

    bool operator==(const GlyphKey &other) const
    {
        return glyph == other.glyph && subX == other.subX && subY == other.subY && colour == other.colour
            && fontPixels == other.fontPixels && scale == other.scale && weight == other.weight
            && fontStyle == other.fontStyle && family == other.family && style == other.style;
    }
};

size_t qHash(const GlyphKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.family, key.style, key.weight, key.fontStyle, key.fontPixels, key.scale, key.glyph,
                      key.subX, key.subY, key.colour);
}

struct RenderedGlyph
{
    QImage image;  // premultiplied, in the glyph's colour
    QPoint offset; // of the image's top left from the glyph's origin, in device pixels
};

bool cacheEnabled = true;

QCache<GlyphKey, RenderedGlyph> &cache()
{
    static QCache<GlyphKey, RenderedGlyph> glyphs(kMaxBytes);
    return glyphs;
}

// The glyph as Qt's raster engine fills it: its outline from the same font engine, scaled to
// device pixels, anti-aliased with the winding rule.
RenderedGlyph *render(const QRawFont &font, const GlyphKey &key)
{
    QPainterPath path = font.pathForGlyph(key.glyph);
    path.setFillRule(Qt::WindingFill);
    const QPointF subPixel(qreal(key.subX) / kSubPixel, qreal(key.subY) / kSubPixel);
    path = QTransform(key.scale, 0, 0, key.scale, subPixel.x(), subPixel.y()).map(path);
    const QRect box = path.controlPointRect().toAlignedRect().adjusted(-1, -1, 1, 1);
    auto *glyph = new RenderedGlyph;
    glyph->offset = box.topLeft();
    if (!path.isEmpty()) {
        glyph->image = QImage(box.size(), QImage::Format_ARGB32_Premultiplied);
        glyph->image.fill(Qt::transparent);
        QPainter painter(&glyph->image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-box.topLeft());
        painter.fillPath(path, QColor::fromRgba(key.colour));
    }
    const qint64 bytes = glyph->image.sizeInBytes() + qint64(sizeof(RenderedGlyph));
    cache().insert(key, glyph, bytes);
    return cache().object(key);
}

// Whether `painter` draws on a raster image (a widget's backing store, a QImage, a QPixmap)
// with settings under which a pre-rendered glyph looks exactly like Qt's filled one.
bool suitsCache(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false; // PDF, printers, SVG: keep real text
    const QPen pen = painter->pen();
    const QFont &font = painter->font();
    return pen.style() != Qt::NoPen && pen.brush().style() == Qt::SolidPattern
        && painter->compositionMode() == QPainter::CompositionMode_SourceOver
        && painter->testRenderHint(QPainter::TextAntialiasing) && !(font.styleStrategy() & QFont::NoAntialias)
        && !font.underline() && !font.overline() && !font.strikeOut();
}

} // namespace

void drawLargeText(QPainter *painter, const QPointF &baseline, const QString &text)
{
    const QTransform toDevice = painter->deviceTransform();
    // Scale and translation only, the same both ways (no mirror): a glyph is then the same
    // image wherever it stands.
    const bool plainScale = toDevice.type() <= QTransform::TxScale && toDevice.m11() > 0.0
        && qFuzzyCompare(toDevice.m11(), toDevice.m22());
    if (text.isEmpty() || !cacheEnabled || !plainScale || !suitsCache(painter)) {
        painter->drawText(baseline, text);
        return;
    }
    // Most text is small: tell without shaping it.
    const QFont &font = painter->font();
    const QPaintDevice *device = painter->device();
    const qreal scale = toDevice.m11();
    if (!largetext::mayBeLarge(font, device, scale / device->devicePixelRatio())) {
        painter->drawText(baseline, text);
        return;
    }

    // Shaped as drawText shapes it: the painter's font resolved for its device, one line.
    QTextLayout layout(text, font, const_cast<QPaintDevice *>(device));
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(painter->layoutDirection());
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QPointF origin = baseline - QPointF(0.0, line.ascent());
    const QList<QGlyphRun> runs = layout.glyphRuns();
    const auto isLarge = [&](const QGlyphRun &run) { return run.rawFont().pixelSize() * scale >= qtCachedGlyphLimit(); };
    if (std::none_of(runs.begin(), runs.end(), isLarge)) {
        painter->drawText(baseline, text);
        return;
    }

    const QRgb colour = painter->pen().color().rgba();
    const qreal ratio = device->devicePixelRatio();
    // A widget's painter draws into its window's backing store: the device transform includes
    // the widget's offset there, which the painter adds again to whatever it draws.
    const QPoint redirection = (toDevice.map(QPointF()) - ratio * painter->combinedTransform().map(QPointF())).toPoint();
    for (const QGlyphRun &run : runs) {
        if (!isLarge(run)) {
            painter->drawGlyphRun(origin, run);
            continue;
        }
        const QRawFont rawFont = run.rawFont();
        GlyphKey key;
        key.family = rawFont.familyName();
        key.style = rawFont.styleName();
        key.weight = rawFont.weight();
        key.fontStyle = int(rawFont.style());
        key.fontPixels = rawFont.pixelSize();
        key.scale = scale;
        key.colour = colour;
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        // Images are placed in device pixels: no transform but the device's pixel ratio.
        painter->save();
        painter->resetTransform();
        painter->setWorldTransform(QTransform::fromScale(1.0 / ratio, 1.0 / ratio));
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const QPointF at = toDevice.map(origin + positions.at(i));
            const QPoint whole(qFloor(at.x()), qFloor(at.y()));
            const int subX = qRound((at.x() - whole.x()) * kSubPixel);
            const int subY = qRound((at.y() - whole.y()) * kSubPixel);
            const QPoint carry(subX / kSubPixel, subY / kSubPixel); // a fraction that rounds up to 1
            key.glyph = glyphs.at(i);
            key.subX = subX % kSubPixel;
            key.subY = subY % kSubPixel;
            const RenderedGlyph *glyph = cache().object(key);
            if (!glyph)
                glyph = render(rawFont, key);
            if (glyph && !glyph->image.isNull())
                painter->drawImage(whole + carry + glyph->offset - redirection, glyph->image);
        }
        painter->restore();
    }
}

namespace largetext {

bool mayBeLarge(const QFont &font, const QPaintDevice *device, qreal scale)
{
    // A little below the limit: the font engine rounds sizes, and font fallback keeps them.
    const qreal pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * device->logicalDpiY() / 72.0;
    return pixels * scale * device->devicePixelRatio() >= 0.9 * qtCachedGlyphLimit();
}

qint64 cachedBytes()
{
    return cache().totalCost();
}

qint64 maxCachedBytes()
{
    return cache().maxCost();
}

void clearCache()
{
    cache().clear();
}

void setCacheEnabled(bool enabled)
{
    cacheEnabled = enabled;
}

} // namespace largetext

} // namespace relulab
