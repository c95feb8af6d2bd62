#include "training/trainingscenario.h"

namespace relulab {

const QList<TrainingScenario> &trainingScenarios()
{
    static const QList<TrainingScenario> scenarios = [] {
        // One network for the first three, so the family is the only difference a student sees.
        TrainingSettings base;
        base.dataSet = DataSetKind::Moons;
        base.samples = 400;
        base.noise = 0.1;
        base.width = 8;
        base.depth = 2;
        base.optimizer = OptimizerKind::Sgd;
        base.learningRate = 3.0;
        base.batch = 16;
        base.init = TrainingInit::He;
        base.biasInit = -1.0;
        base.seed = 7;

        TrainingScenario dying{QStringLiteral("dying-relu"), base, 1000};
        dying.settings.family = QStringLiteral("relu");
        dying.settings.parameters = {};
        TrainingScenario leaky{QStringLiteral("leaky-rescue"), base, 1000};
        leaky.settings.family = QStringLiteral("leaky-relu");
        leaky.settings.parameters = {0.1};
        TrainingScenario smooth{QStringLiteral("smooth-gates"), base, 1000};
        smooth.settings.family = QStringLiteral("gelu");
        smooth.settings.parameters = {0.0};
        // A deep sigmoid network: six hidden layers with Xavier weights and no bias shift. Each
        // layer passes back at most a quarter of the gradient, so the first layers barely learn.
        TrainingScenario sigmoidStack{QStringLiteral("sigmoid-stack"), base, 1000};
        sigmoidStack.settings.family = QStringLiteral("sigmoid");
        sigmoidStack.settings.parameters = {};
        sigmoidStack.settings.depth = TrainingSettings::kMaximumDepth;
        sigmoidStack.settings.init = TrainingInit::Xavier;
        sigmoidStack.settings.biasInit = 0.0;
        return QList<TrainingScenario>{dying, leaky, smooth, sigmoidStack};
    }();
    return scenarios;
}

const TrainingScenario *findTrainingScenario(const QString &id)
{
    for (const TrainingScenario &scenario : trainingScenarios()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace relulab
