#pragma once

#include "training/network.h"
#include "training/optimizer.h"
#include "training/trainingdata.h"
#include "training/trainingsettings.h"

#include <QIODevice>
#include <QList>

namespace relulab {

// What one training step left behind, measured after its update on the whole data.
struct TrainingRecord
{
    int step = 0;
    double trainLoss = 0.0;       // mean cross-entropy over the training points
    double trainAccuracy = 0.0;   // share of points classified right, 0 to 1
    double testAccuracy = 0.0;
    int deadUnits = 0;            // hidden units dead on all data
    QList<int> deadPerLayer;      // layer 1 (nearest the input) first
    QList<double> gradientNorms;  // per hidden layer, of this step's mini-batch gradient
};

// A hidden unit over the whole data (train and test points).
struct UnitState
{
    double activeShare = 0.0; // share of points where its pre-activation is > 0
    bool dead = false;        // slope exactly 0 on every point: no gradient reaches its weights
    int diedAt = -1;          // the step after which it was last found dead (0: at initialization)
};

// Trains one network on one data set, a step at a time. Deterministic: the same settings give
// the same records bit for bit, whatever thread runs it.
class Trainer
{
public:
    explicit Trainer(const TrainingSettings &settings); // settings must validate

    const TrainingSettings &settings() const { return m_settings; }
    const TrainingData &data() const { return m_data; }
    const Network &network() const { return m_network; }
    int step() const { return m_step; }

    // One mini-batch update, then the measurements of the record.
    TrainingRecord runStep();
    const QList<UnitState> &units() const { return m_units; } // layer by layer

    // P(label 1) on a resolution × resolution grid over ±TrainingData::kExtent, row by row from
    // the top (largest y), each value at its cell's centre.
    QList<double> decisionGrid(int resolution) const;

private:
    QList<int> nextBatch();
    // Measures the current network and updates the units' states.
    TrainingRecord measure(const QList<double> &gradientNorms);

    TrainingSettings m_settings;
    TrainingData m_data;
    Network m_network;
    Optimizer m_optimizer;
    std::vector<double> m_gradient;
    QList<UnitState> m_units;
    QList<int> m_order; // this epoch's shuffled training indices
    qsizetype m_next = 0;
    quint64 m_epoch = 0;
    int m_step = 0;
};

// CSV header "step,train_loss,train_accuracy,test_accuracy,dead_units,dead_layer1…,grad_norm_layer1…".
QByteArray trainingCsvHeader(int depth);
QByteArray trainingCsvRow(const TrainingRecord &record);
// Runs `steps` steps and writes header and one row per step; false when a write fails.
bool writeTrainingCsv(Trainer *trainer, int steps, QIODevice *device);

} // namespace relulab
