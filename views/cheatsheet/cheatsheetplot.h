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

    // The x range every plot shows at least; a plot widens it to show each kink with room
    // beside it (ReLU6's cap at 6, Hardswish's knees at ±3).
    static constexpr double kMinimumX = -3.0;
    static constexpr double kMaximumX = 3.0;
    static constexpr double kRoomBesideKink = 1.0;

    CheatSheetPlot(const LabModel &model, const QString &family, int samples = 241);

    // The opaque tint a zone gets over `background`: a little stronger than on screen, since
    // paper washes colours out, and without transparency, which some printers mishandle.
    static QColor zoneTint(style::Zone zone, const QColor &background);

    void paint(QPainter *painter, const QRectF &rect, const Style &style) const;

    double xMinimum() const { return m_xMinimum; }
    double xMaximum() const { return m_xMaximum; }
    double yMinimum() const { return m_yMinimum; }
    double yMaximum() const { return m_yMaximum; }
    // The kinks drawn: a hollow diamond on the output, and with the slope a filled dot where it
    // is and an open one where it is not.
    const QList<Kink> &kinks() const { return m_kinks; }

private:
    QPolygonF m_output;
    QList<QList<QPointF>> m_slope; // split where the slope jumps (slopePieces)
    QList<Kink> m_kinks;
    double m_xMinimum = kMinimumX;
    double m_xMaximum = kMaximumX;
    double m_yMinimum = -1.0;
    double m_yMaximum = 1.0;
};

} // namespace relulab
