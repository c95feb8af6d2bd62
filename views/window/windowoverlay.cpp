#include "window/windowoverlay.h"

#include "family.h"
#include "widgets/familygroups.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace relulab {

WindowOverlay::WindowOverlay(QWidget *window)
    : QWidget(window)
{
    setFocusPolicy(Qt::StrongFocus);
    window->installEventFilter(this);
    hide();
}

void WindowOverlay::toggle()
{
    setVisible(!isVisible());
}

bool WindowOverlay::event(QEvent *event)
{
    // Escape closes the overlay first, before it can leave presentation mode.
    if (event->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool WindowOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void WindowOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WindowOverlay::mousePressEvent(QMouseEvent *)
{
    hide();
}

void WindowOverlay::showEvent(QShowEvent *event)
{
    setGeometry(parentWidget()->rect());
    raise();
    setFocus(Qt::OtherFocusReason);
    QWidget::showEvent(event);
    emit visibilityChanged(true);
}

void WindowOverlay::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    emit visibilityChanged(false);
}

BlankOverlay::BlankOverlay(QWidget *window)
    : WindowOverlay(window)
{
    setObjectName(QStringLiteral("blankOverlay"));
    setAccessibleName(tr("Blank screen"));
}

bool BlankOverlay::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        // Only the blanking keys themselves keep their shortcut.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_B && key != Qt::Key_Period) {
            event->accept();
            return true;
        }
    }
    return WindowOverlay::event(event);
}

void BlankOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
}

ShortcutOverlay::ShortcutOverlay(QWidget *window)
    : WindowOverlay(window)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
}

QList<QPair<QString, QString>> ShortcutOverlay::rows() const
{
    const QList<QPair<QString, QString>> probeRows = {
        {tr("← →"), tr("Move the probe")},
        {tr("Shift + ← →"), tr("Move the probe in big steps")},
        {tr("Ctrl + ← →"), tr("Move the probe in fine steps")},
        {tr("Home, End, 0"), tr("Probe to the left end, the right end, zero")},
    };
    // The family keys name the catalog's families, so the list stays true as the catalog grows.
    const QStringList keyed = familyKeyOrder();
    const qsizetype seeds = std::min(FamilyCatalog::seedIds().size(), keyed.size());
    const auto names = [&keyed](qsizetype from, qsizetype to) {
        QStringList result;
        for (qsizetype i = from; i < to; ++i)
            result.append(FamilyCatalog::find(keyed[i])->displayName);
        return result.join(QStringLiteral(", "));
    };
    const auto keyRange = [](qsizetype from, qsizetype to) {
        return from + 1 == to ? QString::number(to) : QStringLiteral("%1 – %2").arg(from + 1).arg(to);
    };
    QList<QPair<QString, QString>> familyRows;
    if (seeds > 0)
        familyRows.append({keyRange(0, seeds), names(0, seeds)});
    if (keyed.size() > seeds)
        familyRows.append({keyRange(seeds, keyed.size()), names(seeds, keyed.size())});
    familyRows.append({tr("N, Shift + N"), tr("Next or previous family, through all %1 in catalog order")
                                                .arg(FamilyCatalog::all().size())});
    const QList<QPair<QString, QString>> rest = {
        {tr("+ −"), tr("Change the family's parameter")},
        {tr("O"), tr("Show or hide the other families")},
        {tr("Ctrl + +, Ctrl + −, Ctrl + 0"), tr("Zoom the x axis in, out, back to −4 … 4")},
        {tr("D, L, G, K"), tr("Training: start “Dying ReLU”, “Leaky rescue”, “Smooth gates”, “Sigmoid stack”")},
        {tr("P or Space, S, R"), tr("Training: play or pause, a single step, reset the run")},
        {tr("P"), tr("Hide the answers so the class predicts first; P, Page Down or Space reveals them")},
        {tr("T"), tr("Show or hide every family at the probe")},
        {tr("Page Down, Space"), tr("Next lesson step")},
        {tr("Page Up, Backspace"), tr("Previous lesson step")},
        {tr("R"), tr("Restore the lesson step after changes")},
        {tr("F5"), tr("Presentation mode on or off (Esc leaves)")},
        {tr("B or ."), tr("Blank the screen")},
        {tr("Ctrl + Shift + N"), tr("Speaker notes, on the teacher's screen only")},
        {tr("Ctrl + C"), tr("Copy the focused teaching card or readout")},
        {tr("F1 or ?"), tr("Show or hide this list")},
    };
    return probeRows + familyRows + rest;
}

QString ShortcutOverlay::text(int columns) const
{
    const QList<QPair<QString, QString>> all = rows();
    const qsizetype perColumn = (all.size() + columns - 1) / columns;
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='6'>").arg(tr("Keyboard shortcuts").toHtmlEscaped());
    for (qsizetype row = 0; row < perColumn; ++row) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = row; i < all.size(); i += perColumn) {
            html += QStringLiteral("<td align='right'><b>%1</b></td><td>%2</td>")
                        .arg(all[i].first.toHtmlEscaped(), all[i].second.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1</p>").arg(tr("Press Esc, F1 or ? to close.").toHtmlEscaped());
    return html;
}

qreal ShortcutOverlay::prepare(QTextDocument *document) const
{
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * std::clamp(height() / 600.0, 1.0, 2.0));
    document->setDefaultFont(font);
    document->setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(palette().color(QPalette::ToolTipText).name()));
    const QSizeF room = QSizeF(size()) - 2 * kCardPadding - QSizeF(32, 32);
    for (int columns : {1, 2}) {
        document->setHtml(QStringLiteral("<body>%1</body>").arg(text(columns)));
        document->setTextWidth(std::min(room.width(), font.pointSizeF() * 48 * columns));
        if (document->size().height() <= room.height())
            return 1.0;
    }
    // Even two columns are too tall (large presentation type on a short screen): drawn smaller.
    return std::max(0.1, room.height() / document->size().height());
}

QRectF ShortcutOverlay::cardRect() const
{
    QTextDocument document;
    return cardFor(document, prepare(&document));
}

QRectF ShortcutOverlay::cardFor(const QTextDocument &document, qreal scale) const
{
    QRectF card(QPointF(0, 0), (document.size() + 2 * kCardPadding) * scale);
    card.moveCenter(QRectF(rect()).center());
    return card;
}

void ShortcutOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Keyboard shortcuts"));
        update();
    }
    WindowOverlay::changeEvent(event);
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0, 0, 0, 170));

    QTextDocument document;
    const qreal scale = prepare(&document);
    const QRectF card = cardFor(document, scale);
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::ToolTipBase));
    painter.drawRoundedRect(card, 14, 14);
    painter.translate(card.topLeft() + QPointF(kCardPadding.width(), kCardPadding.height()) * scale);
    painter.scale(scale, scale);
    document.drawContents(&painter);
}

} // namespace relulab
