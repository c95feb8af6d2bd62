#include "widgets/labstyle.h"

#include "family.h"

#include <QApplication>
#include <QWidget>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>
#include <cmath>

namespace relulab::style {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

namespace {

// WCAG relative luminance of an sRGB colour.
double relativeLuminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

QColor familyColor(const QString &familyId, const QPalette &palette)
{
    const FamilySpec *family = FamilyCatalog::find(familyId);
    const QColor color = family ? QColor::fromRgb(family->color) : palette.color(QPalette::Text);
    if (!isDark(palette))
        return color;
    // Lightened for a dark background; a very dark hue (an indigo) needs more than the usual step
    // to keep a contrast of 3:1 against the base, as on white.
    QColor lighter = color.lighter(140);
    const QColor base = palette.color(QPalette::Base);
    for (int i = 0; i < 20 && contrastRatio(lighter, base) < 3.0; ++i)
        lighter = lighter.lighter(115);
    return lighter;
}

QIcon familySwatch(const QString &familyId, const QPalette &palette)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(familyColor(familyId, palette));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QColor healthColor(GradientHealth health, const QPalette &palette)
{
    QColor color;
    switch (health) {
    case GradientHealth::Healthy: color = QColor(0x1B, 0x7F, 0x3B); break;
    case GradientHealth::Amplifying: color = QColor(0xB2, 0x5E, 0x00); break;
    case GradientHealth::Leaking: color = QColor(0x8A, 0x6D, 0x00); break;
    case GradientHealth::Fading: color = QColor(0x4A, 0x64, 0x8C); break;
    case GradientHealth::Reversed: color = QColor(0x8E, 0x3B, 0x9E); break;
    case GradientHealth::Dead: color = QColor(0xC0, 0x1C, 0x28); break;
    }
    return isDark(palette) ? color.lighter(170) : color;
}

void paintCard(QPainter *painter, const QRect &rect, const QPalette &palette, bool focused, const QColor &accent)
{
    constexpr qreal kRadius = 8.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF panel = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(QPen(focused ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), focused ? 2.0 : 1.0));
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(panel, kRadius, kRadius);
    if (accent.isValid()) {
        QPainterPath clip;
        clip.addRoundedRect(panel, kRadius, kRadius);
        painter->setClipPath(clip);
        painter->fillRect(QRectF(panel.left(), panel.top(), 4.0, panel.height()), accent);
    }
    painter->restore();
}

QColor zoneFill(Zone zone, const QPalette &palette)
{
    QColor color;
    switch (zone) {
    case Zone::Negative: color = QColor(0xC0, 0x1C, 0x28); break;
    case Zone::Hinge: color = QColor(0xE6, 0x9F, 0x00); break;
    case Zone::Positive: color = QColor(0x1B, 0x7F, 0x3B); break;
    }
    color.setAlpha(isDark(palette) ? 40 : 22);
    return color;
}

QColor mixed(const QColor &color, const QColor &background, double strength)
{
    return QColor::fromRgbF(static_cast<float>(strength * color.redF() + (1.0 - strength) * background.redF()),
                            static_cast<float>(strength * color.greenF() + (1.0 - strength) * background.greenF()),
                            static_cast<float>(strength * color.blueF() + (1.0 - strength) * background.blueF()));
}

QColor flattened(const QColor &color, const QColor &background)
{
    return mixed(color, background, color.alphaF());
}

QString zoneId(Zone zone)
{
    switch (zone) {
    case Zone::Negative: return QStringLiteral("negative");
    case Zone::Hinge: return QStringLiteral("hinge");
    case Zone::Positive: return QStringLiteral("positive");
    }
    return QString();
}

qreal typeScale(const QWidget *widget)
{
    return widget->font().pointSizeF() / QApplication::font().pointSizeF();
}

int sideColumnWidth(const QWidget *widget)
{
    constexpr double kWidth = 330.0;
    return qRound(kWidth * typeScale(widget));
}

} // namespace relulab::style
