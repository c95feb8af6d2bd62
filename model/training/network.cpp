#include "training/network.h"

#include "training/trainingrandom.h"

#include <Eigen/Core>

#include <cmath>

namespace relulab {
namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
using MatrixMap = Eigen::Map<const Matrix>;
using VectorMap = Eigen::Map<const Eigen::VectorXd>;

constexpr quint32 kWeightStream = 2;

double initVariance(TrainingInit init, int fanIn, int fanOut)
{
    switch (init) {
    case TrainingInit::He: return 2.0 / fanIn;
    case TrainingInit::Xavier: return 2.0 / (fanIn + fanOut);
    case TrainingInit::LeCun: return 1.0 / fanIn;
    }
    return 1.0 / fanIn;
}

// log(1 + e^z) − y·z, the cross-entropy of a logit, without overflow.
double logitLoss(double z, int label)
{
    return std::max(z, 0.0) - label * z + std::log1p(std::exp(-std::fabs(z)));
}

double sigmoid(double z)
{
    const double e = std::exp(-std::fabs(z));
    return z >= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
}

// Points as a 2 × n matrix, one column each.
Matrix inputs(const QList<LabelledPoint> &points, const QList<int> &indices)
{
    const qsizetype n = indices.isEmpty() ? points.size() : indices.size();
    Matrix x(2, n);
    for (qsizetype i = 0; i < n; ++i) {
        const LabelledPoint &p = points.at(indices.isEmpty() ? i : indices.at(i));
        x(0, i) = p.x;
        x(1, i) = p.y;
    }
    return x;
}

// Layer l's pre-activations W·h + b for the columns of h (l == depth: the logits).
Matrix preActivation(const Network &network, int l, const Matrix &h)
{
    const int rows = l == network.depth() ? 1 : network.width();
    const double *block = network.parameters().data() + network.blockOffset(l);
    const MatrixMap w(block, rows, network.fanIn(l));
    const VectorMap b(block + static_cast<qsizetype>(rows) * network.fanIn(l), rows);
    Matrix z = w * h;
    z.colwise() += b;
    return z;
}

} // namespace

Network::Network(const TrainingSettings &settings)
    : m_family(FamilyCatalog::find(settings.family))
    , m_values(settings.parameters.isEmpty() && m_family ? m_family->defaults() : settings.parameters)
    , m_depth(settings.depth)
    , m_width(settings.width)
{
    m_parameters.assign(static_cast<size_t>(blockOffset(m_depth) + m_width + 1), 0.0);
    TrainingRandom random(settings.seed, kWeightStream);
    for (int layer = 0; layer <= m_depth; ++layer) {
        const int rows = layer == m_depth ? 1 : m_width;
        const int in = fanIn(layer);
        const double scale = std::sqrt(initVariance(settings.init, in, rows));
        double *block = m_parameters.data() + blockOffset(layer);
        for (int i = 0; i < rows * in; ++i)
            block[i] = scale * random.normal();
        const double bias = layer == m_depth ? 0.0 : settings.biasInit;
        for (int i = 0; i < rows; ++i)
            block[rows * in + i] = bias;
    }
}

qsizetype Network::blockOffset(int layer) const
{
    qsizetype offset = 0;
    for (int l = 0; l < layer; ++l)
        offset += static_cast<qsizetype>(m_width) * (fanIn(l) + 1);
    return offset;
}

double Network::lossAndGradient(const QList<LabelledPoint> &points, const QList<int> &indices,
                                std::vector<double> *gradient) const
{
    const Matrix x = inputs(points, indices);
    const Eigen::Index n = x.cols();
    // Forward, keeping each layer's input and slope for the way back.
    std::vector<Matrix> layerInput(static_cast<size_t>(m_depth) + 1);
    std::vector<Matrix> slopes(static_cast<size_t>(m_depth));
    layerInput[0] = x;
    for (int l = 0; l < m_depth; ++l) {
        const Matrix z = preActivation(*this, l, layerInput[l]);
        Matrix h(m_width, n);
        slopes[l].resize(m_width, n);
        m_family->evaluateMany(z.data(), z.size(), m_values, h.data(), slopes[l].data());
        layerInput[l + 1] = std::move(h);
    }
    const Matrix logits = preActivation(*this, m_depth, layerInput[m_depth]);

    double loss = 0.0;
    Matrix delta(1, n); // d loss / d logit
    for (Eigen::Index i = 0; i < n; ++i) {
        const int label = points.at(indices.isEmpty() ? i : indices.at(i)).label;
        loss += logitLoss(logits(0, i), label);
        delta(0, i) = (sigmoid(logits(0, i)) - label) / static_cast<double>(n);
    }
    loss /= static_cast<double>(n);
    if (!gradient)
        return loss;

    gradient->assign(m_parameters.size(), 0.0);
    for (int l = m_depth; l >= 0; --l) {
        const int rows = l == m_depth ? 1 : m_width;
        const double *block = m_parameters.data() + blockOffset(l);
        double *gradientBlock = gradient->data() + blockOffset(l);
        Eigen::Map<Matrix> dw(gradientBlock, rows, fanIn(l));
        Eigen::Map<Eigen::VectorXd> db(gradientBlock + static_cast<qsizetype>(rows) * fanIn(l), rows);
        dw.noalias() = delta * layerInput[l].transpose();
        db = delta.rowwise().sum();
        if (l == 0)
            break;
        const MatrixMap w(block, rows, fanIn(l));
        Matrix back = w.transpose() * delta;          // d loss / d h of layer l − 1
        delta = back.cwiseProduct(slopes[l - 1]);      // d loss / d z of layer l − 1
    }
    return loss;
}

QList<double> Network::layerNorms(const std::vector<double> &gradient) const
{
    QList<double> norms;
    for (int l = 0; l < m_depth; ++l) {
        const qsizetype begin = blockOffset(l);
        const qsizetype end = blockOffset(l + 1);
        double sum = 0.0;
        for (qsizetype i = begin; i < end; ++i)
            sum += gradient[i] * gradient[i];
        norms.append(std::sqrt(sum));
    }
    return norms;
}

NetworkEvaluation Network::evaluate(const QList<LabelledPoint> &points) const
{
    NetworkEvaluation result;
    result.points = static_cast<int>(points.size());
    result.active.fill(0, m_depth * m_width);
    result.zeroSlope.fill(0, m_depth * m_width);
    Matrix h = inputs(points, {});
    const Eigen::Index n = h.cols();
    for (int l = 0; l < m_depth; ++l) {
        const Matrix z = preActivation(*this, l, h);
        Matrix value(m_width, n);
        Matrix slope(m_width, n);
        m_family->evaluateMany(z.data(), z.size(), m_values, value.data(), slope.data());
        for (int unit = 0; unit < m_width; ++unit) {
            result.active[l * m_width + unit] = static_cast<int>((z.row(unit).array() > 0.0).count());
            result.zeroSlope[l * m_width + unit] = static_cast<int>((slope.row(unit).array() == 0.0).count());
        }
        h = std::move(value);
    }
    const Matrix logits = preActivation(*this, m_depth, h);
    for (Eigen::Index i = 0; i < n; ++i) {
        const int label = points.at(i).label;
        result.loss += logitLoss(logits(0, i), label);
        result.correct += (logits(0, i) > 0.0) == (label == 1) ? 1 : 0;
    }
    result.loss /= std::max<double>(1.0, static_cast<double>(n));
    return result;
}

void Network::predict(const double *x, const double *y, int n, double *probability) const
{
    Matrix h(2, n);
    for (int i = 0; i < n; ++i) {
        h(0, i) = x[i];
        h(1, i) = y[i];
    }
    for (int l = 0; l < m_depth; ++l) {
        const Matrix z = preActivation(*this, l, h);
        Matrix value(m_width, n);
        Matrix slope(m_width, n);
        m_family->evaluateMany(z.data(), z.size(), m_values, value.data(), slope.data());
        h = std::move(value);
    }
    const Matrix logits = preActivation(*this, m_depth, h);
    for (int i = 0; i < n; ++i)
        probability[i] = sigmoid(logits(0, i));
}

} // namespace relulab
