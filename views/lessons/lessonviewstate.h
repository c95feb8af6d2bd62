#pragma once

#include "lessondeck.h"

#include <QObject>

class QTabWidget;
class QWidget;

namespace relulab {

class ActivationBoard;
class GradientSurvivalView;
class LabModel;

// The parts of a lesson step that live in the window's views rather than in the model: the
// active tab, the faint comparison curves, the Gradient survival tab's batch distribution and
// the depth lab's network. The lesson player applies the model's part (family, parameters,
// probe, zoom); this applies the rest, and captures all of it for the lesson editor.
//
// Faint curves: the board can show every other family faintly or none, so a non-empty
// "comparison" list shows them and an empty one hides them; capture() writes every family id
// when they are shown. Once the lab chooses single faint curves, apply() and capture() are the
// two places to follow it.
class LessonViewState : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        QTabWidget *tabs = nullptr;
        QWidget *labTab = nullptr;      // the tab page of each lessonformat::tabIds(), in order
        QWidget *survivalTab = nullptr;
        QWidget *trainingTab = nullptr;
        ActivationBoard *board = nullptr;
        GradientSurvivalView *survival = nullptr;
    };

    LessonViewState(LabModel *model, const Views &views, QObject *parent = nullptr);

    // Applies the view fields the step sets; fields it leaves out leave their part as it is.
    void apply(const LessonStep &step) const;
    // Sets every lab and view field of `step` from what the window shows now (texts, speaker
    // notes and what is hidden for prediction stay as they were).
    void capture(LessonStep *step) const;

private:
    QWidget *tabPage(const QString &id) const;

    LabModel *m_model = nullptr;
    Views m_views;
};

} // namespace relulab
