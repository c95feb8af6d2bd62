#pragma once

#include "training/trainingdata.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace relulab {

// The plane the network classifies: its decision regions as a picture (one pixel per grid cell,
// scaled smoothly) with the data points on top, training points filled and test points hollow.
class DecisionMap : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionMap(QWidget *parent = nullptr);

    void setData(const TrainingData &points);
    // P(label 1) on a resolution² grid over ±TrainingData::kExtent, rows from the top.
    void setGrid(const QList<double> &probability, int resolution);
    const QImage &regions() const { return m_regions; }

    QSize minimumSizeHint() const override { return {160, 160}; }
    // Asks for a square by default; in presentation the charts below need the height more (the
    // map is painted square in whatever box it gets).
    void setAsksForSquare(bool asks);
    bool hasHeightForWidth() const override { return m_asksForSquare; }
    int heightForWidth(int width) const override { return width; }
    // Where the map is painted: the largest square the widget holds, centred across.
    QRect plotRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor classColor(int label) const;
    QPixmap paintPoints(const QSize &size) const;

    TrainingData m_data;
    QImage m_regions;
    QPixmap m_points; // the data points on a transparent layer of the map's size
    bool m_asksForSquare = true;
};

} // namespace relulab
