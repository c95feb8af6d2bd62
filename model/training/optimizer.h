#pragma once

#include "training/trainingsettings.h"

#include <vector>

namespace relulab {

// One update rule for a flat parameter vector: plain SGD, SGD with momentum 0.9 (heavy ball), or
// Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, with bias correction), as PyTorch defines them.
class Optimizer
{
public:
    static constexpr double kMomentum = 0.9;
    static constexpr double kBeta1 = 0.9;
    static constexpr double kBeta2 = 0.999;
    static constexpr double kEpsilon = 1e-8;

    Optimizer(OptimizerKind kind, double learningRate, size_t size);

    void apply(std::vector<double> *parameters, const std::vector<double> &gradient);

private:
    OptimizerKind m_kind = OptimizerKind::Sgd;
    double m_learningRate = 0.0;
    std::vector<double> m_first;  // momentum buffer, or Adam's first moment
    std::vector<double> m_second; // Adam's second moment
    long long m_steps = 0;
};

} // namespace relulab
