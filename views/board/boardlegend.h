#pragma once

#include <QAbstractButton>
#include <QHash>
#include <QList>
#include <QWidget>

#include <array>

class QButtonGroup;
class QLabel;

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

signals:
    // Its text or font changed, and with them widthFor().
    void measuresChanged();

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

// The board's legend: an entry per listed family (the compared ones and the selected one, in
// catalog order) on one centred row where possible: "Name — tagline" for every entry if they fit,
// else the tagline of the selected family only, else names only; rows are added only when even
// the names do not fit, and the selected family's tagline stays beside its name where that
// takes no further row. Where that tagline must stay on screen (presenting: the use-case tile is
// hidden) and the rows have no room for it, it gets a line of its own below the names.
//
// Its height never depends on which family is selected: it is the most any selection needs, so
// the charts below keep their place when the teacher switches family.
class BoardLegend : public QWidget
{
    Q_OBJECT

public:
    explicit BoardLegend(const QStringList &familyIds, QWidget *parent = nullptr);

    BoardLegendEntry *entry(const QString &familyId) const { return m_entries.value(familyId); }
    QList<BoardLegendEntry *> entries() const { return m_order; }
    // Lists the entries of `familyIds` and the selected family's (at first: all of them).
    void setComparedFamilies(const QStringList &familyIds);
    QStringList listedFamilies() const { return m_listed; }
    void setSelectedFamily(const QString &familyId);
    QString selectedFamily() const;
    // Presenting: the selected family's tagline is always shown, on a line of its own if needed.
    void setSelectedTaglineKept(bool kept);
    bool selectedTaglineKept() const { return m_taglineKept; }
    // "Name — tagline" of the selected family on its own line below the names; hidden while a
    // row has room for the tagline beside the name.
    QLabel *taglineLine() const { return m_taglineLine; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void familyActivated(const QString &familyId);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // Line: the selected family's tagline on a line of its own below names-only rows.
    enum class Taglines { All, SelectedOnly, Line, None };
    // How the entries show their taglines at `width` were `selected` the selected entry.
    Taglines taglinesFor(int width, const BoardLegendEntry *selected) const;
    // Presenting: the same for every selection, so the tagline never changes place.
    Taglines keptTaglines(int width) const;
    bool fits(int width, Taglines taglines, const BoardLegendEntry *selected) const;
    // The entries listed with `selected`, showing `taglines`, in rows of at most `width`.
    QList<QList<BoardLegendEntry *>> rowsOf(int width, Taglines taglines, const BoardLegendEntry *selected) const;
    static bool showsTagline(const BoardLegendEntry *entry, Taglines taglines, const BoardLegendEntry *selected);
    // Places the entries (and the tagline line) for `width` with `selected` as the selected
    // entry; only measures when `apply` is false. Returns the height.
    int arrange(int width, const BoardLegendEntry *selected, Taglines taglines, bool apply) const;
    // Arranges the widgets for the real selection.
    void arrangeNow();
    // The tagline line's text and height for `selected` at `width`.
    static QString taglineText(const BoardLegendEntry *selected);
    int taglineLineHeight(int width, const BoardLegendEntry *selected) const;
    BoardLegendEntry *selectedEntry() const;

    bool isListed(const BoardLegendEntry *entry, const BoardLegendEntry *selected) const;
    void updateListed();

    QHash<QString, BoardLegendEntry *> m_entries;
    QStringList m_compared;
    QStringList m_listed; // the compared and the selected family, in catalog order
    QList<BoardLegendEntry *> m_order;
    QButtonGroup *m_group = nullptr;
    QLabel *m_taglineLine = nullptr;
    bool m_taglineKept = false;
    mutable QHash<int, int> m_heights; // heightForWidth() by width
};

} // namespace relulab
