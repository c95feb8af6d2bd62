#pragma once

#include "family.h"
#include "widgets/labstyle.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace relulab {

class LabModel;

// A small static plot of one family's output and slope with the three zones shaded, drawn with
// QPainter paths so that it stays a vector drawing on paper. The samples come from
// LabModel::readingAt with the model's current parameters; this class only draws them.
class CheatSheetPlot
{
public:
    struct Style
    {
        QColor curve;               // the family colour
        QColor text = Qt::black;
        QColor axis = QColor(0x55, 0x55, 0x55);
        QColor grid = QColor(0xDD, 0xDD, 0xDD);
        QColor background = Qt::white;
        qreal curveWidth = 1.4;     // in painter units
        qreal lineWidth = 0.5;
        qreal labelSize = 6.0;      // tick labels, in painter units; 0 hides them
        QFont font;
        QLocale locale;             // how tick labels write numbers
        bool showSlope = true;
        bool showZones = true;
    };

    static constexpr double kMinimumX = -3.0;
    static constexpr double kMaximumX = 3.0;

    CheatSheetPlot(const LabModel &model, const QString &family, int samples = 241);

    // The opaque tint a zone gets over `background`: a little stronger than on screen, since
    // paper washes colours out, and without transparency, which some printers mishandle.
    static QColor zoneTint(style::Zone zone, const QColor &background);

    void paint(QPainter *painter, const QRectF &rect, const Style &style) const;

    double yMinimum() const { return m_yMinimum; }
    double yMaximum() const { return m_yMaximum; }

private:
    QPolygonF m_output;
    QList<QList<QPointF>> m_slope; // split where the slope jumps (slopePieces)
    QList<Kink> m_kinks;           // inside the plotted range
    double m_yMinimum = -1.0;
    double m_yMaximum = 1.0;
};

} // namespace relulab
