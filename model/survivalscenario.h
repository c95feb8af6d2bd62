#pragma once

#include "depthsimulation.h"

#include <QList>
#include <QPair>
#include <QString>

namespace relulab {

// A teaching moment of the gradient survival view: a family, a batch distribution or a depth
// run. Its title and note live in the teaching text under "survival.scenarios.<id>".
struct SurvivalScenario
{
    enum class Page { Batch, Depth };

    QString id;
    Page page = Page::Batch;
    QString family;
    QList<QPair<QString, double>> parameters; // parameters not named keep their current values
    double mu = 0.0;                          // Page::Batch
    double sigma = 1.0;
    WeightInit init = WeightInit::He;         // Page::Depth, with the default sizes
};

const QList<SurvivalScenario> &survivalScenarios();
const SurvivalScenario *findSurvivalScenario(const QString &id);

} // namespace relulab
