#pragma once

#include "training/trainer.h"

#include <QWidget>

namespace relulab {

// Every hidden unit as a cell, one column per layer (layer 1 on the left): the brighter, the
// larger the share of the data on which it is active. A unit dead on all data is drawn dark and
// crossed, with the step at which it died.
class UnitGrid : public QWidget
{
    Q_OBJECT

public:
    explicit UnitGrid(QWidget *parent = nullptr);

    void setUnits(const QList<UnitState> &units, int depth, int width);
    QString layerLabel() const { return m_layerLabel; }
    void setLayerLabel(const QString &label); // "Layer %1"
    void setDiedLabel(const QString &label);  // "†%1", the step a unit died

    QSize minimumSizeHint() const override { return {160, 140}; }

    // The step a dead unit died is written in its cell when the cell has room for it in a type
    // no smaller than 70 % of the grid's own (read from the back row too); else it is crossed.
    QFont diedAtFont() const;
    bool showsDiedAt() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Cells in as many sub-columns per layer as keep them roughly square.
    struct Cells {
        int header = 0;       // the layer captions' row
        double columnWidth = 0;
        int perColumn = 0;
        int subColumns = 1;
        double cell = 0;      // a cell's side
    };
    Cells cells() const;

    QList<UnitState> m_units;
    int m_depth = 0;
    int m_width = 0;
    QString m_layerLabel;
    QString m_diedLabel;
};

} // namespace relulab
