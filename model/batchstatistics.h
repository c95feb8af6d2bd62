#pragma once

#include "family.h"

#include <QIODevice>
#include <QList>
#include <QPointF>
#include <QString>

namespace relulab {

class LabModel;

// What one family does to a whole batch of pre-activations x ~ N(mu, sigma²): expectations of
// its output and slope. They answer "how much of the batch is dead, how much gradient gets
// through on average" for a layer instead of one probe.
struct BatchStatistics
{
    double deadFraction = 0.0;     // P(f'(x) = 0 in exact math), underflow not counted
    double meanSlope = 0.0;        // E[f'(x)]
    double meanSquaredSlope = 0.0; // E[f'(x)²]: the factor a layer applies to the gradient's variance
    double meanOutput = 0.0;       // E[f(x)]
    double meanSquaredOutput = 0.0; // E[f(x)²]: the factor a layer applies to the signal's power
    double outputVariance = 0.0;   // Var[f(x)]
};

// The pre-activation distributions the lab offers: |mu| <= kMuLimit, sigma in [min, max].
struct BatchDistribution
{
    static constexpr double kMuLimit = 10.0;
    static constexpr double kSigmaMinimum = 0.01;
    static constexpr double kSigmaMaximum = 10.0;

    // False with a one-line reason when mu or sigma is outside the ranges above.
    static bool validate(double mu, double sigma, QString *error = nullptr);
};

// Expectations over N(mu, sigma²) by adaptive Gauss–Kronrod quadrature in z = (x - mu)/sigma on
// [-12, 12] (the mass outside is below 1e-32), split at x = 0, where every catalog family that
// has a kink has it, and at the edge of the dead region. Accurate to about 1e-12 relative.
// The dead fraction is exact through the normal CDF: the region where the slope is exactly 0 is
// a left half-line (-inf, t] for every catalog family (t = 0 for ReLU and for Leaky ReLU with
// a = 0; no region at all for the others), found by bisection on the catalog's flatAt(). A far
// tail where a smooth family's slope underflows to 0 in double precision is not counted: its
// slope is tiny, never zero.
// mu and sigma must pass BatchDistribution::validate.
BatchStatistics computeBatchStatistics(const FamilySpec &family, const ParameterValues &values, double mu, double sigma);

// The largest t with f'(x) = 0 for all x <= t: -inf when the slope never vanishes, +inf when it
// always does.
double deadRegionEdge(const FamilySpec &family, const ParameterValues &values);
// The smallest t with f'(x) = 0 for all x >= t (ReLU6's ceiling at 6): +inf when the slope never
// vanishes on the right, or when it vanishes everywhere (deadRegionEdge() is then +inf).
double upperDeadRegionEdge(const FamilySpec &family, const ParameterValues &values);

// What a chart of the batch shows, at `count` evenly spaced x from `from` to `to`: the density of
// N(mu, sigma²), its dead part (x <= deadRegionEdge(), closed exactly at the edge, and from
// upperDeadRegionEdge() on, joined to the first part along the axis) and the
// family's output.
struct BatchCurves
{
    QList<QPointF> density;
    QList<QPointF> deadDensity;
    QList<QPointF> output;
    double outputMinimum = 0.0; // of the output and 0
    double outputMaximum = 0.0;
    double densityPeak = 0.0;   // the density at x = mu
};
BatchCurves sampleBatchCurves(const FamilySpec &family, const ParameterValues &values, double mu, double sigma,
                              double from, double to, int count);

// CSV "family,mu,sigma,dead_fraction,mean_slope,mean_squared_slope,mean_output,output_variance",
// one row per catalog family with the model's parameters, numbers in round-trip precision.
bool writeBatchCsv(const LabModel &model, double mu, double sigma, QIODevice *device);

} // namespace relulab
