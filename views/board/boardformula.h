#pragma once

#include "family.h"

#include <QStringList>
#include <QWidget>

#include <optional>

namespace relulab {

class LabModel;

// The active formula on the board: lines of MathText markup (views/widgets/mathtext.h), typeset
// as on the cheat sheet, side by side when they fit and one under the other when they do not.
// The lines are the catalog's formulas of the selected family, written at the probe with the
// current parameters, each followed by the reading ("f(−1.5) = max(0, −1.5) = 0"), in the
// widget's locale.
class BoardFormula : public QWidget
{
    Q_OBJECT

public:
    explicit BoardFormula(LabModel *model, QWidget *parent = nullptr);

    void setLines(const QStringList &markup);
    QStringList lines() const { return m_lines; }

    // Presenting, the formula is read from the back row: its type never gets smaller than
    // kLeastPresentedShare of the window's height, and the board reserves the rows that takes
    // for the longest family (its lines stacked or side by side, whichever draws them larger).
    void setPresenting(bool presenting);
    static constexpr qreal kLeastPresentedShare = 0.026;

    // The pixel size the type is drawn at now, after any scaling to fit, and the size of the
    // drawn lines (within the widget's).
    qreal drawnPixelSize() const;
    QSizeF drawnSize() const;

    // The parameter settings whose formulas the board reserves room for: the defaults, each
    // parameter's ends and its widest number. Every other setting's formula is no wider.
    static QList<ParameterValues> settingsToReserve(const FamilySpec &family);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        qreal width = 0.0;
        qreal ascent = 0.0;
        qreal descent = 0.0;
    };
    void refresh();
    QList<Line> measure() const;
    void measureLayoutLines(); // m_layoutWidths from m_layoutLines
    qreal fontPixels() const;
    // Rows of line indexes for `width`: all on one row when they fit.
    QList<QList<int>> rowsFor(int width, const QList<Line> &lines) const;
    // The ascent and descent of one row (its width unused).
    Line rowExtent(const QList<int> &row, const QList<Line> &lines) const;
    qreal heightOf(int width, const QList<Line> &lines) const;
    qreal rowHeight() const; // one row of the tallest shapes
    struct Layout
    {
        QList<QList<int>> rows;
        qreal scale = 1.0;
    };
    // How `lines` are drawn in a widget of `width` × `height`.
    Layout layoutFor(int width, qreal height, const QList<Line> &lines) const;
    Layout presentedLayoutFor(int width, qreal height, const QList<Line> &lines) const;
    Layout currentLayout() const; // of the current lines in this widget
    QSizeF inkOf(const Layout &layout, const QList<Line> &lines) const; // what it draws, scaled
    // Presenting, the smallest scale the type may take (see kLeastPresentedShare).
    qreal leastPresentedScale() const;
    // The height `lines` need in presentation at `width`, at the smallest scale.
    qreal presentedHeightOf(int width, const QList<Line> &lines) const;
    // The width and height of `rows` drawn at scale 1.
    QSizeF extentOf(const QList<QList<int>> &rows, const QList<Line> &lines) const;
    // Every catalog family's widest lines, measured: the board reserves the tallest.
    const QList<QList<Line>> &catalogLayouts() const;

    LabModel *m_model = nullptr;
    bool m_presenting = false;
    QStringList m_lines;
    QStringList m_layoutLines; // m_lines at the widest probe and reading: they choose the rows
    // Measured once per font and language (cleared in changeEvent()).
    mutable QList<QList<Line>> m_catalogLayouts;
    mutable std::optional<Line> m_tallestShapes;
    // measure() of the current lines: a layout pass and a paint ask for it several times per
    // frame, and typesetting was half of a probe step. Cleared whenever the lines or font change.
    mutable std::optional<QList<Line>> m_measured;
    QList<qreal> m_layoutWidths; // of m_layoutLines, measured when they or the font change
};

} // namespace relulab
