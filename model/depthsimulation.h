#pragma once

#include "family.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

namespace relulab {

// How the weights of every layer are drawn: W_ij ~ N(0, variance), all layers square (n × n).
enum class WeightInit {
    He,     // variance 2 / fan_in (He et al. 2015)
    Xavier, // Glorot: variance 2 / (fan_in + fan_out), which is 1 / n for these square layers
    LeCun,  // variance 1 / fan_in: the same as Xavier when fan_in = fan_out, as here
    Custom, // variance gain² / fan_in
};

QString weightInitId(WeightInit init); // "he", "xavier", "lecun", "custom"
bool weightInitFromId(const QString &id, WeightInit *init);
QStringList weightInitIds();

// One run of the depth lab: a random bias-free MLP of `depth` square layers of `width` units,
// h_l = f(z_l), z_l = W_l h_(l-1), fed a batch of N(0, 1) inputs.
struct DepthSettings
{
    static constexpr int kMaximumWidth = 4096;
    static constexpr int kMaximumDepth = 500;
    static constexpr int kMaximumBatch = 8192;
    static constexpr double kMinimumGain = 0.1;
    static constexpr double kMaximumGain = 4.0;
    // Refused above these: depth·width²·batch multiply-adds (each pass), stored weights.
    static constexpr double kMaximumWork = 1.2e10;
    static constexpr double kMaximumWeights = 33554432.0; // 2^25 doubles, 256 MiB

    QString family = QStringLiteral("relu");
    ParameterValues parameters; // empty: the family's defaults
    WeightInit init = WeightInit::He;
    double gain = 1.0;          // used by WeightInit::Custom only
    int width = 256;
    int depth = 30;
    int batch = 256;
    quint64 seed = 1;
    int threads = 0;            // 0: one per core. Results do not depend on it.

    // False with a one-line reason (what is wrong and what is valid).
    bool validate(QString *error = nullptr) const;
    // Only the sizes and the gain, for checks made before a family is known.
    bool validateSizes(QString *error = nullptr) const;
    double weightVariance() const; // of every layer
};

// What the run saw at one layer (layer 1 is nearest the input).
struct DepthLayer
{
    int layer = 0;
    // Population standard deviation of the outputs h_l over all width × batch entries.
    double activationStd = 0.0;
    // Mean of the same outputs: with activationStd, what a self-normalizing family (SELU with
    // LeCun normal init) keeps near 0 and 1 layer after layer.
    double activationMean = 0.0;
    // Root mean square over the batch of the per-example norm ‖dL/dz_l‖ of the gradient with
    // respect to the layer's pre-activations: sqrt(Σ_b ‖δ_l[:, b]‖² / batch), i.e. the Frobenius
    // norm of the batch's δ_l divided by √batch. The output gradient dL/dh_L is N(0, 1) noise.
    double gradientNorm = 0.0;
    // Fraction of the width × batch pre-activations where the slope is exactly 0.
    double deadFraction = 0.0;
};

struct DepthResult
{
    DepthSettings settings;
    QList<DepthLayer> layers;  // empty when cancelled
    bool cancelled = false;
};

// Runs the depth lab. Deterministic: the same settings (threads aside) give bit-identical
// results. Randomness comes from std::mt19937_64 streams seeded through std::seed_seq with the
// seed and a stream number (inputs, each layer's weights, the output gradient), turned into
// normals by the polar form of Box–Muller from the engine's raw bits, so it is the same with
// every standard library. The batch is processed in fixed chunks of examples spread over worker threads.
class DepthSimulation
{
public:
    // Called with (steps done, steps in all), a few hundred times per run at most, from worker
    // threads: it must be thread-safe.
    using Progress = std::function<void(int done, int total)>;

    // `settings` must pass validate() (otherwise the result has no layers). `cancel`, when set
    // from another thread, stops the run soon (the result is then marked cancelled, no layers).
    static DepthResult run(const DepthSettings &settings, const std::atomic<bool> *cancel = nullptr,
                           const Progress &progress = {});
};

// How the gradient fared on the way back: the norm at layer 1 divided by the norm at the last
// layer (1 for a one-layer run; 0 or inf when it underflowed or overflowed).
double gradientChangeFactor(const DepthResult &result);

// Steady when the factor is within [1/2, 2], else vanishing or exploding.
enum class GradientTrend { Steady, Vanishing, Exploding };
GradientTrend classifyGradientTrend(double factor);
QString gradientTrendId(GradientTrend trend); // "steady", "vanishing", "exploding"

// CSV "layer,activation_std,grad_norm,dead_fraction,activation_mean", layer 1 nearest the input, numbers in
// round-trip precision.
bool writeDepthCsv(const DepthResult &result, QIODevice *device);

} // namespace relulab
