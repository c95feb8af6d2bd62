#include "window/entrykeys.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>

namespace relulab {
namespace {

bool acceptable(const QAbstractSpinBox *box)
{
    QString text = box->text();
    int position = 0;
    return box->validate(text, position) == QValidator::Acceptable;
}

} // namespace

EntryKeys::EntryKeys(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_hint(new QLabel(window, Qt::ToolTip))
    , m_hintTimer(new QTimer(this))
{
    m_hint->setObjectName(QStringLiteral("entryHint"));
    m_hint->setForegroundRole(QPalette::ToolTipText);
    m_hint->setBackgroundRole(QPalette::ToolTipBase);
    m_hint->setAutoFillBackground(true);
    m_hint->setMargin(6);
    m_hintTimer->setSingleShot(true);
    m_hintTimer->setInterval(6000);
    connect(m_hintTimer, &QTimer::timeout, this, &EntryKeys::hideHint);
    connect(qApp, &QApplication::focusChanged, this, &EntryKeys::hideHint);
    qApp->installEventFilter(this);
}

QString EntryKeys::rangeHint(const QAbstractSpinBox *box)
{
    QString minimum;
    QString maximum;
    if (const auto *real = qobject_cast<const QDoubleSpinBox *>(box)) {
        minimum = real->textFromValue(real->minimum());
        maximum = real->textFromValue(real->maximum());
    } else if (const auto *whole = qobject_cast<const QSpinBox *>(box)) {
        minimum = whole->locale().toString(whole->minimum());
        maximum = whole->locale().toString(whole->maximum());
    }
    // The typographic minus, as everywhere else in the lab.
    minimum.replace(QLatin1Char('-'), QChar(0x2212));
    maximum.replace(QLatin1Char('-'), QChar(0x2212));
    return tr("%1 takes a number from %2 to %3.").arg(box->accessibleName(), minimum, maximum);
}

void EntryKeys::showHint(QAbstractSpinBox *box)
{
    m_hint->setText(rangeHint(box));
    m_hint->adjustSize();
    // Below the box, or above it where the screen ends (the controls sit at the window's foot).
    QPoint place = box->mapToGlobal(QPoint(0, box->height() + 2));
    const QScreen *screen = box->screen();
    if (screen && place.y() + m_hint->height() > screen->geometry().bottom())
        place = box->mapToGlobal(QPoint(0, -m_hint->height() - 2));
    m_hint->move(place);
    m_hint->show();
    m_hintTimer->start();
}

void EntryKeys::hideHint()
{
    m_hintTimer->stop();
    m_hint->hide();
}

bool EntryKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *box = qobject_cast<QAbstractSpinBox *>(watched);
    if (!box || box->window() != m_window || box->isReadOnly())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!acceptable(box)) {
            showHint(box);
            box->selectAll();
            return true;
        }
        box->interpretText();
        break;
    case Qt::Key_Escape: {
        // Back to the value the box had before typing; clearing the focus would commit the text.
        if (auto *real = qobject_cast<QDoubleSpinBox *>(box))
            real->setValue(real->value());
        else if (auto *whole = qobject_cast<QSpinBox *>(box))
            whole->setValue(whole->value());
        break;
    }
    default: {
        // A key the box refused (its validator keeps the text as it was): say why.
        if (key->text().isEmpty() || !key->text().at(0).isPrint())
            return false;
        const QString before = box->text();
        static_cast<QObject *>(box)->event(event);
        if (box->text() == before && key->text().at(0).isDigit())
            showHint(box);
        return true;
    }
    }
    hideHint();
    box->clearFocus();
    return true;
}

} // namespace relulab
