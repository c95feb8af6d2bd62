#include "board/zonecaptionstrip.h"

#include "widgets/wrappinglabel.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>

#include <algorithm>
#include <QtMath>

namespace relulab {
namespace {

constexpr int kGap = 4;
constexpr int kPreferredWidth = 450; // three short captions side by side
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
    return QSize(kPreferredWidth, m_height);
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
    // Visible zones keep their order and share the span of the zones in proportion to their
    // widths on the chart, but none gets less than kMinimumShare of it. The strip is as tall as
    // the longest caption needs at that smallest share, so zooming, panning or another family
    // never changes its height (and with it the charts' height) for the same window size.
    std::array<double, 3> widths = {};
    int left = width();
    int right = 0;
    for (int i = 0; i < 3; ++i) {
        const auto &[from, to] = m_extents[i];
        if (to > from && !m_labels[i]->text().isEmpty()) {
            widths[i] = to - from;
            left = std::min(left, from);
            right = std::max(right, to);
        }
    }
    const int span = std::max(0, right - left);
    const int smallest = static_cast<int>(kMinimumShare * span);
    int height = 0;
    for (QLabel *label : m_labels) {
        if (!label->text().isEmpty() && smallest > kGap)
            height = std::max(height, label->heightForWidth(smallest - kGap));
    }
    // Water-filling: zones below the smallest share get it, the others share what is left.
    std::array<double, 3> shares = {};
    std::array<bool, 3> atMinimum = {};
    for (int round = 0; round < 3; ++round) {
        double freeSpan = span;
        double freeWidth = 0.0;
        for (int i = 0; i < 3; ++i) {
            if (atMinimum[i])
                freeSpan -= smallest;
            else
                freeWidth += widths[i];
        }
        bool clamped = false;
        for (int i = 0; i < 3; ++i) {
            if (atMinimum[i]) {
                shares[i] = smallest;
            } else if (widths[i] > 0.0) {
                shares[i] = widths[i] * freeSpan / freeWidth;
                if (shares[i] < smallest) {
                    atMinimum[i] = true;
                    clamped = true;
                }
            }
        }
        if (!clamped)
            break;
    }
    int lastShown = -1;
    for (int i = 0; i < 3; ++i) {
        if (widths[i] > 0.0)
            lastShown = i;
    }
    double x = left;
    for (int i = 0; i < 3; ++i) {
        QLabel *label = m_labels[i];
        if (widths[i] == 0.0) {
            label->hide();
            continue;
        }
        const int from = qRound(x);
        const int to = qRound(x + shares[i]) - (i < lastShown ? kGap : 0);
        label->setGeometry(from, 0, to - from, height);
        label->show();
        x += shares[i];
    }
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
    update();
}

} // namespace relulab
