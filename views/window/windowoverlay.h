#pragma once

#include <QWidget>

class QTextDocument;

namespace relulab {

// A widget that covers its parent window completely while shown, follows its size, and closes
// on Escape or a click. Blanking and the shortcut list are both overlays.
class WindowOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit WindowOverlay(QWidget *window);

    void toggle();

signals:
    void visibilityChanged(bool visible);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
};

// Blacks out the window (B or .), so the class looks at the teacher, not the screen. Nothing
// else happens while it is shown: a stray Page Up from the clicker does not change the step
// behind the black screen; B, . or Esc bring the lab back as it was.
class BlankOverlay : public WindowOverlay
{
    Q_OBJECT

public:
    explicit BlankOverlay(QWidget *window);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

// The keyboard shortcuts, readable from the back of the room (F1 or ?).
class ShortcutOverlay : public WindowOverlay
{
    Q_OBJECT

public:
    explicit ShortcutOverlay(QWidget *window);
    // The list as HTML, its rows in one table of `columns` pairs of key and meaning.
    QString text(int columns = 1) const;
    // Where the list's card is drawn: inside the window at every size (two columns, then
    // smaller type, when one column is too tall for a projector's 768 pixels).
    QRectF cardRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QList<QPair<QString, QString>> rows() const;
    // Lays the list out in `document` and returns the scale at which its card fits the window.
    qreal prepare(QTextDocument *document) const;
    QRectF cardFor(const QTextDocument &document, qreal scale) const;
    static constexpr QSizeF kCardPadding{24, 20};
};

} // namespace relulab
