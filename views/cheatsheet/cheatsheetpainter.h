#pragma once

#include "cheatsheet/cheatsheetfacts.h"
#include "cheatsheet/cheatsheetplot.h"
#include "cheatsheet/cheatsheetworksheet.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace relulab {

class LabModel;
class Teaching;

// Paints the printable family cheat sheet: a header naming the current parameters, one block
// per family (name, subtitle, tagline, formulas, a vector plot of output and slope with the
// three zones, key facts, framework classes, when to choose it and what to watch out for) and
// a footer with date, version and page number. The same routine serves the print preview, the
// printer and PDF export.
//
// Layout works in points. A printable area narrower than kCardLayoutWidth (portrait) gets one
// family per full-width band; a wider one (landscape) gets a grid of three cards per row when
// every card fits a page with its type at full size, else bands across the page too: a card is
// never drawn smaller than the sheet's type sizes. Blocks are measured, not assumed, so longer
// languages flow onto a further page instead of clipping.
class CheatSheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(relulab::CheatSheetPainter)

public:
    static constexpr qreal kCardLayoutWidth = 640.0;

    // `families`: the ids to print, in that order; empty: the default comparison set (the seed
    // families). The at-a-glance table lists the same families.
    CheatSheetPainter(const LabModel &model, const Teaching &teaching, const QStringList &families = {});

    // One "Key facts" line, "Output range: [0, ∞)", punctuated for `locale`'s language; the first
    // labelLength characters are the label (drawn bold).
    struct KeyFact
    {
        QString line;
        int labelLength = 0;
    };
    static QList<KeyFact> keyFacts(const FamilyFactTexts &facts, const QLocale &locale);

    // The date printed in the footer (today unless set).
    void setDate(const QDate &date) { m_date = date; }

    // Lays the sheet out for a printable area of `area` points, measuring text on `device`;
    // returns the number of pages.
    int layout(const QSizeF &area, QPaintDevice *device);
    int pageCount() const { return m_pages.size(); }

    // Paints page `page` (from 0) into `target`, given in the painter's coordinates, scaled to
    // fit while keeping its proportions. Lays out first if layout() was not called.
    void paintPage(QPainter *painter, const QRectF &target, int page);

    // One family's content, prepared once per layout.
    struct Block
    {
        QString id;
        QString name;
        QColor color;
        QString subtitle;
        QString tagline;
        QString summary;
        QString chooseWhen;
        QString watchOut;
        FamilyFactTexts facts;
        CheatSheetPlot plot;
        qreal plotExtra = 0.0; // points added to the plot's height to fill its page
    };
    struct Row
    {
        enum Kind { Families, Glance, Worksheet };
        Kind kind = Families;
        QList<int> blocks; // the families of a Families row
        qreal height = 0.0;
        qreal growth = 0.0; // how much taller its plots can make it (kMaximumExtraPlotHeight each)
    };
    struct Page
    {
        QList<Row> rows;
        qreal scale = 1.0; // below 1 only when a single row is taller than the page
    };

private:
    qreal drawBlock(QPainter *painter, const Block &block, const QRectF &rect) const;
    // A band's sections by column, and the columns' shares of the width.
    struct BandLayout
    {
        QList<QList<int>> columns;
        QList<qreal> fractions;
    };
    BandLayout bandLayout(const Block &block, qreal innerWidth) const;
    qreal drawColumn(QPainter *painter, const Block &block, const QList<int> &sections, const QPointF &topLeft,
                     qreal width) const;
    qreal drawSection(QPainter *painter, const Block &block, int section, const QPointF &topLeft, qreal width) const;
    qreal drawHeader(QPainter *painter, const QRectF &rect, bool firstPage) const;
    qreal drawGlance(QPainter *painter, const QRectF &rect) const;
    CheatSheetWorksheet worksheet() const;
    QList<Page> balancedPages(const QList<Row> &rows, int pageCount) const;
    qreal available(int page) const;
    // The grid slots right of `cards` cards in a row of cards, from `top`, `height` tall.
    QRectF freeSlots(int cards, qreal top, qreal height) const;
    static qreal used(const Page &page);
    void drawFooter(QPainter *painter, const QRectF &rect, int page) const;
    qreal paragraph(QPainter *painter, const QString &text, qreal size, const QPointF &topLeft, qreal width,
                    int boldPrefix = 0, bool italic = false, bool mono = false) const;
    qreal tallestBlock() const; // at the least plot height
    // On a landscape page the last page's plots leave the worksheet its least room.
    bool keepsWorksheetRoom() const { return m_area.width() >= kCardLayoutWidth; }
    bool cards() const { return m_blocksPerRow > 1; }
    int blocksPerRow() const { return m_blocksPerRow; }
    qreal blockWidth() const; // a band's or a card's width, in points

    const LabModel &m_model;
    const Teaching &m_teaching;
    QStringList m_families;
    QDate m_date = QDate::currentDate();
    QSizeF m_area;
    int m_blocksPerRow = 1;
    QPaintDevice *m_device = nullptr;
    QList<Block> m_blocks;
    QList<Page> m_pages;
    qreal m_firstHeaderHeight = 0.0;
    qreal m_otherHeaderHeight = 0.0;
    // The comparison table goes in the free grid slots of the last row of cards, else in a row of its own.
    bool m_glanceInSlot = false;
    qreal m_glanceHeight = 0.0;
    CheatSheetWorksheet::Shape m_worksheetShape; // the "Your turn" table on the last page; row height 0: none
    bool m_worksheetInSlot = false;              // below the comparison table in the free slots
};

} // namespace relulab
