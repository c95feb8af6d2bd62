#pragma once

#include "widgets/labstyle.h"

#include <QWidget>

#include <array>

class QLabel;

namespace relulab {

// The zones' one-sentence captions in a row under the charts, each placed under its zone and
// tinted like it. A zone scrolled out of view hides its caption; a narrow zone's caption keeps a
// readable width at the expense of its neighbours, so the strip keeps one height (see arrange()).
class ZoneCaptionStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ZoneCaptionStrip(QWidget *parent = nullptr);


    void setCaption(style::Zone zone, const QString &text);
    // The horizontal extent [left, right) of each zone in this widget's coordinates, as drawn on
    // the charts; an empty extent (right <= left) hides that zone's caption.
    void setZoneExtents(const std::array<QPair<int, int>, 3> &extents);
    QLabel *captionLabel(style::Zone zone) const;
    // Each zone's share of the zones' span in the lab's first view: the strip takes the height
    // the captions need there.
    void setReferenceShares(const std::array<double, 3> &shares);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void arrange();
    int narrowestWidthFor(const QLabel *label, int height, int span) const;

    std::array<QLabel *, 3> m_labels = {};
    std::array<QPair<int, int>, 3> m_extents = {};
    std::array<double, 3> m_referenceShares = {1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0};
    int m_height = 0;
};

} // namespace relulab
