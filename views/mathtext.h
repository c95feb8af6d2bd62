#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
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

// The font size that draws at `points` painter units on `device` when the painter is scaled so
// that one unit is one point (Qt would otherwise apply the device resolution a second time).
QFont fontAtPoints(QFont font, qreal points, const QPaintDevice *device);

} // namespace relulab
