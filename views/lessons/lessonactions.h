#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMimeData;
class QWidget;

namespace relulab {

class LabModel;
class LessonEditor;
class LessonPlayer;
class LessonViewState;
class Teaching;

// The lesson actions of the main window: "Open lesson…" (Ctrl+O), "Save lesson as…" (Ctrl+S,
// opens the lesson editor with the current deck) and "Open sample lesson". The actions are also
// added to `window`, so that their shortcuts work while its menu bar is hidden.
class LessonActions : public QObject
{
    Q_OBJECT

public:
    LessonActions(LessonPlayer *player, LabModel *model, Teaching *teaching, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *openSampleAction() const { return m_openSample; }
    QAction *openSigmoidToGeluAction() const { return m_openSigmoidToGelu; }

    // Opens a lesson file at its first step; for the File menu, drag and drop and --lesson alike.
    // On failure a message box shows the loader's message (file, place, problem) and the deck
    // that was loaded stays loaded.
    bool openLessonFile(const QString &path);
    // The single local lesson file in dragged data, or empty: for dragEnterEvent()/dropEvent().
    static QString lessonFileIn(const QMimeData *data);

    // The editor behind "Save lesson as…", created on first use.
    LessonEditor *editor();
    // What the editor's "Capture current view" reads (the window's views).
    void setViewState(const LessonViewState *viewState) { m_viewState = viewState; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openInteractively();
    void showEditor();
    void showError(const QString &title, const QString &message);
    void retranslate();

    LessonPlayer *m_player = nullptr;
    LabModel *m_model = nullptr;
    Teaching *m_teaching = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_openSample = nullptr;
    QAction *m_openSigmoidToGelu = nullptr;
    QPointer<LessonEditor> m_editor;
    const LessonViewState *m_viewState = nullptr;
};

} // namespace relulab
