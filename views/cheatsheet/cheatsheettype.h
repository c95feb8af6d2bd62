#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace relulab::sheet {

// The cheat sheet's type and ink, shared by its parts. Sizes are in points: the sheet is read at
// arm's length on paper.
constexpr qreal kTitleSize = 16.0;
constexpr qreal kNameSize = 12.5;
constexpr qreal kFormulaSize = 9.0;
constexpr qreal kBodySize = 8.5;
constexpr qreal kSmallSize = 7.5;
constexpr qreal kPadding = 8.0;

inline const QColor kInk{0x1A, 0x1A, 0x1A};
inline const QColor kSecondary{0x4A, 0x4F, 0x57};
inline const QColor kHeading{0x5A, 0x61, 0x70};
inline const QColor kRule{0xC8, 0xCC, 0xD2};
inline const QColor kPanel{0xF3, 0xF4, 0xF6};

struct TextStyle
{
    qreal size = kBodySize;
    QColor color = kInk;
    bool bold = false;
    bool italic = false;
    bool mono = false;
};

// The embedded sans (or mono, or serif) face, unhinted so that screen and paper lay out alike.
QFont baseFont(bool mono, bool serif = false);

// Draws (when painter is set) or measures a paragraph wrapped to `width` points; returns its
// height. The first `boldPrefix` characters are bold.
qreal wrappedText(QPainter *painter, QPaintDevice *device, const QString &text, const TextStyle &style,
                  const QPointF &topLeft, qreal width, int boldPrefix = 0);

} // namespace relulab::sheet
