#include "survivalscenario.h"

namespace relulab {

const QList<SurvivalScenario> &survivalScenarios()
{
    using Page = SurvivalScenario::Page;
    static const QList<SurvivalScenario> scenarios = {
        {QStringLiteral("he-steady"), Page::Depth, QStringLiteral("relu"), {}, 0.0, 1.0, WeightInit::He},
        {QStringLiteral("xavier-fading"), Page::Depth, QStringLiteral("relu"), {}, 0.0, 1.0, WeightInit::Xavier},
        {QStringLiteral("negative-shift"), Page::Batch, QStringLiteral("relu"), {}, -1.0, 1.0, WeightInit::He},
        {QStringLiteral("gelu-no-dead"), Page::Batch, QStringLiteral("gelu"), {{QStringLiteral("approximate"), 0.0}},
         0.0, 1.0, WeightInit::He},
        {QStringLiteral("selu-self-normalizing"), Page::Depth, QStringLiteral("selu"), {}, 0.0, 1.0, WeightInit::LeCun},
        {QStringLiteral("sigmoid-stack"), Page::Depth, QStringLiteral("sigmoid"), {}, 0.0, 1.0, WeightInit::Xavier},
        {QStringLiteral("tanh-xavier"), Page::Depth, QStringLiteral("tanh"), {}, 0.0, 1.0, WeightInit::Xavier},
    };
    return scenarios;
}

const SurvivalScenario *findSurvivalScenario(const QString &id)
{
    for (const SurvivalScenario &scenario : survivalScenarios()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace relulab
