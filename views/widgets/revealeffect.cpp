#include "widgets/revealeffect.h"

#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QPainter>
#include <QPointer>
#include <QPropertyAnimation>

#include <functional>

namespace relulab {
namespace {

// Only effects made here are touched: a widget's own effect is never replaced by accident.
const char *const kEffectName = "relulab-reveal";

QGraphicsOpacityEffect *ownEffect(const QWidget *widget)
{
    auto *effect = qobject_cast<QGraphicsOpacityEffect *>(widget->graphicsEffect());
    return effect && effect->objectName() == QLatin1String(kEffectName) ? effect : nullptr;
}

QPropertyAnimation *runningFade(const QWidget *widget)
{
    const QGraphicsOpacityEffect *effect = ownEffect(widget);
    if (!effect)
        return nullptr;
    const QList<QPropertyAnimation *> fades = effect->findChildren<QPropertyAnimation *>();
    for (QPropertyAnimation *fade : fades) {
        if (fade->state() == QAbstractAnimation::Running)
            return fade;
    }
    return nullptr;
}

// Fades `widget`'s opacity from `from` to `to`; then `done` runs and the effect goes (an effect
// renders through a pixmap: none when not needed).
void fade(QWidget *widget, double from, double to, const std::function<void()> &done = {})
{
    auto *effect = new QGraphicsOpacityEffect(widget);
    effect->setObjectName(QLatin1String(kEffectName));
    effect->setOpacity(from);
    widget->setGraphicsEffect(effect); // deletes a previous one, and its animation with it
    auto *animation = new QPropertyAnimation(effect, "opacity", effect);
    animation->setDuration(reveal::kDurationMs);
    animation->setStartValue(from);
    animation->setEndValue(to);
    animation->setEasingCurve(QEasingCurve::OutCubic);
    QPointer<QWidget> target(widget);
    QObject::connect(animation, &QPropertyAnimation::finished, widget, [target, effect, done] {
        // Not from inside the animation's own signal: removing the effect deletes the animation.
        QMetaObject::invokeMethod(
            target,
            [target, effect, done] {
                if (!target || target->graphicsEffect() != effect)
                    return; // faded again meanwhile
                if (done)
                    done();
                target->setGraphicsEffect(nullptr);
            },
            Qt::QueuedConnection);
    });
    animation->start();
}

} // namespace

void reveal::fadeIn(QWidget *widget)
{
    fade(widget, 0.0, 1.0);
}

bool reveal::isFading(const QWidget *widget)
{
    return runningFade(widget) != nullptr;
}

PredictionVeil::PredictionVeil(QWidget *covered)
    : QWidget(covered)
    , m_covered(covered)
{
    setObjectName(QStringLiteral("predictionVeil"));
    setAttribute(Qt::WA_TransparentForMouseEvents); // the teacher may still drag the probe there
    covered->installEventFilter(this);
    setGeometry(covered->rect());
    hide();
}

void PredictionVeil::cover()
{
    setGraphicsEffect(nullptr); // stops a lift in progress
    setGeometry(m_covered->rect());
    raise();
    show();
}

void PredictionVeil::lift(bool animate)
{
    if (isHidden())
        return;
    if (!animate) {
        setGraphicsEffect(nullptr);
        hide();
        return;
    }
    fade(this, 1.0, 0.0, [this] { hide(); });
}

bool PredictionVeil::isCovering() const
{
    return !isHidden() && !isLifting();
}

bool PredictionVeil::isLifting() const
{
    return reveal::isFading(this) || (!isHidden() && ownEffect(this));
}

bool PredictionVeil::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_covered && event->type() == QEvent::Resize)
        setGeometry(m_covered->rect());
    return QWidget::eventFilter(watched, event);
}

void PredictionVeil::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter, reveal::placeholder());
}

} // namespace relulab
