#include "cheatsheet/cheatsheetpainter.h"

#include "cheatsheet/cheatsheettype.h"

#include "family.h"
#include "widgets/labstyle.h"
#include "labmodel.h"
#include "localepunctuation.h"
#include "widgets/mathtext.h"
#include "teaching.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTextLayout>

#include <algorithm>
#include <limits>

namespace relulab {
namespace {

using namespace sheet;

// Layout sizes in points.
constexpr qreal kBarWidth = 4.0;
constexpr qreal kSectionGap = 6.0;
constexpr qreal kRowGap = 10.0;
constexpr qreal kMaximumExtraRowGap = 24.0;
// How much taller a plot may grow to fill a page: about as tall as its band column is wide, or,
// on a page that nothing else can fill, about a quarter taller than wide.
constexpr qreal kMaximumExtraPlotHeight = 110.0;
constexpr qreal kTallestExtraPlotHeight = 150.0;
constexpr qreal kColumnGap = 12.0;
constexpr qreal kFooterHeight = 16.0;
constexpr qreal kBandPlotHeight = 62.0; // the least: a page's room left over makes it taller
constexpr qreal kCardPlotHeight = 86.0;

enum Section { Identity, Plot, Formulas, Facts, Code, Prose };

QColor readableOn(const QColor &color)
{
    return color.darker(150);
}

// Breaks a call such as torch.nn.Softplus(beta=1.0, threshold=20.0) after "(" and ", " when it
// is wider than `width`, so that it never splits inside a name or a number.
QString breakCode(const QString &code, const PointMetrics &metrics, qreal width)
{
    QStringList pieces;
    int start = 0;
    for (int i = 0; i < code.size(); ++i) {
        if (code.at(i) == QLatin1Char('(') || (code.at(i) == QLatin1Char(' ') && i > 0 && code.at(i - 1) == QLatin1Char(','))) {
            pieces.append(code.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    pieces.append(code.mid(start));
    QString result;
    QString line;
    for (const QString &piece : pieces) {
        if (!line.isEmpty() && metrics.horizontalAdvance(line + piece) > width) {
            result += line.trimmed() + QChar(QChar::LineSeparator) + QStringLiteral("  ");
            line.clear();
        }
        line += piece;
    }
    return result + line;
}

QString textOr(const Teaching &teaching, const QString &key, const QString &fallback)
{
    const QString text = teaching.text(key);
    return text.isEmpty() ? fallback : text;
}

} // namespace

CheatSheetPainter::CheatSheetPainter(const LabModel &model, const Teaching &teaching, const QStringList &families)
    : m_model(model)
    , m_teaching(teaching)
    , m_families(families.isEmpty() ? FamilyCatalog::seedIds() : families)
{
}

qreal CheatSheetPainter::paragraph(QPainter *painter, const QString &text, qreal size, const QPointF &topLeft,
                                   qreal width, int boldPrefix, bool italic, bool mono) const
{
    TextStyle style;
    style.size = size;
    style.italic = italic;
    style.mono = mono;
    style.color = italic ? kSecondary : kInk;
    return wrappedText(painter, m_device, text, style, topLeft, width, boldPrefix);
}

QList<CheatSheetPainter::KeyFact> CheatSheetPainter::keyFacts(const FamilyFactTexts &facts, const QLocale &locale)
{
    const QList<QPair<QString, QString>> rows = {
        {tr("Output range"), facts.outputRange},
        {tr("Slope left of 0"), facts.negativeSlope},
        {tr("Slope at 0"), facts.slopeAtZero},
    };
    QList<KeyFact> lines;
    for (const auto &[label, value] : rows) {
        const QString line = punctuation::labelled(label, value, locale);
        // The label with its colon is bold; the space after the colon and the value are not.
        lines.append({line, int(line.size() - value.size() - 1)});
    }
    return lines;
}

int CheatSheetPainter::layout(const QSizeF &area, QPaintDevice *device)
{
    m_area = area;
    m_device = device;
    m_blocks.clear();
    m_pages.clear();

    const QLocale locale(m_teaching.language());
    const QPalette paper(Qt::white, Qt::white); // paper is light whatever the screen's theme
    for (const QString &id : std::as_const(m_families)) {
        const FamilySpec *family = FamilyCatalog::find(id);
        if (!family)
            continue; // the command line and the print companion only pass catalog ids
        const FamilySpec &spec = *family;
        const QString key = QStringLiteral("families.") % spec.id % QLatin1Char('.');
        m_blocks.append(Block{spec.id, spec.displayName, style::familyColor(spec.id, paper),
                              m_teaching.text(key % QStringLiteral("subtitle")),
                              m_teaching.text(key % QStringLiteral("tagline")),
                              m_teaching.text(key % QStringLiteral("summary")),
                              m_teaching.text(key % QStringLiteral("chooseWhen")),
                              m_teaching.text(key % QStringLiteral("watchOut")),
                              CheatSheetFacts::forFamily(m_model, spec.id, locale), CheatSheetPlot(m_model, spec.id)});
    }

    m_firstHeaderHeight = drawHeader(nullptr, QRectF(QPointF(0, 0), area), true);
    m_otherHeaderHeight = drawHeader(nullptr, QRectF(QPointF(0, 0), area), false);
    // Landscape: three cards per row, unless a card is taller than a page. Drawn smaller, its type
    // would fall below the sheet's sizes (to about 6.3 pt: with the shipped teaching texts a card
    // needs 430 to 570 pt against 410 to 500), so the families are set as bands across the page
    // instead, which hold the same text at full size in about 180 pt.
    m_blocksPerRow = area.width() >= kCardLayoutWidth ? 3 : 1;
    if (cards() && tallestBlock() > std::min(available(0), available(1)))
        m_blocksPerRow = 1;

    // Rows: one band each, or three cards side by side.
    const int perRow = blocksPerRow();
    const qreal blockWidth = this->blockWidth();
    const auto rowHeight = [&](const Row &row) {
        if (row.kind != Row::Families)
            return row.height;
        qreal height = 0.0;
        for (int i : row.blocks)
            height = std::max(height, drawBlock(nullptr, m_blocks[i], QRectF(0, 0, blockWidth, area.height())));
        return height;
    };
    QList<Row> rows;
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (i % perRow == 0)
            rows.append(Row());
        rows.last().blocks.append(i);
    }
    for (Row &row : rows)
        row.height = rowHeight(row);

    // The comparison table: in the free slots of the last row of cards, else a row of its own
    // that pages like the others, so it is always printed.
    m_glanceInSlot = cards() && !rows.isEmpty() && rows.last().blocks.size() < perRow;
    if (m_glanceInSlot) {
        m_glanceHeight = drawGlance(nullptr, freeSlots(rows.last().blocks.size(), 0.0, area.height()));
        m_glanceInSlot = m_glanceHeight <= rows.last().height;
    }
    if (!m_glanceInSlot) {
        m_glanceHeight = drawGlance(nullptr, QRectF(QPointF(0, 0), area));
        rows.append(Row{Row::Glance, {}, m_glanceHeight});
    }

    // Each family row can grow by its plots' extra height; the balance below counts on it.
    for (Row &row : rows) {
        if (row.kind != Row::Families)
            continue;
        for (int i : std::as_const(row.blocks))
            m_blocks[i].plotExtra = kMaximumExtraPlotHeight;
        row.growth = rowHeight(row) - row.height;
        for (int i : std::as_const(row.blocks))
            m_blocks[i].plotExtra = 0.0;
    }

    // As few pages as filling them in order needs, with the rows spread so that each is used fully.
    int pageCount = 0;
    qreal filled = 0.0;
    for (const Row &row : std::as_const(rows)) {
        if (pageCount == 0 || (filled > 0 && filled + kRowGap + row.height > available(pageCount - 1))) {
            ++pageCount;
            filled = -kRowGap;
        }
        filled += kRowGap + row.height;
    }
    m_pages = balancedPages(rows, pageCount);
    // A page with room left gives it to its plots (taller curves read better than white space):
    // up to square plots first; taller ones only where nothing else can take the room.
    const auto growPlots = [&](int p, qreal most, qreal reserve = 0.0) {
        Page &page = m_pages[p];
        const qreal room = available(p) - reserve;
        const auto setExtra = [&](qreal extra) {
            for (Row &row : page.rows) {
                for (int i : std::as_const(row.blocks))
                    m_blocks[i].plotExtra = extra;
                row.height = rowHeight(row);
            }
        };
        if (used(page) > room)
            return;
        // The largest extra that still fits, found by bisection.
        qreal low = 0.0;
        qreal high = most;
        setExtra(high);
        if (used(page) <= room)
            low = high;
        for (int step = 0; step < 12 && high - low > 0.5; ++step) {
            const qreal middle = (low + high) / 2;
            setExtra(middle);
            (used(page) <= room ? low : high) = middle;
        }
        setExtra(low);
    };
    for (int p = 0; p + 1 < m_pages.size(); ++p)
        growPlots(p, kTallestExtraPlotHeight);
    // Room the plots do not take on the last page goes to the "Your turn" worksheet. On a landscape
    // page the plots first leave the worksheet its least room where the page has it: landscape
    // plots are short and wide, and growing them would only push the worksheet off the page and
    // leave its room blank. (Portrait plots take their room first, as they always did.)
    if (!m_pages.isEmpty()) {
        const int last = m_pages.size() - 1;
        const qreal least = worksheet().smallestHeight(device, area.width()) + kRowGap + 1.0; // 1: rounding
        const bool reserve = keepsWorksheetRoom() && !m_glanceInSlot && available(last) - used(m_pages[last]) >= least;
        growPlots(last, kMaximumExtraPlotHeight, reserve ? least : 0.0);
    }
    m_worksheetShape = {};
    m_worksheetInSlot = false;
    if (m_glanceInSlot) { // below the table, in the free slots of the last row of cards
        const Row &row = m_pages.last().rows.last();
        const qreal room = row.height - m_glanceHeight - kRowGap;
        m_worksheetShape = worksheet().shapeFor(device, freeSlots(row.blocks.size(), 0, room).width(), room);
        m_worksheetInSlot = m_worksheetShape.rowHeight > 0;
    } else if (!m_pages.isEmpty()) {
        Page &last = m_pages.last();
        const qreal room = available(m_pages.size() - 1) - used(last) - kRowGap;
        const CheatSheetWorksheet sheet = worksheet();
        m_worksheetShape = room > 0 ? sheet.shapeFor(device, area.width(), room) : CheatSheetWorksheet::Shape();
        if (m_worksheetShape.rowHeight > 0)
            last.rows.append(Row{Row::Worksheet, {}, sheet.draw(nullptr, device, QRectF(QPointF(0, 0), area), m_worksheetShape)});
    }
    if (!m_pages.isEmpty()) // what the worksheet left, or all its room if there is none
        growPlots(m_pages.size() - 1, kTallestExtraPlotHeight);
    // A row taller than a page (very long text) is drawn smaller rather than over the footer.
    for (int i = 0; i < m_pages.size(); ++i) {
        const qreal need = used(m_pages[i]);
        if (need > available(i))
            m_pages[i].scale = available(i) / need;
    }
    return m_pages.size();
}

qreal CheatSheetPainter::tallestBlock() const
{
    qreal tallest = 0.0;
    for (const Block &block : m_blocks)
        tallest = std::max(tallest, drawBlock(nullptr, block, QRectF(0, 0, blockWidth(), m_area.height())));
    return tallest;
}

qreal CheatSheetPainter::blockWidth() const
{
    return (m_area.width() - (blocksPerRow() - 1) * kColumnGap) / blocksPerRow();
}

QRectF CheatSheetPainter::freeSlots(int cards, qreal top, qreal height) const
{
    const qreal left = cards * (blockWidth() + kColumnGap);
    return QRectF(left, top, m_area.width() - left, height);
}

qreal CheatSheetPainter::available(int page) const
{
    return m_area.height() - (page == 0 ? m_firstHeaderHeight : m_otherHeaderHeight) - kFooterHeight - kRowGap;
}

qreal CheatSheetPainter::used(const Page &page)
{
    qreal total = 0.0;
    for (const Row &row : page.rows)
        total += row.height + kRowGap;
    return total - kRowGap; // rows have gaps between them, not after the last
}

QList<CheatSheetPainter::Page> CheatSheetPainter::balancedPages(const QList<Row> &rows, int pageCount) const
{
    // Every way to cut the rows, in order, into pageCount pages (a few hundred at most, for twelve
    // families) is scored by the room that would stay blank on its emptiest page: room its plots
    // cannot take, and on the last page room the worksheet cannot take either.
    const CheatSheetWorksheet sheet = worksheet();
    const qreal smallestSheet = sheet.smallestHeight(m_device, m_area.width()) + kRowGap;
    const qreal largestSheet = sheet.largestHeight(m_device, m_area.width()) + kRowGap;
    const auto blank = [&](int p, int first, int end) {
        qreal room = available(p) + kRowGap;
        qreal growth = 0.0;
        for (int r = first; r < end; ++r) {
            room -= rows[r].height + kRowGap;
            growth += rows[r].growth;
        }
        if (first == end || (room < 0 && end - first > 1))
            return std::numeric_limits<qreal>::infinity(); // does not fit
        if (room < 0)
            return 0.0; // a single row taller than a page: drawn smaller, below
        if (p == pageCount - 1 && keepsWorksheetRoom() && room >= smallestSheet)
            return std::max(0.0, room - growth - largestSheet); // the worksheet is kept its room
        room = std::max(0.0, room - growth);
        if (p == pageCount - 1 && room >= smallestSheet)
            room = std::max(0.0, room - largestSheet);
        return room;
    };
    QList<int> starts(pageCount, 0); // the first row of each page
    QList<int> best;
    qreal bestWorst = std::numeric_limits<qreal>::infinity();
    qreal bestTotal = std::numeric_limits<qreal>::infinity();
    const auto search = [&](const auto &self, int p, int first) -> void {
        starts[p] = first;
        if (p == pageCount - 1) {
            qreal worst = 0.0;
            qreal total = 0.0;
            for (int q = 0; q < pageCount; ++q) {
                const qreal room = blank(q, starts[q], q + 1 < pageCount ? starts[q + 1] : int(rows.size()));
                worst = std::max(worst, room);
                total += room;
            }
            if (worst < bestWorst - 0.5 || (worst < bestWorst + 0.5 && total < bestTotal - 0.5)) {
                bestWorst = worst;
                bestTotal = total;
                best = starts;
            }
            return;
        }
        for (int next = first + 1; next < rows.size(); ++next)
            self(self, p + 1, next);
    };
    if (pageCount > 0)
        search(search, 0, 0);

    QList<Page> pages;
    for (int p = 0; p < pageCount; ++p)
        pages.append(Page{rows.mid(best[p], (p + 1 < pageCount ? best[p + 1] : int(rows.size())) - best[p]), 1.0});
    return pages;
}

CheatSheetWorksheet CheatSheetPainter::worksheet() const
{
    QList<CheatSheetWorksheet::Family> families;
    for (const Block &block : m_blocks)
        families.append({block.name, block.color, !block.facts.smoothAtZero});
    return CheatSheetWorksheet(families, QLocale(m_teaching.language()));
}

void CheatSheetPainter::paintPage(QPainter *painter, const QRectF &target, int page)
{
    QPaintDevice *device = painter->device();
    if (m_pages.isEmpty() || m_device != device) {
        const qreal toPoints = 72.0 / std::max(1, device->logicalDpiX());
        layout(m_area.isEmpty() ? target.size() * toPoints : m_area, device);
    }
    if (page < 0 || page >= m_pages.size())
        return;

    painter->save();
    painter->translate(target.topLeft());
    const qreal scale = std::min(target.width() / m_area.width(), target.height() / m_area.height());
    painter->scale(scale, scale);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const qreal headerHeight = drawHeader(painter, QRectF(QPointF(0, 0), m_area), page == 0);
    const Page &current = m_pages[page];
    const qreal blockWidth = this->blockWidth();
    const bool lastPage = page == m_pages.size() - 1;
    qreal used = 0.0;
    for (const Row &row : current.rows)
        used += row.height;
    const qreal room = m_area.height() - headerHeight - kFooterHeight - kRowGap - used;
    const qreal gap = kRowGap + std::clamp(room / std::max<qreal>(1, current.rows.size()) - kRowGap, 0.0, kMaximumExtraRowGap);
    painter->save();
    painter->translate(m_area.width() * (1 - current.scale) / 2, headerHeight + kRowGap);
    painter->scale(current.scale, current.scale);
    qreal y = 0.0;
    for (const Row &row : current.rows) {
        if (row.kind == Row::Glance)
            drawGlance(painter, QRectF(0, y, m_area.width(), row.height));
        else if (row.kind == Row::Worksheet)
            worksheet().draw(painter, m_device, QRectF(0, y, m_area.width(), row.height), m_worksheetShape);
        for (int i = 0; i < row.blocks.size(); ++i) {
            const QRectF rect(i * (blockWidth + kColumnGap), y, blockWidth, row.height);
            drawBlock(painter, m_blocks[row.blocks[i]], rect);
        }
        if (lastPage && m_glanceInSlot && &row == &current.rows.last()) {
            const QRectF spare = freeSlots(row.blocks.size(), y, row.height);
            if (m_worksheetInSlot) {
                drawGlance(painter, QRectF(spare.topLeft(), QSizeF(spare.width(), m_glanceHeight)));
                worksheet().draw(painter, m_device, spare.adjusted(0, m_glanceHeight + kRowGap, 0, 0), m_worksheetShape);
            } else {
                drawGlance(painter, spare);
            }
        }
        y += row.height + gap;
    }
    painter->restore();
    drawFooter(painter, QRectF(0, m_area.height() - kFooterHeight, m_area.width(), kFooterHeight), page);
    painter->restore();
}

qreal CheatSheetPainter::drawBlock(QPainter *painter, const Block &block, const QRectF &rect) const
{
    const bool card = cards();
    const QRectF inner = card ? rect.adjusted(kPadding, kBarWidth + kPadding, -kPadding, -kPadding)
                              : rect.adjusted(kBarWidth + kPadding, kPadding, -kPadding, -kPadding);
    QList<QList<int>> columns;
    QList<qreal> fractions;
    if (card) {
        columns = {{Identity, Plot, Formulas, Facts, Code, Prose}};
        fractions = {1.0};
    } else if (block.summary.isEmpty() && block.chooseWhen.isEmpty() && block.watchOut.isEmpty()) {
        columns = {{Identity, Plot}, {Formulas, Facts, Code}}; // no teaching text: no empty column
        fractions = {0.45, 0.55};
    } else {
        const BandLayout band = bandLayout(block, inner.width());
        columns = band.columns;
        fractions = band.fractions;
    }
    const qreal spread = inner.width() - (columns.size() - 1) * kColumnGap;

    if (painter) {
        painter->save();
        QPainterPath outline;
        outline.addRoundedRect(rect, 4, 4);
        painter->fillPath(outline, Qt::white);
        painter->setClipPath(outline);
        painter->fillRect(card ? QRectF(rect.topLeft(), QSizeF(rect.width(), kBarWidth))
                               : QRectF(rect.topLeft(), QSizeF(kBarWidth, rect.height())),
                          block.color);
        painter->setClipping(false);
        painter->setPen(QPen(kRule, 0.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
        painter->restore();
    }

    qreal height = 0.0;
    qreal x = inner.left();
    for (int c = 0; c < columns.size(); ++c) {
        const qreal width = spread * fractions[c];
        if (painter && c > 0) {
            painter->setPen(QPen(kRule.lighter(110), 0.5));
            painter->drawLine(QPointF(x - kColumnGap / 2, inner.top()), QPointF(x - kColumnGap / 2, inner.bottom()));
        }
        height = std::max(height, drawColumn(painter, block, columns[c], QPointF(x, inner.top()), width));
        x += width + kColumnGap;
    }
    return height + (rect.height() - inner.height());
}

CheatSheetPainter::BandLayout CheatSheetPainter::bandLayout(const Block &block, qreal innerWidth) const
{
    // The lowest band among a few arrangements: the code examples under the plot or under the
    // facts, and the prose column (often the longest) narrow or wide.
    const qreal spread = innerWidth - 2 * kColumnGap;
    const QList<QList<qreal>> widths = {{0.34, 0.33, 0.33}, {0.31, 0.32, 0.37}, {0.28, 0.31, 0.41}};
    const QList<QList<QList<int>>> arrangements = {{{Identity, Plot}, {Formulas, Facts, Code}, {Prose}},
                                                   {{Identity, Plot, Code}, {Formulas, Facts}, {Prose}}};
    BandLayout best;
    qreal lowest = std::numeric_limits<qreal>::infinity();
    for (const QList<qreal> &fractions : widths) {
        for (const QList<QList<int>> &columns : arrangements) {
            qreal height = 0.0;
            for (int c = 0; c < columns.size(); ++c) {
                height = std::max(height, drawColumn(nullptr, block, columns[c], QPointF(), spread * fractions[c]));
            }
            if (height < lowest - 0.5) { // a clear gain only: the first, balanced layout is the default
                lowest = height;
                best = {columns, fractions};
            }
        }
    }
    return best;
}

qreal CheatSheetPainter::drawColumn(QPainter *painter, const Block &block, const QList<int> &sections,
                                    const QPointF &topLeft, qreal width) const
{
    qreal y = topLeft.y();
    bool first = true;
    for (const int section : sections) {
        const qreal height = drawSection(painter, block, section, QPointF(topLeft.x(), y + (first ? 0 : kSectionGap)), width);
        if (height > 0) {
            y += height + (first ? 0 : kSectionGap);
            first = false;
        }
    }
    return y - topLeft.y();
}

qreal CheatSheetPainter::drawSection(QPainter *painter, const Block &block, int section, const QPointF &topLeft,
                                     qreal width) const
{
    const qreal x = topLeft.x();
    qreal y = topLeft.y();
    TextStyle heading;
    heading.size = kSmallSize;
    heading.color = kHeading;
    heading.bold = true;
    const auto headingLine = [&](const QString &text) {
        y += wrappedText(painter, m_device, text, heading, QPointF(x, y), width) + 1.5;
    };

    switch (section) {
    case Identity: {
        QFont nameFont = fontAtPoints(baseFont(false), kNameSize, m_device);
        nameFont.setBold(true);
        const PointMetrics nameMetrics(nameFont, m_device);
        const qreal nameWidth = nameMetrics.horizontalAdvance(block.name);
        if (painter) {
            painter->setFont(nameFont);
            painter->setPen(kInk);
            drawPointText(painter, QPointF(x, y + nameMetrics.ascent()), block.name);
        }
        // The current parameters as a chip beside the name, or under it when there is no room.
        if (!block.facts.parameters.isEmpty()) {
            const QFont chipFont = fontAtPoints(baseFont(false), kBodySize, m_device);
            const PointMetrics chipMetrics(chipFont, m_device);
            const qreal chipWidth = chipMetrics.horizontalAdvance(block.facts.parameters) + 8;
            const qreal chipHeight = chipMetrics.height() + 2;
            QPointF chip(x + nameWidth + 6, y + (nameMetrics.height() - chipHeight) / 2);
            if (chip.x() + chipWidth > x + width) {
                chip = QPointF(x, y + nameMetrics.height() + 2);
                y += chipHeight + 2;
            }
            if (painter) {
                const QRectF box(chip, QSizeF(chipWidth, chipHeight));
                painter->setPen(QPen(block.color, 0.7));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(box, chipHeight / 2, chipHeight / 2);
                painter->setFont(chipFont);
                painter->setPen(readableOn(block.color));
                drawPointText(painter, box, Qt::AlignCenter, block.facts.parameters);
            }
        }
        y += nameMetrics.height();
        TextStyle subtitle;
        subtitle.size = kBodySize + 0.4;
        subtitle.italic = true;
        subtitle.color = kSecondary;
        if (!block.subtitle.isEmpty())
            y += 1 + wrappedText(painter, m_device, block.subtitle, subtitle, QPointF(x, y + 1), width);
        TextStyle tagline;
        tagline.color = readableOn(block.color);
        tagline.bold = true;
        if (!block.tagline.isEmpty())
            y += 1 + wrappedText(painter, m_device, block.tagline, tagline, QPointF(x, y + 1), width);
        break;
    }
    case Plot: {
        const qreal height = (cards() ? kCardPlotHeight : kBandPlotHeight) + block.plotExtra;
        if (painter) {
            CheatSheetPlot::Style style;
            style.curve = block.color;
            style.font = baseFont(false);
            style.locale = QLocale(m_teaching.language());
            style.labelSize = kSmallSize; // no text on the sheet is smaller
            block.plot.paint(painter, QRectF(x, y, width, height), style);
        }
        y += height;
        break;
    }
    case Formulas: {
        const QFont serif = baseFont(false, true);
        for (const QString &line : block.facts.formulas) {
            MathText math(line, serif, kFormulaSize);
            const qreal natural = math.width(m_device);
            if (natural > width) // a long formula shrinks rather than running out of its column
                math = MathText(line, serif, kFormulaSize * width / natural);
            y += math.ascent(m_device);
            if (painter) {
                painter->setPen(kInk);
                math.draw(painter, QPointF(x, y));
            }
            y += math.descent(m_device) + 2.5;
        }
        if (!block.facts.formulaNote.isEmpty())
            y += paragraph(painter, block.facts.formulaNote, kSmallSize, QPointF(x, y), width, 0, true);
        break;
    }
    case Facts: {
        headingLine(tr("Key facts"));
        for (const KeyFact &fact : keyFacts(block.facts, QLocale(m_teaching.language())))
            y += paragraph(painter, fact.line, kBodySize, QPointF(x, y), width, fact.labelLength) + 1.5;
        break;
    }
    case Code: {
        headingLine(tr("In code (with their defaults)"));
        const QList<QPair<QString, QString>> rows = {{tr("PyTorch"), block.facts.pytorch},
                                                     {tr("Keras / TensorFlow"), block.facts.keras}};
        const PointMetrics mono(fontAtPoints(baseFont(true), kSmallSize, m_device), m_device);
        for (const auto &[label, code] : rows) {
            y += paragraph(painter, label, kSmallSize, QPointF(x, y), width, label.size()) + 0.5;
            y += paragraph(painter, breakCode(code, mono, width - 4), kSmallSize, QPointF(x + 4, y), width - 4, 0,
                           false, true) + 2;
        }
        if (!block.facts.kerasNote.isEmpty())
            y += paragraph(painter, block.facts.kerasNote, kSmallSize, QPointF(x, y), width, 0, true);
        break;
    }
    case Prose: {
        bool any = false;
        if (!block.summary.isEmpty()) {
            y += paragraph(painter, block.summary, kBodySize, QPointF(x, y), width);
            any = true;
        }
        const QList<QPair<QString, QString>> parts = {{tr("Choose it when"), block.chooseWhen},
                                                      {tr("Watch out for"), block.watchOut}};
        for (const auto &[label, text] : parts) {
            if (text.isEmpty())
                continue;
            if (any)
                y += 4;
            headingLine(label);
            y += paragraph(painter, text, kBodySize, QPointF(x, y), width);
            any = true;
        }
        break;
    }
    }
    return y - topLeft.y();
}

qreal CheatSheetPainter::drawHeader(QPainter *painter, const QRectF &rect, bool firstPage) const
{
    const QString labTitle = textOr(m_teaching, QStringLiteral("lab.title"), tr("ReLU Family Lab"));
    const QString title = tr("%1: the family cheat sheet").arg(labTitle);
    qreal y = rect.top();
    const qreal x = rect.left();
    const qreal width = rect.width();
    if (!firstPage) {
        TextStyle running;
        running.size = kBodySize + 1;
        running.bold = true;
        running.color = kHeading;
        y += wrappedText(painter, m_device, title, running, QPointF(x, y), width) + 3;
        if (painter) {
            painter->setPen(QPen(kRule, 0.6));
            painter->drawLine(QPointF(x, y), QPointF(x + width, y));
        }
        return y - rect.top();
    }

    TextStyle big;
    big.size = kTitleSize;
    big.bold = true;
    y += wrappedText(painter, m_device, title, big, QPointF(x, y), width) + 2;
    const QString tagline = m_teaching.text(QStringLiteral("lab.tagline"));
    if (!tagline.isEmpty())
        y += paragraph(painter, tagline, kBodySize + 1.2, QPointF(x, y), width, 0, true) + 2;

    // The parameters the sheet was drawn with, in a panel: a teacher's settings are the point.
    // Families without parameters (ReLU, Tanh, …) have none to name: no panel then.
    const QString summary = CheatSheetFacts::parameterSummary(m_model, QLocale(m_teaching.language()), m_families);
    if (!summary.isEmpty()) {
        y += 3;
        const QString label = tr("Drawn with the current parameters:");
        const QString parameters = label % QLatin1Char(' ') % summary;
        const qreal textHeight = paragraph(nullptr, parameters, kBodySize, QPointF(), width - 12, label.size());
        if (painter) {
            painter->save();
            painter->setPen(Qt::NoPen);
            painter->setBrush(kPanel);
            painter->drawRoundedRect(QRectF(x, y, width, textHeight + 8), 3, 3);
            painter->restore();
        }
        paragraph(painter, parameters, kBodySize, QPointF(x + 6, y + 4), width - 12, label.size());
        y += textHeight + 8 + 5;
    }

    // Legend: how to read every plot, flowing onto a second line when narrow.
    const QFont legendFont = fontAtPoints(baseFont(false), kSmallSize, m_device);
    const PointMetrics metrics(legendFont, m_device);
    const QColor sample = kSecondary;
    const auto zoneLabel = [&](style::Zone zone, const QString &fallback, const QString &where) -> QString {
        return textOr(m_teaching, QStringLiteral("zones.") % style::zoneId(zone) % QStringLiteral(".title"), fallback)
            % QLatin1Char(' ') % where;
    };
    struct Item
    {
        int kind; // 0 solid line, 1 dashed line, 2 dot, 3 zone swatch, 4 hollow diamond
        QString text;
        QColor color;
    };
    const QList<Item> items = {
        {0, tr("output f(x)"), sample},
        {1, tr("slope f′(x): what multiplies the gradient"), sample},
        {4, tr("kink"), sample},
        {2, tr("slope at a kink (PyTorch)"), sample},
        {3, zoneLabel(style::Zone::Negative, tr("Negative side"), QStringLiteral("(x < −1)")),
         CheatSheetPlot::zoneTint(style::Zone::Negative, Qt::white)},
        {3, zoneLabel(style::Zone::Hinge, tr("Hinge"), QStringLiteral("(|x| ≤ 1)")), CheatSheetPlot::zoneTint(style::Zone::Hinge, Qt::white)},
        {3, zoneLabel(style::Zone::Positive, tr("Positive side"), QStringLiteral("(x > 1)")),
         CheatSheetPlot::zoneTint(style::Zone::Positive, Qt::white)},
    };
    const qreal swatch = 16.0;
    const qreal lineHeight = metrics.height() + 2;
    qreal lx = x;
    for (const Item &item : items) {
        const qreal itemWidth = swatch + 3 + metrics.horizontalAdvance(item.text) + 10;
        if (lx > x && lx + itemWidth > x + width) {
            lx = x;
            y += lineHeight;
        }
        if (painter) {
            painter->save();
            const qreal mid = y + lineHeight / 2;
            if (item.kind == 3) {
                painter->fillRect(QRectF(lx, mid - 4, swatch, 8), item.color);
                painter->setPen(QPen(kRule, 0.4));
                painter->drawRect(QRectF(lx, mid - 4, swatch, 8));
            } else if (item.kind == 4) {
                const QPointF at(lx + swatch / 2, mid);
                const qreal r = 2.6;
                painter->setPen(QPen(item.color, 0.8));
                painter->setBrush(Qt::white);
                painter->drawPolygon(QPolygonF({at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)}));
            } else if (item.kind == 2) {
                painter->setPen(QPen(item.color, 0.8));
                painter->setBrush(item.color);
                painter->drawEllipse(QPointF(lx + swatch / 2, mid), 1.8, 1.8);
            } else {
                painter->setPen(QPen(item.color, item.kind == 0 ? 1.4 : 1.1, item.kind == 0 ? Qt::SolidLine : Qt::DashLine));
                painter->drawLine(QPointF(lx, mid), QPointF(lx + swatch, mid));
            }
            painter->setFont(legendFont);
            painter->setPen(kSecondary);
            drawPointText(painter, QPointF(lx + swatch + 3, mid + metrics.ascent() / 2 - 0.8), item.text);
            painter->restore();
        }
        lx += itemWidth;
    }
    y += lineHeight + 3;
    if (painter) {
        painter->setPen(QPen(kRule, 0.6));
        painter->drawLine(QPointF(x, y), QPointF(x + width, y));
    }
    return y - rect.top();
}

qreal CheatSheetPainter::drawGlance(QPainter *painter, const QRectF &rect) const
{
    const QRectF inner = rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    qreal y = inner.top();
    TextStyle title;
    title.size = kBodySize + 2;
    title.bold = true;
    y += wrappedText(painter, m_device, tr("At a glance"), title, QPointF(inner.left(), y), inner.width()) + 4;

    const QStringList headers = {tr("Family"), tr("Output range"), tr("Slope at 0"), tr("Slope far left"),
                                 tr("Smooth at 0")};
    const QList<qreal> fractions = {0.24, 0.24, 0.15, 0.19, 0.18};
    const qreal cellGap = 4.0;
    const qreal spread = inner.width() - (fractions.size() - 1) * cellGap;
    const auto drawRow = [&](const QStringList &cells, const QColor &marker, bool header) {
        TextStyle style;
        style.size = kSmallSize;
        style.bold = header;
        style.color = header ? kHeading : kInk;
        qreal x = inner.left();
        qreal height = 0.0;
        for (int c = 0; c < cells.size(); ++c) {
            const qreal width = spread * fractions[c];
            qreal indent = 0.0;
            if (c == 0 && marker.isValid()) {
                indent = 7.0;
                if (painter)
                    painter->fillRect(QRectF(x, y + 1.5, 4, kSmallSize), marker);
            }
            TextStyle cell = style;
            cell.bold = header || c == 0;
            height = std::max(height, wrappedText(painter, m_device, cells[c], cell, QPointF(x + indent, y), width - indent));
            x += width + cellGap;
        }
        y += height + 3;
        if (painter) {
            painter->setPen(QPen(header ? kRule : kRule.lighter(112), header ? 0.6 : 0.4));
            painter->drawLine(QPointF(inner.left(), y - 1.5), QPointF(inner.right(), y - 1.5));
        }
        y += 1.5;
    };
    drawRow(headers, QColor(), true);
    for (const Block &block : m_blocks) {
        drawRow({block.name, block.facts.outputRange, block.facts.slopeAtZeroValue, block.facts.farLeftSlope,
                 block.facts.smoothAtZero ? tr("yes") : tr("no, a kink")},
                block.color, false);
    }
    y += 1;
    y += paragraph(painter,
                   tr("Slope far left: the slope at x = %1, the share of the gradient a strongly negative input passes "
                      "back. 0 means none at all; ≈ 0 means it fades but never quite vanishes.")
                       .arg(CheatSheetFacts::number(FamilyFacts::kFarLeft, QLocale(m_teaching.language()))),
                   kSmallSize, QPointF(inner.left(), y), inner.width(), 0, true);
    const qreal height = y - rect.top() + kPadding;
    if (painter) {
        painter->save();
        painter->setPen(QPen(kRule, 0.6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect.topLeft(), QSizeF(rect.width(), std::max(height, rect.height()))), 4, 4);
        painter->restore();
    }
    return height;
}

void CheatSheetPainter::drawFooter(QPainter *painter, const QRectF &rect, int page) const
{
    painter->save();
    painter->setPen(QPen(kRule, 0.6));
    painter->drawLine(rect.topLeft() + QPointF(0, 3), rect.topRight() + QPointF(0, 3));
    const QFont font = fontAtPoints(baseFont(false), kSmallSize, m_device);
    painter->setFont(font);
    painter->setPen(kSecondary);
    const QRectF text = rect.adjusted(0, 5, 0, 0);
    const QLocale locale(m_teaching.language());
    drawPointText(painter, text, Qt::AlignLeft | Qt::AlignVCenter,
                      tr("ReLU Family Lab %1").arg(QStringLiteral(RELULAB_VERSION)));
    drawPointText(painter, text, Qt::AlignHCenter | Qt::AlignVCenter, locale.toString(m_date, QLocale::LongFormat));
    drawPointText(painter, text, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(m_pages.size()));
    painter->restore();
}

} // namespace relulab
