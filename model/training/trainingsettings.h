#pragma once

#include "family.h"

#include <QString>
#include <QStringList>

namespace relulab {

// The toy problems of the training lab: two classes of points in the plane.
enum class DataSetKind { Moons, Circles, Spiral, Xor };
QString dataSetId(DataSetKind kind); // "moons", "circles", "spiral", "xor"
bool dataSetFromId(const QString &id, DataSetKind *kind);
QStringList dataSetIds();

enum class OptimizerKind { Sgd, Momentum, Adam };
QString optimizerId(OptimizerKind kind); // "sgd", "momentum", "adam"
bool optimizerFromId(const QString &id, OptimizerKind *kind);
QStringList optimizerIds();

// How hidden weights are drawn: N(0, variance).
enum class TrainingInit { He, Xavier, LeCun };
QString trainingInitId(TrainingInit init); // "he", "xavier", "lecun"
bool trainingInitFromId(const QString &id, TrainingInit *init);
QStringList trainingInitIds();

// One training run: 2 inputs → depth hidden layers of width units → 1 sigmoid output, trained on
// binary cross-entropy. Everything a run depends on is here: the same settings give the same run.
struct TrainingSettings
{
    static constexpr int kMaximumWidth = 64;
    static constexpr int kMaximumDepth = 6;
    static constexpr int kMinimumSamples = 20;
    static constexpr int kMaximumSamples = 5000;
    static constexpr double kMaximumNoise = 1.0;
    static constexpr double kMinimumLearningRate = 1e-5;
    static constexpr double kMaximumLearningRate = 10.0;
    static constexpr double kBiasInitLimit = 5.0;
    static constexpr int kMaximumSteps = 1000000;
    static constexpr double kTestShare = 0.25; // of the samples, held out

    QString family = QStringLiteral("relu");
    ParameterValues parameters; // empty: the family's defaults
    DataSetKind dataSet = DataSetKind::Moons;
    int samples = 400;
    double noise = 0.1;         // standard deviation of the noise added to each coordinate
    int width = 8;
    int depth = 2;
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double learningRate = 0.1;
    int batch = 16;
    TrainingInit init = TrainingInit::He;
    double biasInit = 0.0;      // every hidden bias starts here; negative values provoke dead units
    quint64 seed = 1;

    int trainCount() const { return samples - testCount(); }
    int testCount() const;
    int hiddenUnits() const { return width * depth; }

    // False with a one-line reason naming the value and the valid range.
    bool validate(QString *error = nullptr) const;
};

} // namespace relulab
