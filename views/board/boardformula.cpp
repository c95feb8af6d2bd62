#include "board/boardformula.h"

#include "family.h"
#include "labmodel.h"
#include "localepunctuation.h"
#include "widgets/mathtext.h"
#include "widgets/numberformat.h"
#include "widgets/revealeffect.h"

#include <QEvent>
#include <QFontInfo>
#include <QPainter>
#include <QRegularExpression>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

constexpr qreal kSizeScale = 1.15; // a little larger than the text around it, like a display formula
constexpr int kGap = 28;           // between two formulas on one row, in pixels
constexpr int kRowGap = 4;
constexpr qreal kMostRows = 2.0;         // the board reserves at most this many formula rows
constexpr qreal kMostOfWindow = 0.12;    // and at most this share of the window's height
constexpr qreal kSmallestScale = 0.6;    // a formula shrinks no further to fit them
constexpr int kSignificant = 4; // numbers inside a formula: short, the readouts give three decimals
constexpr double kWidestProbe = -88.88; // as wide as a probe position within the usual zoom gets

QString number(double value, const QLocale &locale)
{
    return withMinusSign(locale.toString(value, 'g', kSignificant), locale);
}

// `line` ("f(%x) = ...") at x: bare where nothing can bind to its sign (an argument, after an
// opening bracket or an argument separator, in an exponent: max(0, −1.5), e^{−1.5}), elsewhere in parentheses
// when it is negative (0.01·(−1.5)), parameters as numbers.
QString atPoint(QString line, const FamilySpec &family, const ParameterValues &values, double x, const QLocale &locale)
{
    const QString bare = number(x, locale);
    line = punctuation::decimalsIn(line, locale); // the catalog's constants, before numbers go in
    // With a decimal comma, arguments are separated by semicolons: max(0; 1,5), never max(0, 1,5).
    if (locale.decimalPoint() == QStringLiteral(","))
        line.replace(QStringLiteral(", "), QStringLiteral("; "));
    static const QRegularExpression standsAlone(QStringLiteral("(?<=\\(|[,;] |\\{)%x"));
    line.replace(standsAlone, bare);
    // Symbols may stand side by side (βx, ½x); numbers may not (8 0,25 would read as 80,25).
    static const QRegularExpression juxtaposed(QStringLiteral("(?<=[0-9½}])%x"));
    line.replace(juxtaposed, QStringLiteral("·%x"));
    QStringList parameters;
    for (int i = 0; i < family.parameters.size(); ++i)
        parameters.append(number(values.value(i), locale));
    const QString inside = x < 0.0 ? QString(QLatin1Char('(') % bare % QLatin1Char(')')) : bare;
    return writeFormula(line, family, inside, parameters);
}

// The lines of `family`'s formulas at the widest probe and reading: they choose the rows, so a
// formula never moves to another row while the probe is dragged.
QStringList widestLines(const FamilySpec &family, const ParameterValues &values, const QLocale &locale)
{
    const FamilyFormula formula = familyFacts(family, values).formula;
    // A three-digit exponent: far left, SiLU with a large β reads about 1e−167.
    const QString widestResult = number(-8.888e-288, locale);
    QStringList lines;
    for (const QStringList *source : {&formula.value, &formula.slope}) {
        for (int i = 0; i < source->size(); ++i) {
            const QString line = atPoint((*source)[i], family, values, kWidestProbe, locale);
            lines.append(i == 0 ? line % QStringLiteral(" = ") % widestResult : line);
        }
    }
    return lines;
}

} // namespace

BoardFormula::BoardFormula(LabModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("boardFormula"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_model, &LabModel::readingChanged, this, &BoardFormula::refresh);
    connect(m_model->prediction(), &PredictionState::hiddenPartsChanged, this, &BoardFormula::refresh);
    refresh();
}

void BoardFormula::refresh()
{
    const FamilySpec &family = m_model->familySpec();
    const ParameterValues values = m_model->parameters(family.id);
    const Reading reading = m_model->reading();
    const FamilyFormula formula = familyFacts(family, values).formula;
    const QLocale here = locale();
    QStringList lines;
    // Hidden for prediction, the readings end in "?" as on the readouts.
    const bool hidden = m_model->prediction()->isHidden(PredictionState::kReadouts);
    // The first line of each formula ends in the reading; helper lines (u = ...) follow as written.
    const auto add = [&](const QStringList &source, double result) {
        for (int i = 0; i < source.size(); ++i) {
            const QString line = atPoint(source[i], family, values, reading.x, here);
            lines.append(i == 0 ? line % QStringLiteral(" = ") % (hidden ? reveal::placeholder() : number(result, here)) : line);
        }
    };
    add(formula.value, reading.output);
    add(formula.slope, reading.slope);
    const QStringList layoutLines = widestLines(family, values, here);
    if (layoutLines != m_layoutLines) {
        m_layoutLines = layoutLines;
        measureLayoutLines();
        updateGeometry();
    }
    setLines(lines);
}

void BoardFormula::setLines(const QStringList &markup)
{
    if (markup == m_lines)
        return;
    const QSize minimumBefore = minimumSizeHint();
    const int heightBefore = heightForWidth(width());
    m_lines = markup;
    m_measured.reset();
    setAccessibleName(markup.join(QStringLiteral("; ")));
    // New numbers in the same reserved room (every probe step) only repaint; a new layout of the
    // whole page is needed only when the room the formula asks for changes.
    if (minimumSizeHint() != minimumBefore || heightForWidth(width()) != heightBefore)
        updateGeometry();
    update();
}

qreal BoardFormula::fontPixels() const
{
    return QFontInfo(font()).pixelSize() * kSizeScale;
}

void BoardFormula::measureLayoutLines()
{
    m_layoutWidths.clear();
    for (const QString &widest : std::as_const(m_layoutLines))
        m_layoutWidths.append(MathText(widest, font(), fontPixels()).width(this));
    m_measured.reset();
}

QList<BoardFormula::Line> BoardFormula::measure() const
{
    if (m_measured)
        return *m_measured;
    QList<Line> lines;
    auto *device = const_cast<BoardFormula *>(this);
    for (int i = 0; i < m_lines.size(); ++i) {
        const MathText math(m_lines[i], font(), fontPixels());
        Line line{math.width(device), math.ascent(device), math.descent(device)};
        // Each formula keeps the room of its widest reading (see refresh()).
        if (i < m_layoutWidths.size())
            line.width = std::max(line.width, m_layoutWidths[i]);
        lines.append(line);
    }
    m_measured = lines;
    return lines;
}

QList<QList<int>> BoardFormula::rowsFor(int width, const QList<Line> &lines) const
{
    QList<QList<int>> rows;
    qreal used = 0.0;
    for (int i = 0; i < lines.size(); ++i) {
        if (!rows.isEmpty() && used + kGap + lines[i].width <= width) {
            rows.last().append(i);
            used += kGap + lines[i].width;
        } else {
            rows.append(QList<int>{i});
            used = lines[i].width;
        }
    }
    return rows;
}

BoardFormula::Line BoardFormula::rowExtent(const QList<int> &row, const QList<Line> &lines) const
{
    // In a window every row is at least as tall as the tallest shapes the catalog writes (two
    // cases with an exponent, a fraction with an exponent below), so the board above keeps its
    // size while the family, the parameters or the probe change. Presenting, the board reserves
    // the rows of the longest family instead (heightForWidth()), and a row is as tall as its
    // lines: four short lines then stack where two rows of cases would.
    if (m_presenting) {
        Line extent;
        for (int i : row) {
            extent.ascent = std::max(extent.ascent, lines[i].ascent);
            extent.descent = std::max(extent.descent, lines[i].descent);
        }
        return extent;
    }
    if (!m_tallestShapes) {
        auto *device = const_cast<BoardFormula *>(this);
        Line tallestShapes;
        for (const QString &tallest : {QStringLiteral("f(x) = \\c{x}{x > 0}{α(e^{x} − 1)}{x ≤ 0}"),
                                       QStringLiteral("f′(x) = \\f{1}{1 + e^{−x}}")}) {
            const MathText shape(tallest, font(), fontPixels());
            tallestShapes.ascent = std::max(tallestShapes.ascent, shape.ascent(device));
            tallestShapes.descent = std::max(tallestShapes.descent, shape.descent(device));
        }
        m_tallestShapes = tallestShapes;
    }
    Line extent = *m_tallestShapes;
    for (int i : row) {
        extent.ascent = std::max(extent.ascent, lines[i].ascent);
        extent.descent = std::max(extent.descent, lines[i].descent);
    }
    return extent;
}

qreal BoardFormula::heightOf(int width, const QList<Line> &lines) const
{
    return extentOf(rowsFor(width, lines), lines).height();
}

QSizeF BoardFormula::extentOf(const QList<QList<int>> &rows, const QList<Line> &lines) const
{
    QSizeF extent(0.0, 0.0);
    for (const QList<int> &row : rows) {
        const Line rowLine = rowExtent(row, lines);
        extent.rheight() += rowLine.ascent + rowLine.descent + kRowGap;
        qreal rowWidth = 0.0;
        for (int i : row)
            rowWidth += (rowWidth > 0.0 ? kGap : 0.0) + lines[i].width;
        extent.setWidth(std::max(extent.width(), rowWidth));
    }
    return extent;
}

QList<ParameterValues> BoardFormula::settingsToReserve(const FamilySpec &family)
{
    // The defaults, each parameter's ends (GELU's tanh form is longer than its exact one) and
    // its widest number on the controls' grid: 2.55 is wider than 3 in a formula.
    QList<ParameterValues> settings{family.defaults()};
    for (int i = 0; i < family.parameters.size(); ++i) {
        const ParameterSpec &parameter = family.parameters[i];
        QList<double> values{parameter.minimum, parameter.maximum};
        if (!parameter.isChoice()) {
            const double grain = std::pow(10.0, -parameter.decimals);
            double widest = parameter.minimum;
            qsizetype widestLength = number(widest, QLocale::c()).size();
            for (double value = parameter.minimum; value <= parameter.maximum; value += grain) {
                const double onGrid = std::round(value / grain) * grain;
                const qsizetype length = number(onGrid, QLocale::c()).size();
                if (length > widestLength) {
                    widest = onGrid;
                    widestLength = length;
                }
            }
            values.append(widest);
        }
        for (double value : values) {
            ParameterValues setting = family.defaults();
            setting[i] = value;
            settings.append(setting);
        }
    }
    return settings;
}

const QList<QList<BoardFormula::Line>> &BoardFormula::catalogLayouts() const
{
    if (!m_catalogLayouts.isEmpty())
        return m_catalogLayouts;
    // Every family at the settings that shape its formula most (see settingsToReserve()),
    // measured once per font and language.
    auto *device = const_cast<BoardFormula *>(this);
    for (const FamilySpec &family : FamilyCatalog::all()) {
        for (const ParameterValues &values : settingsToReserve(family)) {
            QList<Line> lines;
            for (const QString &markup : widestLines(family, values, locale())) {
                const MathText math(markup, font(), fontPixels());
                lines.append({math.width(device), math.ascent(device), math.descent(device)});
            }
            m_catalogLayouts.append(lines);
        }
    }
    return m_catalogLayouts;
}

qreal BoardFormula::rowHeight() const
{
    const Line tallest = rowExtent({}, {});
    return tallest.ascent + tallest.descent + kRowGap;
}

int BoardFormula::heightForWidth(int width) const
{
    if (m_presenting) {
        // Room for every family at its widest reading with the type at least at its smallest
        // presented size: the charts keep their size when a lesson step changes the family.
        qreal height = presentedHeightOf(width, measure());
        for (const QList<Line> &lines : catalogLayouts())
            height = std::max(height, presentedHeightOf(width, lines));
        return qCeil(height);
    }
    // As tall as the tallest family needs at this width, so that the charts keep their size
    // when a lesson step or a key changes the family; but never more than kMostRows rows nor
    // kMostOfWindow of the window's height (presentation type is large): a family that needs
    // more is drawn a little smaller (see layoutFor()).
    qreal height = heightOf(width, measure());
    for (const QList<Line> &lines : catalogLayouts())
        height = std::max(height, heightOf(width, lines));
    qreal most = kMostRows * rowHeight();
    if (window() != this)
        most = std::min(most, std::max(rowHeight(), kMostOfWindow * window()->height()));
    return qCeil(std::min(height, most));
}

BoardFormula::Layout BoardFormula::layoutFor(int width, qreal height, const QList<Line> &lines) const
{
    // Lines one under the other when the reserved rows hold them all (the room is there anyway,
    // and two equations read well stacked); otherwise as many side by side as fit, scaled down
    // when even that needs more height than the board reserves.
    QList<QList<int>> stacked;
    for (int i = 0; i < lines.size(); ++i)
        stacked.append(QList<int>{i});
    qreal stackedHeight = 0.0;
    for (const QList<int> &row : stacked) {
        const Line extent = rowExtent(row, lines);
        stackedHeight += extent.ascent + extent.descent + kRowGap;
    }
    if (stackedHeight <= height + 0.5)
        return {stacked, 1.0};
    for (qreal scale = 1.0; scale > kSmallestScale; scale -= 0.05) {
        const int scaledWidth = qFloor(width / scale);
        if (heightOf(scaledWidth, lines) * scale <= height + 0.5)
            return {rowsFor(scaledWidth, lines), scale};
    }
    return {rowsFor(qFloor(width / kSmallestScale), lines), kSmallestScale};
}

qreal BoardFormula::leastPresentedScale() const
{
    return std::min(1.0, kLeastPresentedShare * window()->height() / fontPixels());
}

qreal BoardFormula::presentedHeightOf(int width, const QList<Line> &lines) const
{
    const qreal least = leastPresentedScale();
    return extentOf(rowsFor(qFloor(width / least), lines), lines).height() * least;
}

BoardFormula::Layout BoardFormula::presentedLayoutFor(int width, qreal height, const QList<Line> &lines) const
{
    // The largest type the reserved room holds: lines side by side where a row has room for
    // them at that size, one under the other where it has not.
    // The reserved room holds every family at `least`; only a line longer than the band even at
    // that size (SiLU with a two-decimal β, far left) goes below it, rather than being cut.
    const qreal least = leastPresentedScale();
    for (qreal scale = 1.0; scale > kSmallestScale * least; scale -= 0.01) {
        const QList<QList<int>> rows = rowsFor(qFloor(width / scale), lines);
        const QSizeF extent = extentOf(rows, lines) * scale;
        if (extent.width() <= width && extent.height() <= height)
            return {rows, scale};
    }
    return {rowsFor(qFloor(width / least), lines), least};
}

BoardFormula::Layout BoardFormula::currentLayout() const
{
    return m_presenting ? presentedLayoutFor(width(), height(), measure()) : layoutFor(width(), height(), measure());
}

qreal BoardFormula::drawnPixelSize() const
{
    return fontPixels() * currentLayout().scale;
}

QSizeF BoardFormula::drawnSize() const
{
    return inkOf(currentLayout(), measure());
}

QSizeF BoardFormula::inkOf(const Layout &layout, const QList<Line> &lines) const
{
    if (layout.rows.isEmpty())
        return QSizeF(0.0, 0.0);
    // The gap after the last row is room, not ink.
    return (extentOf(layout.rows, lines) - QSizeF(0.0, kRowGap)) * layout.scale;
}

void BoardFormula::setPresenting(bool presenting)
{
    m_presenting = presenting;
    updateGeometry();
    update();
}

QSize BoardFormula::sizeHint() const
{
    const QList<Line> lines = measure();
    qreal width = 0.0;
    for (const Line &line : lines)
        width += line.width + kGap;
    const int w = qCeil(width);
    return {w, heightForWidth(w)};
}

QSize BoardFormula::minimumSizeHint() const
{
    qreal widest = 0.0;
    for (const Line &line : measure())
        widest = std::max(widest, line.width);
    return {std::min(qCeil(widest), 200), heightForWidth(qCeil(widest))};
}

void BoardFormula::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    const QList<Line> lines = measure();
    const Layout layout = currentLayout();
    // Presenting, the lines stand in the middle of the reserved rows, not at their top.
    if (m_presenting)
        painter.translate(0.0, std::max(0.0, (height() - inkOf(layout, lines).height()) / 2.0));
    painter.scale(layout.scale, layout.scale);
    qreal y = 0.0;
    for (const QList<int> &row : layout.rows) {
        const Line extent = rowExtent(row, lines);
        qreal x = 0.0;
        for (int i : row) {
            MathText(m_lines[i], font(), fontPixels()).draw(&painter, QPointF(x, y + extent.ascent));
            x += lines[i].width + kGap;
        }
        y += extent.ascent + extent.descent + kRowGap;
    }
}

void BoardFormula::showEvent(QShowEvent *event)
{
    // The reserved height follows the window's height (heightForWidth()).
    if (window() != this)
        window()->installEventFilter(this);
    QWidget::showEvent(event);
}

bool BoardFormula::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == window() && event->type() == QEvent::Resize)
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

void BoardFormula::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_catalogLayouts.clear();
        m_tallestShapes.reset();
        measureLayoutLines();
    }
    if (event->type() == QEvent::LocaleChange)
        refresh();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace relulab
