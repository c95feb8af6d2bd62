#pragma once

#include "labmodel.h"

#include <QChartView>

namespace relulab {

// A chart view that turns pointer and keyboard input into probe requests in data coordinates:
// press or drag to place the probe (clamped to the visible x range), the wheel or the arrow keys
// to step it, Ctrl+wheel to zoom around the pointer. It never changes the model itself.
class ProbeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ProbeChartView(QChart *chart, QWidget *parent = nullptr);

    // Zoom factor of one wheel notch with Ctrl held (below 1: zoom in when turning forward).
    static constexpr double kZoomPerNotch = 0.8;

    // The visible x value under a viewport position, clamped to the x axis range.
    double xAt(const QPoint &viewportPosition) const;

    // As small as allowed: a chart grows into whatever room its layout's stretch gives it. (A
    // graphics view would ask for the size of its scene, i.e. the size it already has, so a lab
    // page in a scroll area would never shrink its charts to fit a short screen.)
    QSize sizeHint() const override;

signals:
    void probeRequested(double x);
    // Move the probe `steps` grid steps of the given kind (negative: to the left).
    void probeStepRequested(int steps, relulab::ProbeStep kind);
    // Scale the visible range by `factor` keeping `anchorX` where it is on screen.
    void zoomRequested(double factor, double anchorX);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    bool m_dragging = false;
    // A touchpad sends fractions of a notch: they add up to whole steps.
    double m_wheelRemainder = 0.0;
};

} // namespace relulab
