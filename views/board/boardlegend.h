#pragma once

#include <QAbstractButton>
#include <QHash>
#include <QList>
#include <QWidget>

class QButtonGroup;

namespace relulab {

// One legend entry: a swatch in the family's colour and "Name — tagline". A checkable button, so
// mouse, Space and Enter select it and assistive tools read its state.
class BoardLegendEntry : public QAbstractButton
{
    Q_OBJECT

public:
    explicit BoardLegendEntry(const QString &familyId, QWidget *parent = nullptr);

    QString familyId() const { return m_familyId; }
    void setLabel(const QString &name, const QString &tagline);
    QString name() const { return m_name; }
    QString tagline() const { return m_tagline; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont nameFont() const;

    QString m_familyId;
    QString m_name;
    QString m_tagline;
    // Measuring the text is the costly part of a layout pass that asks many times: kept until
    // the text or font changes.
    mutable QSize m_sizeHint;
};

// The board's legend: one entry per family, flowing onto as many centred rows as the width needs.
class BoardLegend : public QWidget
{
    Q_OBJECT

public:
    explicit BoardLegend(const QStringList &familyIds, QWidget *parent = nullptr);

    BoardLegendEntry *entry(const QString &familyId) const { return m_entries.value(familyId); }
    QList<BoardLegendEntry *> entries() const { return m_order; }
    void setSelectedFamily(const QString &familyId);
    QString selectedFamily() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void familyActivated(const QString &familyId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Places the entries for `width` (only measures when `apply` is false); returns the height.
    int arrange(int width, bool apply) const;

    QHash<QString, BoardLegendEntry *> m_entries;
    QList<BoardLegendEntry *> m_order;
    QButtonGroup *m_group = nullptr;
};

} // namespace relulab
