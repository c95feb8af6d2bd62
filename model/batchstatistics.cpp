#include "batchstatistics.h"

#include "activation.h"
#include "labmodel.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace relulab {
namespace {

// Integrated quantities, all weighted by the standard normal density in z:
// f - c, (f - c)², f', f'² (c is a shift close to the mean, against cancellation in the variance).
constexpr int kQuantities = 4;
using Vector = std::array<double, kQuantities>;

constexpr double kRangeZ = 12.0;          // phi(12) ~ 5e-33
constexpr double kRelativeTolerance = 1e-13;
constexpr double kAbsoluteFloor = 1e-3;   // below this size a quantity is judged absolutely
constexpr int kMaximumSegments = 2000;
constexpr int kInitialPiecesPerSide = 8;  // so that features narrower than the range are seen
constexpr double kFar = 1e6;              // beyond this every family's slope has settled

// Gauss–Kronrod 7/15 nodes on [-1, 1] (non-negative half; the rule is symmetric) and weights.
constexpr std::array<double, 8> kKronrodNodes = {
    0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
    0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
    0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
    0.207784955007898467600689403773245, 0.0};
constexpr std::array<double, 8> kKronrodWeights = {
    0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
    0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
    0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
    0.204432940075298892414161999234649, 0.209482141084727828012999174891714};
// Gauss weights for the Kronrod nodes 1, 3, 5 and 7 (the 7-point Gauss rule).
constexpr std::array<double, 4> kGaussWeights = {
    0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
    0.381830050505118944950369775488975, 0.417959183673469387755102040816327};

struct Segment
{
    double a = 0.0;
    double b = 0.0;
    Vector value{};
    Vector error{};
};

class Integrator
{
public:
    Integrator(const FamilySpec &family, const ParameterValues &values, double mu, double sigma, double shift)
        : m_family(family), m_values(values), m_mu(mu), m_sigma(sigma), m_shift(shift)
    {
    }

    Vector integrate(const std::vector<double> &breakpoints) const
    {
        std::vector<Segment> segments;
        for (size_t i = 0; i + 1 < breakpoints.size(); ++i)
            segments.push_back(rule(breakpoints[i], breakpoints[i + 1]));

        while (static_cast<int>(segments.size()) < kMaximumSegments) {
            Vector total{};
            Vector totalError{};
            for (const Segment &s : segments) {
                for (int k = 0; k < kQuantities; ++k) {
                    total[k] += s.value[k];
                    totalError[k] += s.error[k];
                }
            }
            Vector allowed{};
            bool converged = true;
            for (int k = 0; k < kQuantities; ++k) {
                allowed[k] = kRelativeTolerance * std::max(std::fabs(total[k]), kAbsoluteFloor);
                converged = converged && totalError[k] <= allowed[k];
            }
            if (converged)
                return total;
            // Split the segment whose error uses up the largest share of the allowance.
            size_t worst = 0;
            double worstShare = -1.0;
            for (size_t i = 0; i < segments.size(); ++i) {
                double share = 0.0;
                for (int k = 0; k < kQuantities; ++k)
                    share = std::max(share, segments[i].error[k] / allowed[k]);
                if (share > worstShare) {
                    worstShare = share;
                    worst = i;
                }
            }
            const Segment old = segments[worst];
            const double middle = 0.5 * (old.a + old.b);
            if (middle <= old.a || middle >= old.b)
                break; // cannot split further in double precision
            segments[worst] = rule(old.a, middle);
            segments.push_back(rule(middle, old.b));
        }
        Vector total{};
        for (const Segment &s : segments) {
            for (int k = 0; k < kQuantities; ++k)
                total[k] += s.value[k];
        }
        return total;
    }

private:
    Vector integrand(double z) const
    {
        const activation::Sample s = m_family.evaluate(m_mu + m_sigma * z, m_values);
        const double weight = activation::normalPdf(z);
        const double shifted = s.value - m_shift;
        return {weight * shifted, weight * shifted * shifted, weight * s.slope, weight * s.slope * s.slope};
    }

    Segment rule(double a, double b) const
    {
        const double center = 0.5 * (a + b);
        const double half = 0.5 * (b - a);
        Vector kronrod{};
        Vector gauss{};
        const Vector mid = integrand(center);
        for (int k = 0; k < kQuantities; ++k) {
            kronrod[k] = kKronrodWeights[7] * mid[k];
            gauss[k] = kGaussWeights[3] * mid[k];
        }
        for (int j = 0; j < 7; ++j) {
            const double dx = half * kKronrodNodes[j];
            const Vector left = integrand(center - dx);
            const Vector right = integrand(center + dx);
            for (int k = 0; k < kQuantities; ++k) {
                const double sum = left[k] + right[k];
                kronrod[k] += kKronrodWeights[j] * sum;
                if (j % 2 == 1)
                    gauss[k] += kGaussWeights[j / 2] * sum;
            }
        }
        Segment segment;
        segment.a = a;
        segment.b = b;
        for (int k = 0; k < kQuantities; ++k) {
            segment.value[k] = half * kronrod[k];
            // |K15 - G7| estimates the error of G7: pessimistic for K15, which is what we keep.
            segment.error[k] = std::fabs(half * (kronrod[k] - gauss[k]));
        }
        return segment;
    }

    const FamilySpec &m_family;
    const ParameterValues &m_values;
    double m_mu = 0.0;
    double m_sigma = 1.0;
    double m_shift = 0.0;
};

// Dead means a slope that is 0 in exact math; a tail where the slope merely underflows is alive.
bool isDeadAt(const FamilySpec &family, const ParameterValues &values, double x)
{
    return family.flatAt && family.flatAt(x, values);
}

} // namespace

bool BatchDistribution::validate(double mu, double sigma, QString *error)
{
    const QLocale c = QLocale::c();
    if (!std::isfinite(mu) || std::fabs(mu) > kMuLimit) {
        if (error) {
            *error = QCoreApplication::translate("relulab::BatchDistribution", "mu %1 is out of range; valid: -%2 to %2")
                         .arg(formatPlainNumber(mu), c.toString(kMuLimit, 'g', 6));
        }
        return false;
    }
    if (!std::isfinite(sigma) || sigma < kSigmaMinimum || sigma > kSigmaMaximum) {
        if (error) {
            *error = QCoreApplication::translate("relulab::BatchDistribution", "sigma %1 is out of range; valid: %2 to %3")
                         .arg(formatPlainNumber(sigma), c.toString(kSigmaMinimum, 'g', 6),
                              c.toString(kSigmaMaximum, 'g', 6));
        }
        return false;
    }
    return true;
}

namespace {

// Some x where the slope is not 0 in exact math, or NaN when it is 0 everywhere. The pieces a
// family can be flat on are its tails, so a grid across the middle finds one.
double someLiveX(const FamilySpec &family, const ParameterValues &values)
{
    for (int i = 0; i <= 4000; ++i) {
        const double x = -100.0 + i * 0.05;
        if (!isDeadAt(family, values, x))
            return x;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

// Bisects between a dead and a live x down to neighbouring doubles; returns the dead one.
double bisectDeadEdge(const FamilySpec &family, const ParameterValues &values, double dead, double live)
{
    for (int i = 0; i < 4000; ++i) {
        const double middle = dead + 0.5 * (live - dead);
        if (middle == dead || middle == live)
            break;
        (isDeadAt(family, values, middle) ? dead : live) = middle;
    }
    return dead;
}

} // namespace

double deadRegionEdge(const FamilySpec &family, const ParameterValues &values)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    if (!isDeadAt(family, values, -kFar))
        return -infinity;
    const double live = someLiveX(family, values);
    if (std::isnan(live))
        return infinity;
    return bisectDeadEdge(family, values, -kFar, live);
}

double upperDeadRegionEdge(const FamilySpec &family, const ParameterValues &values)
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    if (!isDeadAt(family, values, kFar))
        return infinity;
    const double live = someLiveX(family, values);
    if (std::isnan(live))
        return infinity;
    return bisectDeadEdge(family, values, kFar, live);
}

BatchStatistics computeBatchStatistics(const FamilySpec &family, const ParameterValues &values, double mu, double sigma)
{
    const double edge = deadRegionEdge(family, values);

    std::vector<double> breakpoints;
    for (int i = 0; i <= kInitialPiecesPerSide * 2; ++i)
        breakpoints.push_back(-kRangeZ + i * (kRangeZ / kInitialPiecesPerSide));
    const double upperEdge = upperDeadRegionEdge(family, values);
    for (double x : {0.0, edge, upperEdge}) {
        const double z = (x - mu) / sigma;
        if (std::isfinite(z) && z > -kRangeZ && z < kRangeZ)
            breakpoints.push_back(z);
    }
    std::sort(breakpoints.begin(), breakpoints.end());
    breakpoints.erase(std::unique(breakpoints.begin(), breakpoints.end()), breakpoints.end());

    const double shift = family.evaluate(mu, values).value;
    const Vector integral = Integrator(family, values, mu, sigma, shift).integrate(breakpoints);

    BatchStatistics statistics;
    if (edge == std::numeric_limits<double>::infinity())
        statistics.deadFraction = 1.0;
    else if (std::isfinite(edge))
        statistics.deadFraction = activation::normalCdf((edge - mu) / sigma);
    if (std::isfinite(upperEdge)) // dead on the right too (ReLU6 above its ceiling)
        statistics.deadFraction += activation::normalCdf((mu - upperEdge) / sigma);
    statistics.meanSlope = integral[2];
    statistics.meanSquaredSlope = integral[3];
    statistics.meanOutput = shift + integral[0];
    statistics.outputVariance = std::max(0.0, integral[1] - integral[0] * integral[0]);
    statistics.meanSquaredOutput = statistics.outputVariance + statistics.meanOutput * statistics.meanOutput;
    return statistics;
}

BatchCurves sampleBatchCurves(const FamilySpec &family, const ParameterValues &values, double mu, double sigma,
                              double from, double to, int count)
{
    BatchCurves curves;
    const double edge = deadRegionEdge(family, values);
    const auto density = [&](double x) { return activation::normalPdf((x - mu) / sigma) / sigma; };
    curves.density.reserve(count);
    curves.output.reserve(count);
    for (int i = 0; i < count; ++i) {
        const double x = from + (to - from) * i / (count - 1);
        const double y = density(x);
        curves.density.append({x, y});
        if (x <= edge)
            curves.deadDensity.append({x, y});
        const double output = family.evaluate(x, values).value;
        curves.output.append({x, output});
        curves.outputMinimum = std::min(curves.outputMinimum, output);
        curves.outputMaximum = std::max(curves.outputMaximum, output);
    }
    // Close the dead area exactly at its edge.
    if (!curves.deadDensity.isEmpty() && edge < to)
        curves.deadDensity.append({edge, density(edge)});
    // A second dead region on the right (ReLU6 from 6 on), joined to the first along the axis so
    // that the one area, filled down to 0, shows both.
    const double upperEdge = upperDeadRegionEdge(family, values);
    if (std::isfinite(upperEdge) && upperEdge < to) {
        const double start = std::max(from, upperEdge);
        if (!curves.deadDensity.isEmpty())
            curves.deadDensity.append({curves.deadDensity.constLast().x(), 0.0});
        curves.deadDensity.append({start, 0.0});
        curves.deadDensity.append({start, density(start)});
        for (const QPointF &point : std::as_const(curves.density)) {
            if (point.x() > start)
                curves.deadDensity.append(point);
        }
    }
    curves.densityPeak = activation::normalPdf(0.0) / sigma;
    return curves;
}

bool writeBatchCsv(const LabModel &model, double mu, double sigma, QIODevice *device)
{
    QByteArray text = QByteArrayLiteral(
        "family,mu,sigma,dead_fraction,mean_slope,mean_squared_slope,mean_output,output_variance\n");
    for (const FamilySpec &family : FamilyCatalog::all()) {
        const BatchStatistics s = computeBatchStatistics(family, model.parameters(family.id), mu, sigma);
        const QList<double> numbers = {mu, sigma, s.deadFraction, s.meanSlope, s.meanSquaredSlope, s.meanOutput,
                                       s.outputVariance};
        text += family.id.toUtf8();
        for (double number : numbers)
            text += ',' + formatRoundTrip(number).toLatin1();
        text += '\n';
    }
    return device->write(text) == text.size();
}

} // namespace relulab
