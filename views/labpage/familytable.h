#pragma once

#include "widgets/refreshwhenshown.h"

#include <QTableView>

namespace relulab {

class FamilyTableModel;
class LabModel;
class PredictionVeil;
class Teaching;

// Every family at the probe: one row per catalog family, in catalog order, with its output, slope
// and gradient-health verdict at the probe's x (the readouts' words and number format), the
// selected family highlighted. Clicking a row selects that family. It follows the probe live;
// hidden for prediction with the readouts, since it would give their answer away.
class FamilyTable : public QTableView
{
    Q_OBJECT

public:
    enum Column { FamilyColumn, OutputColumn, SlopeColumn, HealthColumn, ColumnCount };
    // Column 0 of each row carries its family id under this role.
    static constexpr int kFamilyIdRole = Qt::UserRole + 1;

    FamilyTable(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    // The row of a family id (-1 if none), and what a cell shows, up to date also while hidden.
    int rowOf(const QString &familyId) const;
    QString cellText(int row, Column column);

    PredictionVeil *veil() const { return m_veil; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onReadingChanged();
    void refresh();
    void applyHiddenParts(bool animate);
    void fitColumns();

    LabModel *m_model = nullptr;
    FamilyTableModel *m_table = nullptr;
    PredictionVeil *m_veil = nullptr; // over the rows while the readouts are hidden
    RefreshWhenShown *m_catchUp = new RefreshWhenShown(this, [this] { refresh(); });
};

} // namespace relulab
