#include "board/zonecaptionstrip.h"

#include "widgets/wrappinglabel.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>

#include <algorithm>

namespace relulab {
namespace {

constexpr int kGap = 4;
constexpr int kTextMargin = 6;
constexpr qreal kRadius = 4.0;

} // namespace

ZoneCaptionStrip::ZoneCaptionStrip(QWidget *parent)
    : QWidget(parent)
{
    for (QLabel *&label : m_labels) {
        label = new WrappingLabel(this);
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setContentsMargins(kTextMargin, kTextMargin - 2, kTextMargin, kTextMargin - 2);
        label->setTextFormat(Qt::PlainText);
        label->hide();
    }
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ZoneCaptionStrip::setCaption(style::Zone zone, const QString &text)
{
    m_labels[static_cast<int>(zone)]->setText(text);
    arrange();
}

void ZoneCaptionStrip::setZoneExtents(const std::array<QPair<int, int>, 3> &extents)
{
    if (extents == m_extents)
        return;
    m_extents = extents;
    arrange();
}

QLabel *ZoneCaptionStrip::captionLabel(style::Zone zone) const
{
    return m_labels[static_cast<int>(zone)];
}

QSize ZoneCaptionStrip::sizeHint() const
{
    return QSize(3 * kMinimumCaptionWidth, m_height);
}

QSize ZoneCaptionStrip::minimumSizeHint() const
{
    return sizeHint();
}

void ZoneCaptionStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void ZoneCaptionStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 3; ++i) {
        if (!m_labels[i]->isVisible())
            continue;
        QColor fill = style::zoneFill(static_cast<style::Zone>(i), palette());
        fill.setAlpha(std::min(255, fill.alpha() * 2)); // a touch stronger than on the chart
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(m_labels[i]->geometry()), kRadius, kRadius);
    }
}

void ZoneCaptionStrip::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        arrange();
}

void ZoneCaptionStrip::arrange()
{
    // Visible zones keep their order; each gets at least the minimum width, the rest of the
    // span is shared in proportion to the zones' widths on the chart.
    std::array<int, 3> widths = {};
    int left = width();
    int right = 0;
    int shown = 0;
    for (int i = 0; i < 3; ++i) {
        const auto &[from, to] = m_extents[i];
        const bool visible = to > from && !m_labels[i]->text().isEmpty();
        widths[i] = visible ? to - from : 0;
        if (visible) {
            left = std::min(left, from);
            right = std::max(right, to);
            ++shown;
        }
    }
    int height = 0;
    if (shown > 0) {
        const int span = std::max(right - left, shown * kMinimumCaptionWidth);
        left = std::clamp(left, 0, std::max(0, width() - span));
        int total = 0;
        for (int i = 0; i < 3; ++i) {
            if (widths[i] > 0)
                total += std::max(widths[i], kMinimumCaptionWidth);
        }
        int lastShown = 0;
        for (int i = 0; i < 3; ++i) {
            if (widths[i] > 0)
                lastShown = i;
        }
        int x = left;
        for (int i = 0; i < 3; ++i) {
            QLabel *label = m_labels[i];
            if (widths[i] == 0) {
                label->hide();
                continue;
            }
            const int share = std::max(widths[i], kMinimumCaptionWidth) * span / total;
            const int labelWidth = share - (i < lastShown ? kGap : 0);
            height = std::max(height, label->heightForWidth(labelWidth));
            label->setGeometry(x, 0, labelWidth, 0);
            label->show();
            x += share;
        }
        for (QLabel *label : m_labels) {
            if (label->isVisibleTo(this))
                label->resize(label->width(), height);
        }
    } else {
        for (QLabel *label : m_labels)
            label->hide();
    }
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
    update();
}

} // namespace relulab
