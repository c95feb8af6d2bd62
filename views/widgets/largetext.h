#pragma once

#include <QPointF>
#include <QString>

class QFont;
class QPainter;
class QPaintDevice;

namespace relulab {

// QPainter::drawText(QPointF, QString) for text that may be large on screen.
//
// Qt 6.4's raster engine keeps rendered glyphs only up to 64 device pixels
// (QT_MAX_CACHED_GLYPH_SIZE) and fills every larger glyph as a path on every paint: a 4K
// presentation's formula and readout values cost most of a probe step that way. (Raising the
// limit through the environment makes Qt 6.4 draw no glyph at all between about 64 and 128 px.)
//
// This draws each glyph larger than that limit from an image rendered once from the same path
// Qt would fill, placed to an eighth of a device pixel; all other text, and everything drawn on
// a device that is not a raster image (a PDF keeps its text as text), goes to drawText itself.
// Only the painter's font, solid pen colour, opacity, clip and a scale-and-translate transform
// are honoured, which is all the callers use; anything else is left to drawText.
void drawLargeText(QPainter *painter, const QPointF &baseline, const QString &text);

namespace largetext {
// Whether text in `font` on `device`, under a painter scaled by `scale`, may be large enough for
// drawLargeText to draw from rendered glyphs (if not, drawLargeText is drawText).
bool mayBeLarge(const QFont &font, const QPaintDevice *device, qreal scale = 1.0);

// Bytes the rendered glyphs hold now, and at most (for tests and measurements).
qint64 cachedBytes();
qint64 maxCachedBytes();
// Forgets every rendered glyph.
void clearCache();
// Off: every call goes to drawText, so tests can compare against Qt's own drawing.
void setCacheEnabled(bool enabled);
} // namespace largetext

} // namespace relulab
