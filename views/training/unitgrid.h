#pragma once

#include "training/trainer.h"

#include <QWidget>

namespace relulab {

// Every hidden unit as a cell, one column per layer (layer 1 on the left): the brighter, the
// larger the share of the data on which it is active. A unit dead on all data is drawn dark,
// with the step at which it died (crossed where that does not fit).
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
    const QList<UnitState> &units() const { return m_units; }

    // A dead unit's death step, "†123", written inside its own cell, so labels never meet nor
    // cover another unit. A label that does not fit whole, even in the smallest type allowed,
    // leaves its cell crossed instead: a step cut short would be a wrong one.
    struct DiedAtLabel {
        int unit = 0;   // index into units()
        QRect rect;     // the text's box, inside the unit's cell
        QString text;
    };
    QList<DiedAtLabel> diedAtLabels() const;
    // The labels' type: scaled with the cells, smaller where the widest label needs it, but never
    // below 70 % of the grid's own (read from the back row too).
    QFont diedAtFont() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    // Cells in as many sub-columns per layer as keep them roughly square.
    struct Cells {
        int header = 0;       // the layer captions' row
        double columnWidth = 0;
        int perColumn = 0;
        int subColumns = 1;
        double cell = 0;      // a cell's height
        double cellWidth = 0; // at least as wide
    };
    Cells cells() const;
    QRectF cellBox(const Cells &grid, int index) const; // the unit's cell, inside its margin

    QList<UnitState> m_units;
    int m_depth = 0;
    int m_width = 0;
    QString m_layerLabel;
    QString m_diedLabel;
};

} // namespace relulab
