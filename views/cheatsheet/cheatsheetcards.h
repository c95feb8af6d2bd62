#pragma once

#include "widgets/refreshwhenshown.h"

#include <QFrame>
#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace relulab {

class LabModel;
class Teaching;
class CurveThumbnail;

// One family on the in-window cheat sheet: name, current parameters, subtitle, tagline, a small
// curve and the summary. Clicking it, or Enter/Space while it has focus, asks for its family.
class FamilyCard : public QFrame
{
    Q_OBJECT

public:
    FamilyCard(const QString &family, LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    QString family() const { return m_family; }
    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);
    void refreshText();   // teaching text or language changed
    void refreshCurve();  // a parameter of this family changed

signals:
    void activated(const QString &family);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_family;
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    bool m_selected = false;
    QLabel *m_name = nullptr;
    QLabel *m_parameters = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_tagline = nullptr;
    QLabel *m_summary = nullptr;
    CurveThumbnail *m_curve = nullptr;
};

// The family cheat sheet in the window: a card per family that selects it in the model. The
// selected card is highlighted. Cards reflow from one column in a ~350 px side panel to a
// single row at ~1200 px, and scroll when they do not fit. A model change while the sheet is
// hidden (a closed dock) only marks it stale; it catches up when shown or when a card is asked
// for.
class CheatSheetCards : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinimumCardWidth = 220;

    CheatSheetCards(LabModel *model, Teaching *teaching, QWidget *parent = nullptr);

    // Up to date with the model, also while the sheet is hidden.
    FamilyCard *card(const QString &family);
    QList<FamilyCard *> cards();
    int columnCount() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FamilyCard *cardFor(const QString &family) const; // as it is, stale or not
    void reflow();
    void onFamilyChanged();
    void onParameterChanged(const QString &family);
    void refresh();
    void showSelection();

    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_container = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<FamilyCard *> m_cards;
    int m_columns = 0;
    // Nobody sees a hidden view: it skips changes and catches up when shown.
    RefreshWhenShown *m_catchUp = new RefreshWhenShown(this, [this] { refresh(); });
};

} // namespace relulab
