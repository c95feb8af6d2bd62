#include "training/stepchart.h"

#include "widgets/numberformat.h"

#include <QPainter>
#include <QStringBuilder>
#include <QPolygonF>

#include <cmath>
#include <limits>

namespace relulab {

StepChart::StepChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void StepChart::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    setToolTip(title);
    update();
}

void StepChart::setSeries(const QStringList &names, const QList<QColor> &colors)
{
    m_names = names;
    m_colors = colors;
    clear();
}

void StepChart::setSeriesNames(const QStringList &names)
{
    m_names = names;
    update();
}

void StepChart::setFixedRange(double minimum, double maximum)
{
    m_fixed = true;
    m_fixedMinimum = minimum;
    m_fixedMaximum = maximum;
    update();
}

void StepChart::append(int step, const QList<double> &values)
{
    m_steps.append(step);
    for (qsizetype s = 0; s < m_values.size(); ++s) {
        const double value = values.value(s, std::numeric_limits<double>::quiet_NaN());
        m_values[s].append(value);
        const bool usable = std::isfinite(value) && (m_scale == Scale::Linear || value > 0.0);
        if (!usable)
            continue;
        if (m_dataMinimum > m_dataMaximum) {
            m_dataMinimum = m_dataMaximum = value;
        } else {
            m_dataMinimum = std::min(m_dataMinimum, value);
            m_dataMaximum = std::max(m_dataMaximum, value);
        }
    }
    update();
}

void StepChart::clear()
{
    m_steps.clear();
    m_values = QList<QList<double>>(m_names.size());
    m_dataMinimum = 1.0;
    m_dataMaximum = 0.0; // empty
    update();
}

double StepChart::curveWidth() const
{
    return std::max(2.0, fontMetrics().height() / 7.0);
}

QFont StepChart::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QStringList StepChart::titleLines() const
{
    const QFontMetrics metrics(titleFont());
    const int room = width() - 12;
    QStringList lines;
    QString line;
    for (const QString &word : m_title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line % QLatin1Char(' ') % word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    lines.append(line); // an empty title: one empty line, where the legend starts
    return lines;
}

void StepChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &p = palette();
    painter.fillRect(rect(), p.color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    const int line = metrics.height();

    // Title and legend on top, the plot below with room for the y labels on the left.
    painter.setPen(p.color(QPalette::Text));
    const QFont bold = titleFont();
    const QFontMetrics boldMetrics(bold);
    const int gap = std::max(4, line / 4); // between a swatch and its name
    const auto itemWidthOf = [&](const QString &name) { return metrics.horizontalAdvance(name) + line + gap + 10; };
    int legendWidth = 0;
    for (const QString &name : std::as_const(m_names))
        legendWidth += itemWidthOf(name);
    // A title too long for the chart breaks between words; the legend then shares its last row
    // where it fits there. Only a single word wider than the chart would be cut.
    const QStringList titleLines = this->titleLines();
    const int room = width() - 12;
    painter.setFont(bold);
    for (qsizetype i = 0; i < titleLines.size(); ++i) {
        painter.drawText(QRect(6, 2 + int(i) * line, room, line), Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(titleLines[i], Qt::ElideRight, room));
    }
    painter.setFont(font());
    // The legend follows the title's last row when all of it fits there (the plot gets the line),
    // else it starts a row of its own.
    const int titleRow = 2 + int(titleLines.size() - 1) * line;
    const int titleEnd = 6 + boldMetrics.horizontalAdvance(titleLines.constLast()) + line;
    const bool besideTitle = titleEnd + legendWidth <= width() - 6;
    int x = besideTitle ? titleEnd : 6;
    int legendRow = besideTitle ? titleRow : titleRow + line;
    for (qsizetype s = 0; s < m_names.size(); ++s) {
        const int itemWidth = itemWidthOf(m_names[s]);
        if (x + itemWidth > width() - 6 && x > 6) {
            x = 6;
            legendRow += line;
        }
        const int swatch = std::max(4, int(std::lround(curveWidth() * 1.5))); // as thick as the curve, a little more
        painter.fillRect(QRect(x, legendRow + (line - swatch) / 2, line - 4, swatch), m_colors.value(s));
        painter.drawText(QRect(x + line - 4 + gap, legendRow, itemWidth, line), Qt::AlignLeft | Qt::AlignVCenter, m_names[s]);
        x += itemWidth;
    }

    const bool logarithmic = m_scale == Scale::Logarithmic;
    double low = m_fixed ? m_fixedMinimum : m_dataMinimum;
    double high = m_fixed ? m_fixedMaximum : m_dataMaximum;
    if (low > high) { // no data yet
        low = logarithmic ? 1e-3 : 0.0;
        high = 1.0;
    }
    if (logarithmic) {
        low = std::pow(10.0, std::floor(std::log10(low)));
        high = std::pow(10.0, std::ceil(std::log10(high)));
        if (high <= low)
            high = low * 10.0;
    } else if (!m_fixed) {
        low = std::min(low, 0.0);
        if (high <= low)
            high = low + 1.0;
    }
    const auto toUnit = [&](double v) {
        return logarithmic ? (std::log10(v) - std::log10(low)) / (std::log10(high) - std::log10(low))
                           : (v - low) / (high - low);
    };
    const QLocale locale;
    const QString lowText = withMinusSign(locale.toString(low, 'g', 3), locale);
    const QString highText = withMinusSign(locale.toString(high, 'g', 3), locale);
    const int labelWidth = std::max(metrics.horizontalAdvance(lowText), metrics.horizontalAdvance(highText)) + 8;
    const QRectF plot(labelWidth + 4, legendRow + line + 4, width() - labelWidth - 12, height() - legendRow - 2 * line - 10);
    if (plot.width() < 10 || plot.height() < 10)
        return;
    const QColor gridColor = p.color(QPalette::Mid);
    painter.setPen(QPen(gridColor, 1));
    painter.drawRect(plot);
    painter.setPen(p.color(QPalette::Text));
    painter.drawText(QRectF(0, plot.top() - line / 2.0, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter, highText);
    painter.drawText(QRectF(0, plot.bottom() - line / 2.0, labelWidth, line), Qt::AlignRight | Qt::AlignVCenter, lowText);
    const int lastStep = m_steps.isEmpty() ? 1 : std::max(1, m_steps.constLast());
    const int firstStep = m_steps.isEmpty() ? 0 : m_steps.constFirst();
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignLeft | Qt::AlignTop,
                     QString::number(firstStep));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignRight | Qt::AlignTop,
                     QString::number(lastStep));

    // One point per pixel column at most: the last step falling into each column.
    const qsizetype n = m_steps.size();
    const double span = std::max(1, lastStep - firstStep);
    const qsizetype stride = std::max<qsizetype>(1, n / std::max(1, static_cast<int>(plot.width())));
    painter.setClipRect(plot.adjusted(-2, -2, 2, 2));
    // Polylines without antialiasing: at one point per pixel column they look the same and
    // cost a fraction (the chart repaints with every snapshot).
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (qsizetype s = 0; s < m_values.size(); ++s) {
        QPolygonF polyline;
        const auto flush = [&] {
            if (polyline.size() > 1)
                painter.drawPolyline(polyline);
            polyline.clear();
        };
        painter.setPen(QPen(m_colors.value(s), curveWidth()));
        for (qsizetype i = 0; i < n; i += stride) {
            const qsizetype index = std::min(n - 1, i + stride - 1);
            const double v = m_values[s][index];
            if (!std::isfinite(v) || (logarithmic && v <= 0.0)) {
                flush();
                continue;
            }
            const QPointF point(plot.left() + plot.width() * (m_steps[index] - firstStep) / span,
                                plot.bottom() - plot.height() * std::clamp(toUnit(v), -0.02, 1.02));
            polyline.append(point);
        }
        flush();
    }
}

} // namespace relulab
