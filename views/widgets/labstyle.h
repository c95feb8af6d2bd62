#pragma once

#include "diagnosis.h"

#include <QColor>
#include <QIcon>
#include <QRect>

class QPainter;
#include <QPalette>
#include <QString>

namespace relulab {

// The lab's colours in one place, so board, cards, readouts and the printed sheet agree.
// Family colours are the Okabe–Ito set, distinguishable with the common colour-vision
// deficiencies; on a dark palette they are lightened to keep their contrast.
namespace style {

bool isDark(const QPalette &palette);
QColor familyColor(const QString &familyId, const QPalette &palette);
QColor healthColor(GradientHealth health, const QPalette &palette);
// A small round dot in the family's colour, for lists, menus and table rows.
QIcon familySwatch(const QString &familyId, const QPalette &palette);

// The surface of a card or readout tile: a rounded panel in the palette's base colour, a thin
// border, a highlight frame when it has keyboard focus and an optional accent bar on the left.
void paintCard(QPainter *painter, const QRect &rect, const QPalette &palette, bool focused,
               const QColor &accent = QColor());

enum class Zone { Negative, Hinge, Positive };
QColor zoneFill(Zone zone, const QPalette &palette); // translucent, for shading behind curves
// An opaque mix: `strength` of `color`, the rest `background`. Opaque on purpose: a translucent
// pen or fill blends every pixel it touches, and overlapping segment ends would show as beads.
QColor mixed(const QColor &color, const QColor &background, double strength);
// The opaque colour a translucent `color` shows over `background`: filling with it is a plain
// memory fill, where the translucent one blends every pixel.
QColor flattened(const QColor &color, const QColor &background);
QString zoneId(Zone zone);                           // "negative", "hinge", "positive"

// How much larger than the application's type `widget` sets its text (presentation mode sets a
// larger font on the lab page): lines, markers and swatches drawn beside the text grow by it.
qreal typeScale(const QWidget *widget);

// The width of a survival page's control column: 330 px at the application's text size, growing
// with the text of `widget` (presentation mode enlarges it).
int sideColumnWidth(const QWidget *widget);

} // namespace style
} // namespace relulab
