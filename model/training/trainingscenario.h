#pragma once

#include "training/trainingsettings.h"

#include <QList>
#include <QString>

namespace relulab {

// A teaching moment of the training lab, started with one key: a family with its parameters and
// the settings of a run. Its title and note live in the teaching text under
// "training.scenarios.<id>".
struct TrainingScenario
{
    QString id;                 // "dying-relu", "leaky-rescue", "smooth-gates"
    TrainingSettings settings;  // family and parameters included
    int steps = 0;              // how long the run is watched; the tests pin its outcome there
};

const QList<TrainingScenario> &trainingScenarios();
const TrainingScenario *findTrainingScenario(const QString &id);

} // namespace relulab
