#include "board/probechartview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace relulab {
namespace {

constexpr double kWheelNotch = 120.0;
// How far outside the plot area a press still grabs the probe, in pixels.
constexpr double kGrabTolerance = 6.0;

} // namespace

ProbeChartView::ProbeChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRubberBand(QChartView::NoRubberBand);
    setDragMode(QGraphicsView::NoDrag);
    viewport()->setCursor(Qt::SizeHorCursor);
    // The chart always covers the whole view and paints its own background: filling the
    // viewport (or the page behind it) first would paint every pixel twice.
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize ProbeChartView::sizeHint() const
{
    return minimumSizeHint().expandedTo(minimumSize());
}

double ProbeChartView::xAt(const QPoint &viewportPosition) const
{
    const auto axes = chart()->axes(Qt::Horizontal);
    const auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
    const QRectF plot = chart()->plotArea();
    if (!axis || plot.width() <= 0.0)
        return 0.0;
    // Linear mapping through the plot area, the same one the chart uses to draw its series.
    const QPointF scenePosition = mapToScene(viewportPosition);
    const QPointF chartPosition = chart()->mapFromScene(scenePosition);
    const double fraction = std::clamp((chartPosition.x() - plot.left()) / plot.width(), 0.0, 1.0);
    return axis->min() + fraction * (axis->max() - axis->min());
}

void ProbeChartView::mousePressEvent(QMouseEvent *event)
{
    // The base class is not called: nothing in the chart is interactive, and Qt 6.4's
    // QChartView::mousePressEvent dereferences itemAt() unchecked (QTBUG-118669).
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF chartPosition = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    const QRectF grab = chart()->plotArea().adjusted(-kGrabTolerance, -kGrabTolerance, kGrabTolerance, kGrabTolerance);
    if (!grab.contains(chartPosition)) {
        event->ignore();
        return;
    }
    m_dragging = true;
    emit probeRequested(xAt(event->position().toPoint()));
    event->accept();
}

void ProbeChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton)) {
        event->ignore();
        return;
    }
    emit probeRequested(xAt(event->position().toPoint()));
    event->accept();
}

void ProbeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        event->ignore();
        return;
    }
    m_dragging = false;
    emit probeRequested(xAt(event->position().toPoint()));
    event->accept();
}

void ProbeChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click is two clicks at one place: treat the second press like the first.
    mousePressEvent(event);
}

void ProbeChartView::wheelEvent(QWheelEvent *event)
{
    // Some platforms turn Shift+wheel into a horizontal wheel; either direction steps.
    const QPoint angle = event->angleDelta();
    const double notches = (angle.y() != 0 ? angle.y() : angle.x()) / kWheelNotch;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (modifiers & Qt::ControlModifier) {
        emit zoomRequested(std::pow(kZoomPerNotch, notches), xAt(event->position().toPoint()));
    } else {
        m_wheelRemainder += notches;
        const int steps = int(m_wheelRemainder); // toward zero: a partial notch waits for the rest
        m_wheelRemainder -= steps;
        if (steps != 0)
            emit probeStepRequested(steps, (modifiers & Qt::ShiftModifier) ? ProbeStep::Coarse : ProbeStep::Normal);
    }
    event->accept();
}

void ProbeChartView::keyPressEvent(QKeyEvent *event)
{
    // Handled here because QAbstractScrollArea would scroll with the arrow keys.
    int direction = 0;
    if (event->key() == Qt::Key_Left)
        direction = -1;
    else if (event->key() == Qt::Key_Right)
        direction = 1;
    if (direction == 0) {
        QWidget::keyPressEvent(event); // not QGraphicsView's: it would forward keys to the scene
        return;
    }
    ProbeStep kind = ProbeStep::Normal;
    if (event->modifiers() & Qt::ShiftModifier)
        kind = ProbeStep::Coarse;
    else if (event->modifiers() & Qt::ControlModifier)
        kind = ProbeStep::Fine;
    emit probeStepRequested(direction, kind);
    event->accept();
}

void ProbeChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void ProbeChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    m_dragging = false;
    viewport()->update();
}

void ProbeChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!hasFocus())
        return;
    // The keyboard focus indicator: a frame around the whole chart in the highlight colour.
    painter->save();
    painter->resetTransform();
    QPen pen(palette().color(QPalette::Highlight), 2.0);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(viewport()->rect()).adjusted(1.0, 1.0, -1.0, -1.0));
    painter->restore();
}

} // namespace relulab
