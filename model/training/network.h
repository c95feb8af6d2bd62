#pragma once

#include "training/trainingdata.h"
#include "training/trainingsettings.h"

#include <QList>

#include <vector>

namespace relulab {

// What the network does on a set of points: loss, accuracy and, per hidden unit, on how many
// points it is active (pre-activation > 0) and on how many its slope is exactly 0.
struct NetworkEvaluation
{
    double loss = 0.0;     // mean binary cross-entropy
    int correct = 0;       // points on the right side of p = 1/2
    int points = 0;
    QList<int> active;     // per hidden unit, layer by layer (layer 1 first)
    QList<int> zeroSlope;
};

// The training lab's network: 2 inputs → depth hidden layers of width units with the family's
// activation → 1 logit, read through a sigmoid and trained on binary cross-entropy. All
// parameters live in one flat vector so an optimizer can treat them alike; layer l's block is its
// weights (width × fan-in, column by column) followed by its biases, the output layer last.
// Single-threaded and deterministic: the same parameters and points give the same bits.
class Network
{
public:
    // Draws the initial weights from the settings' seed (settings must validate).
    explicit Network(const TrainingSettings &settings);

    int depth() const { return m_depth; }
    int width() const { return m_width; }
    std::vector<double> &parameters() { return m_parameters; }
    const std::vector<double> &parameters() const { return m_parameters; }

    // Mean loss over the points `indices` (all of `points` when empty); `gradient`, when given,
    // receives d loss / d parameters in the parameter layout.
    double lossAndGradient(const QList<LabelledPoint> &points, const QList<int> &indices,
                           std::vector<double> *gradient) const;
    // The Euclidean norm of each hidden layer's block of `gradient` (weights and biases).
    QList<double> layerNorms(const std::vector<double> &gradient) const;

    // Loss, accuracy and unit activity over all of these points.
    NetworkEvaluation evaluate(const QList<LabelledPoint> &points) const;
    // P(label 1) at each (x[i], y[i]).
    void predict(const double *x, const double *y, int n, double *probability) const;

    int fanIn(int layer) const { return layer == 0 ? 2 : m_width; }
    // Where layer `layer`'s block begins in parameters(); layer == depth: the output layer.
    qsizetype blockOffset(int layer) const;

private:

    const FamilySpec *m_family = nullptr;
    ParameterValues m_values;
    int m_depth = 0;
    int m_width = 0;
    std::vector<double> m_parameters;
};

} // namespace relulab
