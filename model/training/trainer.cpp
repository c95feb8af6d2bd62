#include "training/trainer.h"

#include "training/trainingrandom.h"

namespace relulab {
namespace {

// Batches of epoch e come from stream kBatchStream + e: an epoch's order needs no earlier epoch.
constexpr quint32 kBatchStream = 16;

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 17);
}

} // namespace

Trainer::Trainer(const TrainingSettings &settings)
    : m_settings(settings)
    , m_data(TrainingData::generate(settings))
    , m_network(settings)
    , m_optimizer(settings.optimizer, settings.learningRate, m_network.parameters().size())
{
    m_units.resize(settings.hiddenUnits());
    measure({});
}

QList<int> Trainer::nextBatch()
{
    const int n = static_cast<int>(m_data.train.size());
    if (m_order.isEmpty() || m_next + m_settings.batch > n) {
        // A new epoch: a fresh shuffle; the few points left over from the last one wait for it.
        m_order.resize(n);
        for (int i = 0; i < n; ++i)
            m_order[i] = i;
        TrainingRandom random(m_settings.seed, kBatchStream + static_cast<quint32>(m_epoch++));
        for (int i = n - 1; i > 0; --i)
            std::swap(m_order[i], m_order[static_cast<int>(random.below(static_cast<quint64>(i) + 1))]);
        m_next = 0;
    }
    const QList<int> batch = m_order.mid(m_next, m_settings.batch);
    m_next += m_settings.batch;
    return batch;
}

TrainingRecord Trainer::runStep()
{
    m_network.lossAndGradient(m_data.train, nextBatch(), &m_gradient);
    m_optimizer.apply(&m_network.parameters(), m_gradient);
    ++m_step;
    return measure(m_network.layerNorms(m_gradient));
}

TrainingRecord Trainer::measure(const QList<double> &gradientNorms)
{
    TrainingRecord record;
    record.step = m_step;
    record.gradientNorms = gradientNorms;
    const NetworkEvaluation train = m_network.evaluate(m_data.train);
    const NetworkEvaluation test = m_network.evaluate(m_data.test);
    record.trainLoss = train.loss;
    record.trainAccuracy = train.points ? double(train.correct) / train.points : 0.0;
    record.testAccuracy = test.points ? double(test.correct) / test.points : 0.0;
    record.deadPerLayer.fill(0, m_settings.depth);
    for (int unit = 0; unit < m_units.size(); ++unit) {
        UnitState &state = m_units[unit];
        // The whole data: train and test points together.
        const int points = train.points + test.points;
        state.activeShare = double(train.active.at(unit) + test.active.at(unit)) / points;
        const bool dead = train.zeroSlope.at(unit) + test.zeroSlope.at(unit) == points;
        if (dead && !state.dead)
            state.diedAt = m_step;
        if (!dead)
            state.diedAt = -1;
        state.dead = dead;
        if (dead) {
            ++record.deadUnits;
            ++record.deadPerLayer[unit / m_settings.width];
        }
    }
    return record;
}

QList<double> Trainer::decisionGrid(int resolution) const
{
    const int n = resolution * resolution;
    std::vector<double> x(n);
    std::vector<double> y(n);
    const double extent = TrainingData::kExtent;
    const double cell = 2.0 * extent / resolution;
    for (int row = 0; row < resolution; ++row) {
        for (int column = 0; column < resolution; ++column) {
            x[row * resolution + column] = -extent + (column + 0.5) * cell;
            y[row * resolution + column] = extent - (row + 0.5) * cell;
        }
    }
    // In chunks: each chunk's matrices stay small enough for the heap to reuse their memory,
    // where one large block per layer would be mapped and faulted in afresh on every call.
    constexpr int kChunk = 512;
    QList<double> probability(n);
    for (int begin = 0; begin < n; begin += kChunk)
        m_network.predict(x.data() + begin, y.data() + begin, std::min(kChunk, n - begin), probability.data() + begin);
    return probability;
}

QByteArray trainingCsvHeader(int depth)
{
    QByteArray header = "step,train_loss,train_accuracy,test_accuracy,dead_units";
    for (int l = 1; l <= depth; ++l)
        header += ",dead_layer" + QByteArray::number(l);
    for (int l = 1; l <= depth; ++l)
        header += ",grad_norm_layer" + QByteArray::number(l);
    return header + '\n';
}

QByteArray trainingCsvRow(const TrainingRecord &record)
{
    QByteArray row = QByteArray::number(record.step) + ',' + number(record.trainLoss) + ','
        + number(record.trainAccuracy) + ',' + number(record.testAccuracy) + ','
        + QByteArray::number(record.deadUnits);
    for (int dead : record.deadPerLayer)
        row += ',' + QByteArray::number(dead);
    for (double norm : record.gradientNorms)
        row += ',' + number(norm);
    return row + '\n';
}

bool writeTrainingCsv(Trainer *trainer, int steps, QIODevice *device)
{
    // Rows are gathered into large chunks: the device may be unbuffered.
    QByteArray chunk = trainingCsvHeader(trainer->settings().depth);
    for (int i = 0; i < steps; ++i) {
        chunk += trainingCsvRow(trainer->runStep());
        if (chunk.size() > (1 << 16) || i + 1 == steps) {
            if (device->write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return steps > 0 || device->write(chunk) == chunk.size();
}

} // namespace relulab
