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
    QList<QAction *> familyActions() const { return m_familyActions; }
    QList<QAction *> parameterActions() const { return m_parameterActions; }

    void retranslate();

private:
    QAction *addAction(const QString &name, const QList<QKeySequence> &shortcuts);
    void stepMainParameter(int direction);

    LabModel *m_model = nullptr;
    QWidget *m_window = nullptr;
    QList<QAction *> m_probeActions;
    QList<QAction *> m_familyActions;
    QList<QAction *> m_parameterActions;
};

} // namespace relulab
