#pragma once

#include <QAbstractButton>
#include <QHash>
#include <QList>
#include <QWidget>

#include <array>

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
    // Where the legend lacks room for every tagline it shows some entries by name only (the
    // tooltip and the accessible name keep the whole line).
    void setTaglineShown(bool shown);
    bool taglineShown() const { return m_taglineShown; }
    int widthFor(bool withTagline) const;

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
    mutable std::array<int, 2> m_widths = {}; // widthFor(false), widthFor(true); 0: not measured
    bool m_taglineShown = true;
};

// The board's legend: an entry per listed family (in catalog order) on one centred row where
// possible: "Name — tagline" for every entry if they fit, else the tagline of the selected family
// only, else names only; rows are added only when even the names do not fit.
class BoardLegend : public QWidget
{
    Q_OBJECT

public:
    explicit BoardLegend(const QStringList &familyIds, QWidget *parent = nullptr);

    BoardLegendEntry *entry(const QString &familyId) const { return m_entries.value(familyId); }
    QList<BoardLegendEntry *> entries() const { return m_order; }
    // Shows the entries of `familyIds` only (all of them at first).
    void setListedFamilies(const QStringList &familyIds);
    QStringList listedFamilies() const { return m_listed; }
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
    enum class Taglines { All, SelectedOnly, None };
    Taglines taglinesFor(int width) const;
    static bool showsTagline(const BoardLegendEntry *entry, Taglines taglines);
    // Places the entries for `width` (only measures when `apply` is false); returns the height.
    int arrange(int width, bool apply) const;

    bool isListed(const BoardLegendEntry *entry) const;

    QHash<QString, BoardLegendEntry *> m_entries;
    QStringList m_listed; // in catalog order
    QList<BoardLegendEntry *> m_order;
    QButtonGroup *m_group = nullptr;
};

} // namespace relulab
