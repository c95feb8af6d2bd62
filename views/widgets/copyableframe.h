#pragma once

#include <QFrame>

namespace relulab {

// A focusable frame whose text Ctrl+C or its context menu puts on the clipboard: the teaching
// cards and readouts, whose labels are not mouse-selectable (see TeachingCard).
class CopyableFrame : public QFrame
{
public:
    using QFrame::QFrame;

    void copyToClipboard() const;

protected:
    // What Copy puts on the clipboard, and the context menu's wording for it.
    virtual QString copyText() const = 0;
    virtual QString copyActionText() const = 0;

    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace relulab
