#include "wrappinglabel.h"

#include <QEvent>

namespace relulab {

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

int WrappingLabel::heightForWidth(int width) const
{
    // QLabel::setText is not virtual: notice a new text here instead.
    if (text() != m_measuredText) {
        m_heights.clear();
        m_measuredText = text();
    }
    for (const Measured &measured : std::as_const(m_heights)) {
        if (measured.width == width)
            return measured.height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() >= kRemembered)
        m_heights.removeFirst();
    m_heights.append({width, height});
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace relulab
