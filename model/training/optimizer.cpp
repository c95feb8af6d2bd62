#include "training/optimizer.h"

#include <cmath>

namespace relulab {

Optimizer::Optimizer(OptimizerKind kind, double learningRate, size_t size)
    : m_kind(kind)
    , m_learningRate(learningRate)
    , m_first(size, 0.0)
    , m_second(kind == OptimizerKind::Adam ? size : 0, 0.0)
{
}

void Optimizer::apply(std::vector<double> *parameters, const std::vector<double> &gradient)
{
    ++m_steps;
    std::vector<double> &p = *parameters;
    switch (m_kind) {
    case OptimizerKind::Sgd:
        for (size_t i = 0; i < p.size(); ++i)
            p[i] -= m_learningRate * gradient[i];
        break;
    case OptimizerKind::Momentum:
        for (size_t i = 0; i < p.size(); ++i) {
            m_first[i] = kMomentum * m_first[i] + gradient[i];
            p[i] -= m_learningRate * m_first[i];
        }
        break;
    case OptimizerKind::Adam: {
        const double correction1 = 1.0 - std::pow(kBeta1, static_cast<double>(m_steps));
        const double correction2 = 1.0 - std::pow(kBeta2, static_cast<double>(m_steps));
        for (size_t i = 0; i < p.size(); ++i) {
            m_first[i] = kBeta1 * m_first[i] + (1.0 - kBeta1) * gradient[i];
            m_second[i] = kBeta2 * m_second[i] + (1.0 - kBeta2) * gradient[i] * gradient[i];
            const double mHat = m_first[i] / correction1;
            const double vHat = m_second[i] / correction2;
            p[i] -= m_learningRate * mHat / (std::sqrt(vHat) + kEpsilon);
        }
        break;
    }
    }
}

} // namespace relulab
