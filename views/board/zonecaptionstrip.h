#pragma once

#include "widgets/labstyle.h"

#include <QWidget>

#include <array>

class QLabel;

namespace relulab {

// The zones' one-sentence captions in a row under the charts, each placed under its zone and
// tinted like it. A zone scrolled out of view hides its caption; a narrow zone's caption keeps a
// readable width (kMinimumShare of the zones' span) at the expense of its neighbours.
class ZoneCaptionStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ZoneCaptionStrip(QWidget *parent = nullptr);

    // Just under the hinge zone's share of the default −4 to 4 view, so that it sits exactly
    // under its zone there.
    static constexpr double kMinimumShare = 0.24;

    void setCaption(style::Zone zone, const QString &text);
    // The horizontal extent [left, right) of each zone in this widget's coordinates, as drawn on
    // the charts; an empty extent (right <= left) hides that zone's caption.
    void setZoneExtents(const std::array<QPair<int, int>, 3> &extents);
    QLabel *captionLabel(style::Zone zone) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrange();

    std::array<QLabel *, 3> m_labels = {};
    std::array<QPair<int, int>, 3> m_extents = {};
    int m_height = 0;
};

} // namespace relulab
