#include "widgets/copyableframe.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>

namespace relulab {

void CopyableFrame::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(copyText());
}

void CopyableFrame::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(copyActionText(), this, &CopyableFrame::copyToClipboard);
    menu.exec(event->globalPos());
}

void CopyableFrame::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace relulab
