#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace relulab {

// A chart of a few quantities over training steps, painted directly: appending a step costs
// nothing, and a paint draws at most one point per pixel column whatever the number of steps.
class StepChart : public QWidget
{
    Q_OBJECT

public:
    enum class Scale { Linear, Logarithmic };

    explicit StepChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Replaces the series (their names for the legend and colours) and clears the data.
    void setSeries(const QStringList &names, const QList<QColor> &colors);
    void setSeriesNames(const QStringList &names); // after a language change
    void setScale(Scale scale) { m_scale = scale; update(); }
    // A fixed y range (e.g. 0 to 1 for accuracies); without it the range follows the data.
    void setFixedRange(double minimum, double maximum);
    void append(int step, const QList<double> &values); // one value per series; non-finite ones are skipped
    void clear();

    // The curves' pen: thicker with the chart's type, so presentation lines read from afar.
    double curveWidth() const;
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    // The title as drawn at the chart's width: broken between words into as many lines as it
    // needs, so that nothing is cut (a presented chart is narrow and its type large).
    QStringList titleLines() const;
    QFont titleFont() const;
    // Room for the title and legend lines in the chart's font (presentation type is large) and a
    // plot below them.
    QSize minimumSizeHint() const override { return {150, 2 * fontMetrics().lineSpacing() + 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QStringList m_names;
    QList<QColor> m_colors;
    QList<int> m_steps;
    QList<QList<double>> m_values; // per series
    Scale m_scale = Scale::Linear;
    bool m_fixed = false;
    double m_fixedMinimum = 0.0;
    double m_fixedMaximum = 1.0;
    double m_dataMinimum = 0.0;
    double m_dataMaximum = 0.0;
};

} // namespace relulab
