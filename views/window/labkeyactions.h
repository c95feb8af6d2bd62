#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace relulab {

class LabModel;

// The keyboard's way into the lab: probe steps, jumps, family keys and the main parameter.
// Every action is added to the window itself so it keeps working with the menu bar hidden
// (full screen); menus show the same actions with their shortcuts.
class LabKeyActions : public QObject
{
    Q_OBJECT

public:
    LabKeyActions(LabModel *model, QWidget *window);

    QList<QAction *> probeActions() const { return m_probeActions; }
    // The digit keys' families, in key order (familyKeyOrder()).
    QList<QAction *> familyActions() const { return m_familyActions; }
    // N (next) and Shift+N (previous) through every family in catalog order, wrapping around.
    QList<QAction *> cycleActions() const { return m_cycleActions; }
    QList<QAction *> parameterActions() const { return m_parameterActions; }

    void retranslate();

private:
    QAction *addAction(const QString &name, const QList<QKeySequence> &shortcuts);
    void stepMainParameter(int direction);
    void cycleFamily(int direction);

    LabModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    QList<QAction *> m_probeActions;
    QList<QAction *> m_familyActions;
    QList<QAction *> m_cycleActions;
    QList<QAction *> m_parameterActions;
};

} // namespace relulab
