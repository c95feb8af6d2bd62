#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace relulab {

// "Your turn": a table of blank cells at the end of a cheat sheet that has room to spare, where a
// student writes each printed family's output f(x) and slope f′(x) at a few inputs before checking
// them in the lab. With up to three families each input is a row (and a family a pair of
// columns); with more, each family is a row. On a wide page the rows may stand in two tables
// side by side.
class CheatSheetWorksheet
{
    Q_DECLARE_TR_FUNCTIONS(relulab::CheatSheetWorksheet)

public:
    struct Family
    {
        QString name;
        QColor color;
        bool kinkAtZero = false; // its slope jumps at 0: the sheet asks which side the lab reports
    };
    // Rows are at least tall enough for handwriting (as narrow-ruled paper) and grow with the
    // page's room up to a limit (1.7 cm: room enough to write and correct a value; 36 pt left
    // the last page of nine families an eighth empty).
    static constexpr qreal kMinimumRowHeight = 16.0;
    static constexpr qreal kMaximumRowHeight = 48.0;

    // How the worksheet is set: its row height and how many tables share the rows.
    struct Shape
    {
        qreal rowHeight = 0.0; // 0: it does not fit
        int tables = 1;
        bool nearZeroOnly = false; // only the inputs from −1 to 1, where the page is narrow or its room short
    };

    CheatSheetWorksheet(const QList<Family> &families, const QLocale &locale);

    // Draws the worksheet in `rect` (or only measures it, without a painter); returns its height.
    qreal draw(QPainter *painter, QPaintDevice *device, const QRectF &rect, const Shape &shape) const;
    // The shape that fills `height` points best within the row limits and leaves each blank cell
    // room for a handwritten number: one table if it fits, else two on a wide page, else fewer
    // inputs (in two tables on a wide page); a row height of 0 when none fits.
    Shape shapeFor(QPaintDevice *device, qreal width, qreal height) const;
    // The least and the most height it can take at `width`.
    qreal smallestHeight(QPaintDevice *device, qreal width) const;
    qreal largestHeight(QPaintDevice *device, qreal width) const;

private:
    // The column groups (a pair of blank cells each) and the row labels; a colour marks a family.
    struct Grid
    {
        QStringList groups;
        QList<QColor> groupColors;
        QStringList rowLabels;
        QList<QColor> rowColors;
    };
    Grid grid(bool nearZeroOnly) const;
    bool inputsAreRows() const { return m_families.size() <= 3; }
    qreal cellWidth(QPaintDevice *device, qreal width, const Shape &shape) const;
    qreal drawTable(QPainter *painter, QPaintDevice *device, const Grid &grid, const QRectF &rect, int firstRow,
                    int endRow, qreal rowHeight) const;

    QList<Family> m_families;
    QLocale m_locale;
    QList<double> m_inputs;
};

} // namespace relulab
