#include "window/entrykeys.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QSpinBox>
#include <QToolTip>

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
{
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
    QToolTip::showText(box->mapToGlobal(QPoint(0, box->height())), rangeHint(box), box);
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
    QToolTip::hideText();
    box->clearFocus();
    return true;
}

} // namespace relulab
