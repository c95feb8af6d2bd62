#include "widgets/revealeffect.h"

#include <QGraphicsOpacityEffect>
#include <QPointer>
#include <QPropertyAnimation>
#include <QWidget>

namespace relulab::reveal {
namespace {

// Only effects made here are touched: a widget's own effect is never replaced by accident.
const char *const kEffectName = "relulab-reveal";

QGraphicsOpacityEffect *ownEffect(const QWidget *widget)
{
    auto *effect = qobject_cast<QGraphicsOpacityEffect *>(widget->graphicsEffect());
    return effect && effect->objectName() == QLatin1String(kEffectName) ? effect : nullptr;
}

QGraphicsOpacityEffect *ensureEffect(QWidget *widget)
{
    if (QGraphicsOpacityEffect *effect = ownEffect(widget))
        return effect;
    auto *effect = new QGraphicsOpacityEffect(widget);
    effect->setObjectName(QLatin1String(kEffectName));
    widget->setGraphicsEffect(effect);
    return effect;
}

QPropertyAnimation *runningFade(const QGraphicsOpacityEffect *effect)
{
    if (!effect)
        return nullptr;
    const QList<QPropertyAnimation *> fades = effect->findChildren<QPropertyAnimation *>();
    for (QPropertyAnimation *fade : fades) {
        if (fade->state() == QAbstractAnimation::Running)
            return fade;
    }
    return nullptr;
}

void stopFades(QGraphicsOpacityEffect *effect)
{
    qDeleteAll(effect->findChildren<QPropertyAnimation *>());
}

} // namespace

void conceal(QWidget *widget)
{
    QGraphicsOpacityEffect *effect = ensureEffect(widget);
    stopFades(effect);
    effect->setOpacity(0.0);
}

void unveil(QWidget *widget, bool animate)
{
    if (!animate) {
        if (ownEffect(widget))
            widget->setGraphicsEffect(nullptr); // an effect renders through a pixmap: none when not needed
        return;
    }
    QGraphicsOpacityEffect *effect = ensureEffect(widget);
    stopFades(effect);
    effect->setOpacity(0.0);
    auto *fade = new QPropertyAnimation(effect, "opacity", effect);
    fade->setDuration(kDurationMs);
    fade->setStartValue(0.0);
    fade->setEndValue(1.0);
    fade->setEasingCurve(QEasingCurve::OutCubic);
    QPointer<QWidget> target(widget);
    QObject::connect(fade, &QPropertyAnimation::finished, widget, [target, effect] {
        // Not from inside the animation's own signal: removing the effect deletes the animation.
        QMetaObject::invokeMethod(
            target,
            [target, effect] {
                if (target && target->graphicsEffect() == effect && !runningFade(effect))
                    target->setGraphicsEffect(nullptr);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(fade, &QPropertyAnimation::finished, fade, &QObject::deleteLater);
    fade->start();
}

bool isConcealed(const QWidget *widget)
{
    const QGraphicsOpacityEffect *effect = ownEffect(widget);
    return effect && !runningFade(effect) && effect->opacity() == 0.0;
}

bool isFading(const QWidget *widget)
{
    return runningFade(ownEffect(widget)) != nullptr;
}

} // namespace relulab::reveal
