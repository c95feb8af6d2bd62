#pragma once

#include <QLabel>
#include <QList>
#include <QStringList>

#include <optional>

namespace relulab {

// A word-wrapped label that shapes its text once. QLabel measures and paints plain text through a
// fresh text layout each time, shaping the whole text again for every width a layout pass asks
// about, for each of its size hints and for each paint; that shaping dominated switching families.
// This label shapes a new text once, keeps where each line may break and how wide every piece is,
// and from then on wraps by arithmetic. It paints exactly the lines it measured. Its size hints
// follow QLabel's rules, so it behaves like a QLabel in any layout.
//
// Rich text, mnemonics, indents, tabs and selectable text are left to QLabel itself; their heights
// are remembered per width until the text, font, style or margins change.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr);

    // One line of wrapped text: the characters [start, start + length) of the text, drawn `width`
    // pixels wide (trailing spaces do not count).
    struct Line
    {
        int start = 0;
        int length = 0;
        double width = 0.0;
    };
    // The lines the text breaks into when at most `width` pixels are available. A word wider than
    // that gets a line of its own and sticks out.
    QList<Line> wrappedLines(double width) const;

    // Texts this label may show later (every step of a lesson, every family's tagline): its height
    // is always that of the tallest of them and its own text, so a new text never moves the layout.
    void setReservedTexts(const QStringList &texts);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // A place the text may break: after the characters up to `end`, the visible ones ending at
    // `visibleEnd` (`x` and `visibleX` are the pen positions there, in pixels from the start of
    // the paragraph).
    struct BreakPoint
    {
        int end = 0;
        int visibleEnd = 0;
        double x = 0.0;
        double visibleX = 0.0;
        double overhang = 0.0; // how far the last visible glyph reaches past its advance
        bool mandatory = false; // a line break in the text
    };
    struct Measured
    {
        int width = 0;
        QSize size;
    };

    // Whether this label's text is plain text this class lays out itself.
    bool isPlainWrappedText() const;
    // Whether it is plain text this class paints itself, wrapped or not.
    bool isPlainText() const;
    // Shapes a new text (or the text in a new font) and forgets all remembered sizes.
    void validate() const;
    // The top of each line from the top of the text, and the text's height.
    QList<double> lineTops(int lineCount, double *height) const;
    // The text's bounding size when wrapped to `width`, as QFontMetrics::boundingRect() reports it.
    QSize textSize(int width) const;
    // QLabel's size for a given width (-1: the width QLabel would pick itself).
    QSize sizeForWidth(int width) const;
    int ownHeightForWidth(int width) const;
    int extraWidth() const;
    int extraHeight() const;
    // Sizes remembered per width: the last kRemembered widths a layout asked about.
    static std::optional<QSize> recall(const QList<Measured> &memory, int width);
    static void remember(QList<Measured> *memory, int width, const QSize &size);

    // The tallest reserved text at `width` (the label's own width, margins included).
    int reservedHeight(int width) const;

    static constexpr int kRemembered = 8;

    QStringList m_reserved;
    mutable QList<Measured> m_reservedHeights;

    mutable bool m_valid = false;
    mutable QString m_shapedText;
    mutable QString m_lineText; // the text with its line breaks as QChar::LineSeparator
    mutable QList<BreakPoint> m_breaks;
    mutable double m_lineHeight = 0.0;
    mutable double m_ascent = 0.0;
    mutable QList<Measured> m_textSizes;
    // QLabel's own heights for text it lays out itself (rich text), remembered the same way.
    mutable QString m_fallbackText;
    mutable QList<Measured> m_fallbackHeights;
};

} // namespace relulab
