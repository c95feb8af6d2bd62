#include "depthsimulation.h"

#include "orderedproduct.h"
#include "valueparsing.h"

#include <Eigen/Core>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>
#include <vector>

namespace relulab {
namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;

// Examples per work item. Fixed, so that the arithmetic (and so every bit of the result) does
// not depend on how many threads share the work.
constexpr int kChunk = 64;
constexpr unsigned kMaximumThreads = 16;

// Stream numbers for the random draws; layer l's weights use stream l (1-based).
constexpr quint32 kInputStream = 0;
constexpr quint32 kGradientStream = 0xFFFFFFFFu;

// Normals from a 64-bit engine by the polar form of Box–Muller (Marsaglia) on its raw bits: the
// same numbers with every standard library, and only sqrt and log from the maths library (no
// sin/cos), which also makes it about twice as fast as the trigonometric form. A pair (u, v) of
// uniforms on [-1, 1) is drawn until 0 < s = u² + v² < 1; then u·f and v·f, with
// f = sqrt(-2 log(s) / s), are the next two normals.
class NormalStream
{
public:
    NormalStream(quint64 seed, quint32 stream)
        : m_engine(seededEngine(seed, stream))
    {
    }

    // Sets every entry to scale × the stream's next normal, column by column. The stream's draws
    // are then used up: a stream fills one matrix.
    void fill(Matrix *matrix, double scale)
    {
        // Candidate pairs are drawn a batch at a time, the accepted ones kept in order, and their
        // logarithms, square roots and products worked out in passes of their own: the same
        // numbers as pair after pair, without each pair's log, division and square root waiting
        // on the one before and on a hard-to-predict branch.
        constexpr int kBatch = 256;
        double u[kBatch];
        double v[kBatch];
        double s[kBatch];
        double *data = matrix->data();
        const Eigen::Index size = matrix->size();
        Eigen::Index done = 0;
        while (done < size) {
            int accepted = 0;
            for (int candidate = 0; candidate < kBatch; ++candidate) {
                const double uc = uniformSymmetric();
                const double vc = uniformSymmetric();
                const double sc = uc * uc + vc * vc;
                u[accepted] = uc;
                v[accepted] = vc;
                s[accepted] = sc;
                accepted += (sc < 1.0 && sc != 0.0) ? 1 : 0;
            }
            const int pairs = static_cast<int>(std::min<Eigen::Index>(accepted, (size - done + 1) / 2));
            for (int i = 0; i < pairs; ++i)
                s[i] = -2.0 * std::log(s[i]) / s[i];
            for (int i = 0; i < pairs; ++i)
                s[i] = std::sqrt(s[i]);
            for (int i = 0; i < pairs; ++i) {
                data[done++] = scale * (u[i] * s[i]);
                if (done < size)
                    data[done++] = scale * (v[i] * s[i]);
            }
        }
    }

private:
    // [-1, 1) on a grid of 2^-52, from the top 53 bits.
    double uniformSymmetric() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-52 - 1.0; }

    // The engine's seed: the run's seed (low and high half) and the stream number.
    static std::mt19937_64 seededEngine(quint64 seed, quint32 stream)
    {
        std::seed_seq sequence{static_cast<quint32>(seed & 0xFFFFFFFFu), static_cast<quint32>(seed >> 32), stream};
        return std::mt19937_64(sequence);
    }

    std::mt19937_64 m_engine;
};

// out = W·in, or Wᵀ·in: Eigen's result, computed by orderedProduct() where it can promise the same
// bits (two to two and a half times as fast), by Eigen itself elsewhere.
void multiply(const Matrix &w, bool transposed, const Matrix &in, Matrix *out)
{
    if (orderedProduct(w.data(), static_cast<int>(w.rows()), transposed, in.data(), static_cast<int>(in.cols()), out->data()))
        return;
    if (transposed)
        out->noalias() = w.transpose() * in;
    else
        out->noalias() = w * in;
}

// Running mean and sum of squared deviations, merged exactly in a fixed order (Chan et al.).
struct Moments
{
    double count = 0.0;
    double mean = 0.0;
    double m2 = 0.0;

    void merge(const Moments &other)
    {
        if (other.count == 0.0)
            return;
        const double total = count + other.count;
        const double delta = other.mean - mean;
        mean += delta * other.count / total;
        m2 += other.m2 + delta * delta * count * other.count / total;
        count = total;
    }
};

// What one chunk contributes to each layer.
struct ChunkLayer
{
    Moments activation;
    qint64 dead = 0;
    double gradientSquares = 0.0;
};

// What a worker thread keeps from one chunk to the next: every layer's slopes and the working
// matrices, allocated once instead of per chunk.
struct ChunkWorkspace
{
    std::vector<Matrix> slopes;
    Matrix signal;
    Matrix pre;
    Matrix delta;
    Matrix back;
};

// Runs `work(index, thread)` for index 0..count-1 on `threads` threads (thread 0..threads-1),
// handing indices out in turn.
template<typename Work>
void parallelFor(int count, unsigned threads, const Work &work)
{
    std::atomic<int> next{0};
    const auto loop = [&](unsigned thread) {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i, thread);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(loop, t);
    loop(0);
    for (std::thread &thread : pool)
        thread.join();
}

class Run
{
public:
    Run(const DepthSettings &settings, const std::atomic<bool> *cancel, const DepthSimulation::Progress &progress)
        : m_settings(settings)
        , m_family(*FamilyCatalog::find(settings.family))
        , m_values(settings.parameters.isEmpty() ? m_family.defaults() : settings.parameters)
        , m_cancel(cancel)
        , m_progress(progress)
        , m_chunks((settings.batch + kChunk - 1) / kChunk)
        , m_totalSteps(settings.depth + 2 * m_chunks * settings.depth)
    {
    }

    DepthResult execute()
    {
        DepthResult result;
        result.settings = m_settings;
        const int width = m_settings.width;
        const int depth = m_settings.depth;
        const unsigned threads = threadCount();

        // Every layer's weights, the inputs and the output gradient: a stream each, drawn whole,
        // column by column, all of them side by side.
        Matrix inputs(width, m_settings.batch);
        Matrix outputGradient(width, m_settings.batch);
        const double scale = std::sqrt(m_settings.weightVariance());
        m_weights.assign(depth, Matrix());
        parallelFor(depth + 2, threads, [&](int item, unsigned) {
            if (cancelled())
                return;
            if (item == depth) {
                NormalStream(m_settings.seed, kInputStream).fill(&inputs, 1.0);
            } else if (item == depth + 1) {
                NormalStream(m_settings.seed, kGradientStream).fill(&outputGradient, 1.0);
            } else {
                m_weights[item].resize(width, width);
                NormalStream(m_settings.seed, static_cast<quint32>(item + 1)).fill(&m_weights[item], scale);
                step();
            }
        });

        std::vector<std::vector<ChunkLayer>> parts(m_chunks, std::vector<ChunkLayer>(depth));
        std::vector<ChunkWorkspace> workspaces(threads);
        // Cancelled: some draws may be missing, so no chunk runs.
        parallelFor(cancelled() ? 0 : m_chunks, threads, [&](int chunk, unsigned thread) {
            const int first = chunk * kChunk;
            const int columns = std::min(kChunk, m_settings.batch - first);
            runChunk(inputs.middleCols(first, columns), outputGradient.middleCols(first, columns), &parts[chunk],
                     &workspaces[thread]);
        });
        m_weights.clear();

        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        const double entries = static_cast<double>(width) * m_settings.batch;
        for (int layer = 0; layer < depth; ++layer) {
            Moments activation;
            qint64 dead = 0;
            double gradientSquares = 0.0;
            for (int chunk = 0; chunk < m_chunks; ++chunk) {
                const ChunkLayer &part = parts[chunk][layer];
                activation.merge(part.activation);
                dead += part.dead;
                gradientSquares += part.gradientSquares;
            }
            DepthLayer row;
            row.layer = layer + 1;
            row.activationStd = std::sqrt(activation.m2 / activation.count);
            row.activationMean = activation.mean;
            row.gradientNorm = std::sqrt(gradientSquares / m_settings.batch);
            row.deadFraction = static_cast<double>(dead) / entries;
            result.layers.append(row);
        }
        return result;
    }

private:
    unsigned threadCount() const
    {
        unsigned threads = m_settings.threads > 0 ? static_cast<unsigned>(m_settings.threads)
                                                  : std::max(1u, std::thread::hardware_concurrency());
        return std::min({threads, kMaximumThreads, static_cast<unsigned>(std::max(m_chunks, m_settings.depth))});
    }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    void step()
    {
        const int done = m_stepsDone.fetch_add(1) + 1;
        if (!m_progress)
            return;
        // Report about every 1/200 of the run, so that a listener is not flooded.
        const int stride = std::max(1, m_totalSteps / 200);
        if (done % stride == 0 || done == m_totalSteps)
            m_progress(done, m_totalSteps);
    }

    void runChunk(const Eigen::Ref<const Matrix> &input, const Eigen::Ref<const Matrix> &outputGradient,
                  std::vector<ChunkLayer> *parts, ChunkWorkspace *workspace)
    {
        const int depth = m_settings.depth;
        const Eigen::Index rows = input.rows();
        const Eigen::Index columns = input.cols();
        std::vector<Matrix> &slopes = workspace->slopes;
        slopes.resize(depth);
        Matrix &signal = workspace->signal;
        Matrix &pre = workspace->pre;
        signal = input;
        pre.resize(rows, columns);

        for (int layer = 0; layer < depth; ++layer) {
            if (cancelled())
                return;
            multiply(m_weights[layer], false, signal, &pre);
            Matrix &slope = slopes[layer];
            slope.resize(rows, columns);
            const Eigen::Index size = pre.size();
            m_family.evaluateMany(pre.data(), size, m_values, signal.data(), slope.data());
            ChunkLayer &part = (*parts)[layer];
            // Dead: slope 0 in exact math (the catalog's flatAt), never a tail that merely underflowed.
            part.dead = m_family.flatAt ? std::count_if(pre.data(), pre.data() + size,
                                                        [this](double z) { return m_family.flatAt(z, m_values); })
                                        : 0;
            part.activation.count = static_cast<double>(size);
            part.activation.mean = signal.mean();
            part.activation.m2 = (signal.array() - part.activation.mean).square().sum();
            step();
        }

        // delta_L = dL/dh_L ⊙ f'(z_L); delta_l = (W_(l+1)ᵀ delta_(l+1)) ⊙ f'(z_l).
        Matrix &delta = workspace->delta;
        Matrix &back = workspace->back;
        delta = outputGradient.cwiseProduct(slopes[depth - 1]);
        back.resize(rows, columns);
        (*parts)[depth - 1].gradientSquares = delta.squaredNorm();
        step();
        for (int layer = depth - 2; layer >= 0; --layer) {
            if (cancelled())
                return;
            multiply(m_weights[layer + 1], true, delta, &back);
            delta = back.cwiseProduct(slopes[layer]);
            (*parts)[layer].gradientSquares = delta.squaredNorm();
            step();
        }
    }

    const DepthSettings &m_settings;
    const FamilySpec &m_family;
    const ParameterValues m_values;
    const std::atomic<bool> *m_cancel = nullptr;
    const DepthSimulation::Progress &m_progress;
    const int m_chunks = 0;
    const int m_totalSteps = 0;
    std::atomic<int> m_stepsDone{0};
    std::vector<Matrix> m_weights;
};

} // namespace

QString weightInitId(WeightInit init)
{
    switch (init) {
    case WeightInit::He: return QStringLiteral("he");
    case WeightInit::Xavier: return QStringLiteral("xavier");
    case WeightInit::LeCun: return QStringLiteral("lecun");
    case WeightInit::Custom: return QStringLiteral("custom");
    }
    return QString();
}

bool weightInitFromId(const QString &id, WeightInit *init)
{
    for (WeightInit candidate : {WeightInit::He, WeightInit::Xavier, WeightInit::LeCun, WeightInit::Custom}) {
        if (weightInitId(candidate) == id) {
            *init = candidate;
            return true;
        }
    }
    return false;
}

QStringList weightInitIds()
{
    return {weightInitId(WeightInit::He), weightInitId(WeightInit::Xavier), weightInitId(WeightInit::LeCun),
            weightInitId(WeightInit::Custom)};
}

double DepthSettings::weightVariance() const
{
    const double fanIn = width;
    const double fanOut = width;
    switch (init) {
    case WeightInit::He: return 2.0 / fanIn;
    case WeightInit::Xavier: return 2.0 / (fanIn + fanOut);
    case WeightInit::LeCun: return 1.0 / fanIn;
    case WeightInit::Custom: return gain * gain / fanIn;
    }
    return 1.0 / fanIn;
}

bool DepthSettings::validateSizes(QString *error) const
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (width < 1 || width > kMaximumWidth)
        return refuse(QCoreApplication::translate("relulab::DepthSettings", "width %1 is out of range; valid: 1 to %2").arg(width).arg(kMaximumWidth));
    if (depth < 1 || depth > kMaximumDepth)
        return refuse(QCoreApplication::translate("relulab::DepthSettings", "depth %1 is out of range; valid: 1 to %2").arg(depth).arg(kMaximumDepth));
    if (batch < 1 || batch > kMaximumBatch)
        return refuse(QCoreApplication::translate("relulab::DepthSettings", "batch %1 is out of range; valid: 1 to %2").arg(batch).arg(kMaximumBatch));
    if (init == WeightInit::Custom && (!std::isfinite(gain) || gain < kMinimumGain || gain > kMaximumGain)) {
        const QLocale c = QLocale::c();
        return refuse(QCoreApplication::translate("relulab::DepthSettings", "gain %1 is out of range; valid: %2 to %3")
                          .arg(formatPlainNumber(gain), c.toString(kMinimumGain), c.toString(kMaximumGain)));
    }
    const double weights = static_cast<double>(depth) * width * width;
    if (weights > kMaximumWeights) {
        return refuse(QCoreApplication::translate("relulab::DepthSettings", "depth × width² = %1 weights is too many to keep; valid: at most %2 "
                                     "(e.g. width 256 with depth up to 512)")
                          .arg(formatPlainNumber(weights), formatPlainNumber(kMaximumWeights)));
    }
    const double work = weights * batch;
    if (work > kMaximumWork) {
        return refuse(QCoreApplication::translate("relulab::DepthSettings", "depth × width² × batch = %1 is too much work to finish quickly; valid: at most %2 "
                                     "(the default 30 × 256² × 256 is about 5e8)")
                          .arg(formatPlainNumber(work), formatPlainNumber(kMaximumWork)));
    }
    return true;
}

bool DepthSettings::validate(QString *error) const
{
    const FamilySpec *spec = FamilyCatalog::find(family);
    if (!spec) {
        if (error) {
            *error = QCoreApplication::translate("relulab::DepthSettings", "unknown family '%1'; valid: %2")
                         .arg(family, FamilyCatalog::ids().join(QStringLiteral(", ")));
        }
        return false;
    }
    if (!parameters.isEmpty()) {
        if (parameters.size() != spec->parameters.size()) {
            if (error)
                *error = QCoreApplication::translate("relulab::DepthSettings", "%1 takes %2 parameters, not %3").arg(family).arg(spec->parameters.size()).arg(parameters.size());
            return false;
        }
        for (int i = 0; i < parameters.size(); ++i) {
            if (!spec->parameters[i].accepts(parameters[i])) {
                if (error) {
                    *error = QCoreApplication::translate("relulab::DepthSettings", "%1 = %2 is out of range; valid: %3")
                                 .arg(spec->parameters[i].name, formatPlainNumber(parameters[i]),
                                      spec->parameters[i].describeRange());
                }
                return false;
            }
        }
    }
    return validateSizes(error);
}

DepthResult DepthSimulation::run(const DepthSettings &settings, const std::atomic<bool> *cancel, const Progress &progress)
{
    if (!settings.validate()) {
        DepthResult refused;
        refused.settings = settings;
        return refused; // no layers
    }
    return Run(settings, cancel, progress).execute();
}

double gradientChangeFactor(const DepthResult &result)
{
    if (result.layers.isEmpty())
        return 1.0;
    return result.layers.constFirst().gradientNorm / result.layers.constLast().gradientNorm;
}

GradientTrend classifyGradientTrend(double factor)
{
    constexpr double kSteadyBand = 2.0;
    if (std::isnan(factor) || factor < 1.0 / kSteadyBand)
        return GradientTrend::Vanishing;
    if (factor > kSteadyBand)
        return GradientTrend::Exploding;
    return GradientTrend::Steady;
}

QString gradientTrendId(GradientTrend trend)
{
    switch (trend) {
    case GradientTrend::Steady: return QStringLiteral("steady");
    case GradientTrend::Vanishing: return QStringLiteral("vanishing");
    case GradientTrend::Exploding: return QStringLiteral("exploding");
    }
    return QString();
}

bool writeDepthCsv(const DepthResult &result, QIODevice *device)
{
    // activation_mean came last, after the first release: readers of the older four columns keep working.
    QByteArray text = QByteArrayLiteral("layer,activation_std,grad_norm,dead_fraction,activation_mean\n");
    for (const DepthLayer &layer : result.layers) {
        text += QByteArray::number(layer.layer) + ',' + formatRoundTrip(layer.activationStd).toLatin1() + ','
            + formatRoundTrip(layer.gradientNorm).toLatin1() + ',' + formatRoundTrip(layer.deadFraction).toLatin1()
            + ',' + formatRoundTrip(layer.activationMean).toLatin1() + '\n';
    }
    return device->write(text) == text.size();
}

} // namespace relulab
