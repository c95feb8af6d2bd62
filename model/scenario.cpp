#include "scenario.h"

namespace relulab {

const QList<Scenario> &builtInScenarios()
{
    static const QList<Scenario> scenarios = {
        {QStringLiteral("active-highway"), QStringLiteral("relu"), {}, 1.1},
        {QStringLiteral("dead-unit"), QStringLiteral("relu"), {}, -1.5},
        {QStringLiteral("hinge-up-close"), QStringLiteral("relu"), {}, 0.0},
        {QStringLiteral("leaky-rescue"), QStringLiteral("leaky-relu"), {{QStringLiteral("slope"), 0.1}}, -1.5},
        {QStringLiteral("elu-saturation"), QStringLiteral("elu"), {{QStringLiteral("alpha"), 1.0}}, -2.5},
        {QStringLiteral("gelu-dip"), QStringLiteral("gelu"), {{QStringLiteral("approximate"), 0.0}}, -0.75},
        {QStringLiteral("gelu-reversed"), QStringLiteral("gelu"), {{QStringLiteral("approximate"), 0.0}}, -1.5},
        {QStringLiteral("softplus-sharpening"), QStringLiteral("softplus"), {{QStringLiteral("beta"), 8.0}}, 0.25},
        {QStringLiteral("silu-dip"), QStringLiteral("silu"), {{QStringLiteral("beta"), 1.0}}, -1.28},
        {QStringLiteral("mish-reversed"), QStringLiteral("mish"), {}, -2.0},
        {QStringLiteral("selu-amplifies"), QStringLiteral("selu"), {}, 1.0},
        {QStringLiteral("relu6-ceiling"), QStringLiteral("relu6"), {}, 7.0},
        {QStringLiteral("hardswish-dip"), QStringLiteral("hardswish"), {}, -2.0},
        {QStringLiteral("sigmoid-fading"), QStringLiteral("sigmoid"), {}, 3.0},
        {QStringLiteral("tanh-saturates"), QStringLiteral("tanh"), {}, 2.5},
    };
    return scenarios;
}

const Scenario *findScenario(const QString &id)
{
    for (const Scenario &scenario : builtInScenarios()) {
        if (scenario.id == id)
            return &scenario;
    }
    return nullptr;
}

} // namespace relulab
