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

void ZoneCaptionStrip::setReferenceShares(const std::array<double, 3> &shares)
{
    if (shares == m_referenceShares)
        return;
    m_referenceShares = shares;
    arrange();
}

int ZoneCaptionStrip::narrowestWidthFor(const QLabel *label, int height, int span) const
{
    // The narrowest width at which the label's text still fits `height` (a binary search:
    // the height a wrapped text needs never grows with its width).
    int low = 1;
    int high = std::max(1, span);
    while (low < high) {
        const int middle = (low + high) / 2;
        if (label->heightForWidth(middle) <= height)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

void ZoneCaptionStrip::arrange()
{
    // The strip is as tall as the captions need under the zones of the lab's first view (the
    // reference shares): zooming, panning or another family then never changes its height, and
    // with it the charts' height, for the same window size and language. Each visible caption
    // sits under its zone, widened where a zone is too narrow for its text in that height, at
    // the expense of its neighbours.
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
    const int reference = span > 0 ? span : width();
    int height = 0;
    for (int i = 0; i < 3; ++i) {
        if (!m_labels[i]->text().isEmpty())
            height = std::max(height, m_labels[i]->heightForWidth(std::max(1, qRound(m_referenceShares[i] * reference) - kGap)));
    }
    std::array<double, 3> minimum = {};
    double minimumTotal = 0.0;
    for (int i = 0; i < 3; ++i) {
        if (widths[i] > 0.0) {
            minimum[i] = narrowestWidthFor(m_labels[i], height, span) + kGap;
            minimumTotal += minimum[i];
        }
    }
    // Water-filling: captions below their minimum get it, the others share what is left.
    std::array<double, 3> shares = {};
    std::array<bool, 3> atMinimum = {};
    for (int round = 0; round < 3 && minimumTotal <= span; ++round) {
        double freeSpan = span;
        double freeWidth = 0.0;
        for (int i = 0; i < 3; ++i) {
            if (atMinimum[i])
                freeSpan -= minimum[i];
            else
                freeWidth += widths[i];
        }
        bool clamped = false;
        for (int i = 0; i < 3; ++i) {
            if (atMinimum[i]) {
                shares[i] = minimum[i];
            } else if (widths[i] > 0.0) {
                shares[i] = freeWidth > 0.0 ? widths[i] * freeSpan / freeWidth : 0.0;
                if (shares[i] < minimum[i]) {
                    atMinimum[i] = true;
                    clamped = true;
                }
            }
        }
        if (!clamped)
            break;
    }
    if (minimumTotal > span) {
        // Too narrow for the reference height: equal shares, and the strip grows to fit.
        const int shown = std::count_if(widths.begin(), widths.end(), [](double w) { return w > 0.0; });
        for (int i = 0; i < 3; ++i)
            shares[i] = widths[i] > 0.0 ? double(span) / shown : 0.0;
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
        height = std::max(height, label->heightForWidth(to - from));
        label->setGeometry(from, 0, to - from, 0);
        label->show();
        x += shares[i];
    }
    for (QLabel *label : m_labels) {
        if (label->isVisibleTo(this))
            label->resize(label->width(), height);
    }
    if (height != m_height) {
        m_height = height;
        updateGeometry();
    }
    update();
}

} // namespace relulab
