#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace relulab {

// A small typesetter for one line of math, drawn as real text so that it stays selectable in a
// PDF. The markup is plain Unicode plus three constructs:
//   ^{...}                  superscript
//   \f{num}{den}            a fraction with a rule
//   \c{e1}{c1}{e2}{c2}...   cases behind a left brace, one row per expression and condition
// A lone Latin letter (x, a, f, u) and lowercase Greek are set in italics, words (max, log,
// tanh) upright, as in printed mathematics.
class MathText
{
public:
    // `pointSize` is in the painter's units (see CheatSheetPainter: one unit is one point).
    MathText(const QString &markup, const QFont &baseFont, qreal pointSize);

    // Extent of the formula on `device`; ascent is above the baseline, descent below.
    qreal width(QPaintDevice *device) const;
    qreal ascent(QPaintDevice *device) const;
    qreal descent(QPaintDevice *device) const;
    void draw(QPainter *painter, const QPointF &baseline) const;

    struct Node
    {
        enum class Kind { Run, Superscript, Fraction, Cases };
        Kind kind = Kind::Run;
        QString text;
        bool italic = false;
        QList<QList<Node>> parts; // superscript: 1; fraction: 2; cases: 2 per row
    };

private:
    QList<Node> m_nodes;
    QFont m_font;
    qreal m_size = 10.0;
};

// Text for painters whose unit is one point (the cheat sheet scales its painter so).
//
// A font of a few device pixels gets its size rounded by the font engine (7.4 px measures as
// 7 px: 6 % too narrow), so text is set kTextScale times larger and drawn under a painter
// scaled down by as much. Metrics are then exact and the same on every device.
constexpr qreal kTextScale = 16.0;

// A font for `points` painter units on `device`, set kTextScale times larger (see above).
QFont fontAtPoints(QFont font, qreal points, const QPaintDevice *device);

// Metrics of such a font, in painter units.
class PointMetrics
{
public:
    PointMetrics(const QFont &font, QPaintDevice *device);
    qreal ascent() const;
    qreal descent() const;
    qreal height() const;
    qreal horizontalAdvance(const QString &text) const;

private:
    QFontMetricsF m_metrics;
};

// drawText for such a font (the painter's current one), in painter units.
void drawPointText(QPainter *painter, const QPointF &baseline, const QString &text);
void drawPointText(QPainter *painter, const QRectF &rect, int flags, const QString &text);

} // namespace relulab
