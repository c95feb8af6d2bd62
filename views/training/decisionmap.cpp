#include "training/decisionmap.h"

#include "widgets/labstyle.h"

#include <QPainter>

#include <algorithm>

namespace relulab {

DecisionMap::DecisionMap(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DecisionMap::setAsksForSquare(bool asks)
{
    m_asksForSquare = asks;
    updateGeometry();
}

QColor DecisionMap::classColor(int label) const
{
    // Orange and blue: told apart with every common colour-vision deficiency.
    const bool dark = style::isDark(palette());
    if (label == 1)
        return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    return dark ? QColor(0xf0, 0xa0, 0x40) : QColor(0xd5, 0x5e, 0x00);
}

void DecisionMap::setData(const TrainingData &points)
{
    m_data = points;
    m_points = QPixmap();
    update();
}

void DecisionMap::setGrid(const QList<double> &probability, int resolution)
{
    if (m_regions.width() != resolution)
        m_regions = QImage(resolution, resolution, QImage::Format_RGB32);
    const QColor background = palette().color(QPalette::Base);
    const QColor zero = style::mixed(classColor(0), background, 0.45);
    const QColor one = style::mixed(classColor(1), background, 0.45);
    for (int row = 0; row < resolution; ++row) {
        auto *line = reinterpret_cast<QRgb *>(m_regions.scanLine(row));
        for (int column = 0; column < resolution; ++column) {
            // Certain regions in full colour, the undecided band around p = 1/2 pale.
            const double p = probability.value(row * resolution + column, 0.5);
            const double certainty = std::min(1.0, std::abs(2.0 * p - 1.0) * 1.5);
            line[column] = style::mixed(p >= 0.5 ? one : zero, background, certainty).rgb();
        }
    }
    update();
}

QRect DecisionMap::plotRect() const
{
    const int side = std::min(width(), height());
    return QRect((width() - side) / 2, 0, side, side); // at the top: right under its title
}

void DecisionMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QRect square = plotRect();
    if (!m_regions.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(square, m_regions);
    } else {
        painter.fillRect(square, palette().color(QPalette::Base));
    }
    // The points change with the data set only: drawn once into a transparent layer per size.
    if (m_points.size() != square.size() * devicePixelRatioF())
        m_points = paintPoints(square.size());
    painter.drawPixmap(square.topLeft(), m_points);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(square.adjusted(0, 0, -1, -1));
}

QPixmap DecisionMap::paintPoints(const QSize &size) const
{
    QPixmap layer(size * devicePixelRatioF());
    layer.setDevicePixelRatio(devicePixelRatioF());
    layer.fill(Qt::transparent);
    QPainter painter(&layer);
    painter.setRenderHint(QPainter::Antialiasing);
    const int side = size.width();
    const QRect square(0, 0, side, side);
    const double scale = side / (2.0 * TrainingData::kExtent);
    const auto place = [&](const LabelledPoint &point) {
        return QPointF(square.left() + (point.x + TrainingData::kExtent) * scale,
                       square.top() + (TrainingData::kExtent - point.y) * scale);
    };
    const double radius = std::clamp(side / 140.0, 2.0, 5.0);
    const QColor outline = palette().color(QPalette::Text);
    for (const LabelledPoint &point : m_data.train) {
        painter.setPen(QPen(outline, 0.6));
        painter.setBrush(classColor(point.label));
        painter.drawEllipse(place(point), radius, radius);
    }
    for (const LabelledPoint &point : m_data.test) {
        painter.setPen(QPen(classColor(point.label), 1.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(place(point), radius, radius);
    }
    painter.end();
    return layer;
}

} // namespace relulab
