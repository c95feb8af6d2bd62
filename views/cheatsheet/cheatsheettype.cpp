#include "cheatsheet/cheatsheettype.h"

#include "widgets/labfonts.h"
#include "widgets/mathtext.h"

#include <QPainter>
#include <QTextLayout>

namespace relulab::sheet {

QFont baseFont(bool mono, bool serif)
{
    fonts::install(); // the embedded faces, so the handout is the same file on every machine
    QFont font;
    if (mono)
        font.setFamilies({fonts::monoFamily()});
    else if (serif)
        font.setFamilies({fonts::serifFamily()});
    else
        font.setFamilies({fonts::sansFamily()});
    font.setHintingPreference(QFont::PreferNoHinting); // the same layout on screen and paper
    return font;
}

qreal wrappedText(QPainter *painter, QPaintDevice *device, const QString &text, const TextStyle &style,
                  const QPointF &topLeft, qreal width, int boldPrefix)
{
    if (text.isEmpty())
        return 0.0;
    QFont font = fontAtPoints(baseFont(style.mono), style.size, device);
    font.setBold(style.bold);
    font.setItalic(style.italic);
    // Laid out kTextScale times larger and drawn scaled down: see fontAtPoints().
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (boldPrefix > 0) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = boldPrefix;
        range.format.setFontWeight(QFont::Bold);
        layout.setFormats({range});
    }
    qreal y = 0.0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width * kTextScale);
        line.setPosition(QPointF(0.0, y * kTextScale));
        y += line.height() / kTextScale + 0.12 * style.size;
    }
    layout.endLayout();
    if (painter) {
        painter->save();
        painter->setPen(style.color);
        painter->translate(topLeft);
        painter->scale(1 / kTextScale, 1 / kTextScale);
        layout.draw(painter, QPointF(0, 0));
        painter->restore();
    }
    return y - 0.12 * style.size;
}

} // namespace relulab::sheet
