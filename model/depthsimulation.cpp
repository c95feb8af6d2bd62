#include "depthsimulation.h"

#include "valueparsing.h"

#include <Eigen/Core>

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
// sin/cos), which also makes it about twice as fast as the trigonometric form.
class NormalStream
{
public:
    NormalStream(quint64 seed, quint32 stream)
    {
        std::seed_seq sequence{static_cast<quint32>(seed & 0xFFFFFFFFu), static_cast<quint32>(seed >> 32), stream};
        m_engine.seed(sequence);
    }

    double next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            u = uniformSymmetric();
            v = uniformSymmetric();
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

    void fill(Matrix *matrix, double scale)
    {
        double *data = matrix->data();
        const Eigen::Index size = matrix->size();
        for (Eigen::Index i = 0; i < size; ++i)
            data[i] = scale * next();
    }

private:
    // [-1, 1) on a grid of 2^-52, from the top 53 bits.
    double uniformSymmetric() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-52 - 1.0; }

    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

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

// Runs `work(index)` for index 0..count-1 on `threads` threads, handing indices out in turn.
template<typename Work>
void parallelFor(int count, unsigned threads, const Work &work)
{
    std::atomic<int> next{0};
    const auto loop = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(loop);
    loop();
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

        // Inputs and the output gradient: one stream each, drawn whole, column by column.
        Matrix inputs(width, m_settings.batch);
        NormalStream(m_settings.seed, kInputStream).fill(&inputs, 1.0);
        Matrix outputGradient(width, m_settings.batch);
        NormalStream(m_settings.seed, kGradientStream).fill(&outputGradient, 1.0);

        const double scale = std::sqrt(m_settings.weightVariance());
        m_weights.assign(depth, Matrix());
        parallelFor(depth, threads, [&](int layer) {
            if (cancelled())
                return;
            m_weights[layer].resize(width, width);
            NormalStream(m_settings.seed, static_cast<quint32>(layer + 1)).fill(&m_weights[layer], scale);
            step();
        });

        std::vector<std::vector<ChunkLayer>> parts(m_chunks, std::vector<ChunkLayer>(depth));
        parallelFor(m_chunks, threads, [&](int chunk) {
            const int first = chunk * kChunk;
            const int columns = std::min(kChunk, m_settings.batch - first);
            runChunk(inputs.middleCols(first, columns), outputGradient.middleCols(first, columns), &parts[chunk]);
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
                  std::vector<ChunkLayer> *parts)
    {
        const int depth = m_settings.depth;
        const Eigen::Index rows = input.rows();
        const Eigen::Index columns = input.cols();
        std::vector<Matrix> slopes(depth, Matrix(rows, columns));
        Matrix signal = input;
        Matrix pre(rows, columns);

        for (int layer = 0; layer < depth; ++layer) {
            if (cancelled())
                return;
            pre.noalias() = m_weights[layer] * signal;
            Matrix &slope = slopes[layer];
            qint64 dead = 0;
            const Eigen::Index size = pre.size();
            const double *z = pre.data();
            double *h = signal.data();
            double *d = slope.data();
            for (Eigen::Index i = 0; i < size; ++i) {
                const activation::Sample s = m_family.evaluate(z[i], m_values);
                h[i] = s.value;
                d[i] = s.slope;
                dead += s.slope == 0.0 ? 1 : 0;
            }
            ChunkLayer &part = (*parts)[layer];
            part.dead = dead;
            part.activation.count = static_cast<double>(size);
            part.activation.mean = signal.mean();
            part.activation.m2 = (signal.array() - part.activation.mean).square().sum();
            step();
        }

        // delta_L = dL/dh_L ⊙ f'(z_L); delta_l = (W_(l+1)ᵀ delta_(l+1)) ⊙ f'(z_l).
        Matrix delta = outputGradient.cwiseProduct(slopes[depth - 1]);
        Matrix back(rows, columns);
        (*parts)[depth - 1].gradientSquares = delta.squaredNorm();
        step();
        for (int layer = depth - 2; layer >= 0; --layer) {
            if (cancelled())
                return;
            back.noalias() = m_weights[layer + 1].transpose() * delta;
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
        return refuse(QStringLiteral("width %1 is out of range; valid: 1 to %2").arg(width).arg(kMaximumWidth));
    if (depth < 1 || depth > kMaximumDepth)
        return refuse(QStringLiteral("depth %1 is out of range; valid: 1 to %2").arg(depth).arg(kMaximumDepth));
    if (batch < 1 || batch > kMaximumBatch)
        return refuse(QStringLiteral("batch %1 is out of range; valid: 1 to %2").arg(batch).arg(kMaximumBatch));
    if (init == WeightInit::Custom && (!std::isfinite(gain) || gain < kMinimumGain || gain > kMaximumGain)) {
        const QLocale c = QLocale::c();
        return refuse(QStringLiteral("gain %1 is out of range; valid: %2 to %3")
                          .arg(formatPlainNumber(gain), c.toString(kMinimumGain), c.toString(kMaximumGain)));
    }
    const double weights = static_cast<double>(depth) * width * width;
    if (weights > kMaximumWeights) {
        return refuse(QStringLiteral("depth × width² = %1 weights is too many to keep; valid: at most %2 "
                                     "(e.g. width 256 with depth up to 512)")
                          .arg(formatPlainNumber(weights), formatPlainNumber(kMaximumWeights)));
    }
    const double work = weights * batch;
    if (work > kMaximumWork) {
        return refuse(QStringLiteral("depth × width² × batch = %1 is too much work to finish quickly; valid: at most %2 "
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
            *error = QStringLiteral("unknown family '%1'; valid: %2")
                         .arg(family, FamilyCatalog::ids().join(QStringLiteral(", ")));
        }
        return false;
    }
    if (!parameters.isEmpty()) {
        if (parameters.size() != spec->parameters.size()) {
            if (error)
                *error = QStringLiteral("%1 takes %2 parameters, not %3").arg(family).arg(spec->parameters.size()).arg(parameters.size());
            return false;
        }
        for (int i = 0; i < parameters.size(); ++i) {
            if (!spec->parameters[i].accepts(parameters[i])) {
                if (error) {
                    *error = QStringLiteral("%1 = %2 is out of range; valid: %3")
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
    QByteArray text = QByteArrayLiteral("layer,activation_std,grad_norm,dead_fraction\n");
    for (const DepthLayer &layer : result.layers) {
        text += QByteArray::number(layer.layer) + ',' + formatRoundTrip(layer.activationStd).toLatin1() + ','
            + formatRoundTrip(layer.gradientNorm).toLatin1() + ',' + formatRoundTrip(layer.deadFraction).toLatin1()
            + '\n';
    }
    return device->write(text) == text.size();
}

} // namespace relulab
