#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace relulab {

// A checklist of every catalog family under its group ("ReLU family", "Before ReLU"); a group's
// box checks or clears all of its families. Arrow keys move, Space checks. The comparison set
// and the cheat sheet's families are chosen with it.
class FamilyChecklist : public QTreeWidget
{
    Q_OBJECT

public:
    explicit FamilyChecklist(QWidget *parent = nullptr);

    QStringList checkedIds() const; // in catalog order
    void setCheckedIds(const QStringList &ids);
    QTreeWidgetItem *familyItem(const QString &id) const;
    QTreeWidgetItem *groupItem(int index) const { return topLevelItem(index); }

    QSize sizeHint() const override;

signals:
    void checkedIdsChanged(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace relulab
