#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>
#include <QString>

namespace relulab {

// A tick label: the value it marks and the text shown for it.
struct AxisTick
{
    double value = 0.0;
    QString text;

    friend bool operator==(const AxisTick &a, const AxisTick &b) { return a.value == b.value && a.text == b.text; }
};

// The tick labels and the title of one chart axis, drawn as plain text in the chart's margin:
// the labels along the bottom (x) or the left (y) edge of the plot area, the title beyond them
// (turned upright for the y axis). Qt Charts lays out each of its axis labels as a rich-text
// document and re-lays out both axes whenever one label changes, which cost more than the rest
// of a parameter change together; plain text laid out once per new label costs next to nothing.
class AxisLabels : public QGraphicsItem
{
public:
    enum class Edge { Bottom, Left };

    explicit AxisLabels(Edge edge, QGraphicsItem *parent = nullptr);

    void setTicks(const QList<AxisTick> &ticks);
    // `shortTitle` ("f′(x)") is drawn instead of a `title` ("derivative f′(x)") too long for the
    // chart: a whole short form reads better than a cut word.
    void setTitle(const QString &title, const QString &shortTitle = QString());
    void setFonts(const QFont &labelFont, const QFont &titleFont);
    // An x axis's title at the end of the axis, on the labels' row past the last one, instead of
    // on a row of its own under them: a short title ("x") then costs the chart no height.
    void setTitleAtEnd(bool atEnd);
    QFont labelFont() const { return m_labelFont; }
    void setColor(const QColor &color);

    // Places a label at each of the given positions (chart coordinates along the edge, one per
    // tick) next to `plotArea`, and the title centred on the plot area beyond them; a title longer
    // than the plot area may reach into the chart's margins (`chartArea`) before it is elided.
    void place(const QRectF &plotArea, const QRectF &chartArea, const QList<double> &positions);

    // The room the labels and the title need beside the plot area: a width for the left edge, a
    // height for the bottom edge. Nothing when hidden.
    double thickness() const;
    // The same room, for labels at least as wide as `label`.
    double thicknessFor(const QString &label) const;
    // How far the outermost labels reach past the ends of the plot area (half a label).
    double overhangBefore() const;
    double overhangAfter() const;

    QList<AxisTick> ticks() const { return m_ticks; }
    QString title() const { return m_title; }
    QString shortTitle() const { return m_shortTitle; }
    // The title as drawn: the short form when the chart is too short for all of it (elided only
    // when even that does not fit).
    QString shownTitle() const { return m_shownTitle.text(); }
    QColor color() const { return m_color; }
    // Where each label was placed, in chart coordinates.
    QList<QRectF> labelRects() const { return m_labelRects; }
    QRectF titleRect() const { return m_titleRect; }

    static constexpr double kTickGap = 3.0;
    static constexpr double kTitleGap = 3.0;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void prepareLabels();
    void prepareTitle(const QString &text);
    double labelExtent() const; // the widest label (left edge) or the label height (bottom edge)
    double titleAtEndGap() const; // between the last label and a title at the axis's end

    Edge m_edge;
    QFont m_labelFont;
    QFont m_titleFont;
    QColor m_color;
    QList<AxisTick> m_ticks;
    QList<QStaticText> m_labels;
    QList<QRectF> m_labelRects;
    QString m_title;
    QString m_shortTitle;
    bool m_titleAtEnd = false;
    QStaticText m_shownTitle;
    QRectF m_titleRect;
    QRectF m_bounds;
};

} // namespace relulab
