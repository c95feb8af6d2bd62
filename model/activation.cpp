#include "activation.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace relulab::activation {
namespace {

// Constants split into a double and the rounding error of that double (from 50-digit values),
// so that arguments of exp() and erfc() can be formed without losing the last bits.
constexpr double kSqrtHalfHi = 0.7071067811865476;
constexpr double kSqrtHalfLo = -4.833646656726457e-17;
constexpr double kInvSqrt2Pi = 0.3989422804014327;
constexpr double kTwoOverSqrtPi = 1.1283791670955126;
constexpr double kSqrt2OverPiHi = 0.7978845608028654;
constexpr double kSqrt2OverPiLo = -4.98465440455546e-17;
constexpr double kGeluCubicHi = 0.044715;
constexpr double kGeluCubicLo = 2.1960211427085595e-18;

// A value carried as an unevaluated sum hi + lo with |lo| <= ulp(hi) / 2.
struct DoubleDouble
{
    double hi;
    double lo;
};

DoubleDouble twoProduct(double a, double b)
{
    const double p = a * b;
    return {p, std::fma(a, b, -p)};
}

DoubleDouble twoSum(double a, double b)
{
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

DoubleDouble times(DoubleDouble a, DoubleDouble b)
{
    DoubleDouble p = twoProduct(a.hi, b.hi);
    p.lo += a.hi * b.lo + a.lo * b.hi;
    return twoSum(p.hi, p.lo);
}

DoubleDouble plus(DoubleDouble a, DoubleDouble b)
{
    DoubleDouble s = twoSum(a.hi, b.hi);
    s.lo += a.lo + b.lo;
    return twoSum(s.hi, s.lo);
}

// exp(a.hi + a.lo), with the small part applied to first order (|a.lo| is below 1e-13).
double expOf(DoubleDouble a)
{
    return std::exp(a.hi) * (1.0 + a.lo);
}

// exp(-x^2 / 2) with x^2 formed exactly, so the result keeps full relative accuracy even where
// x^2 / 2 is several hundred.
double gaussianKernel(double x)
{
    const DoubleDouble square = twoProduct(x, x);
    return std::exp(-0.5 * square.hi) * (1.0 - 0.5 * square.lo);
}

// Mills ratio R(t) = (1 - Phi(t)) / phi(t) for t >= 8, by its continued fraction
// R(t) = 1 / (t + 1/(t + 2/(t + 3/(t + ...)))), evaluated from the tail inwards. The truncation
// error shrinks as t grows; at t = 8, 20 terms leave 2e-21 relative (50-digit check), far below
// an ulp, so more terms would only cost time.
double millsRatio(double t)
{
    constexpr int kTerms = 20;
    double denominator = t;
    for (int k = kTerms; k >= 1; --k)
        denominator = t + k / denominator;
    return 1.0 / denominator;
}

constexpr double kMillsThreshold = 8.0;   // below: erfc is exact enough; above: Mills ratio
constexpr double kGaussianUnderflow = 40.0; // phi(40) ~ 1e-348: every result here rounds to 0
// GELU tanh: below 2u = -700 (x below about -21), e^(2u) nears the bottom of the normal doubles
// and the results are formed in the exponent instead.
constexpr double kGeluTanhFoldBelow = -700.0;

} // namespace

double normalPdf(double x)
{
    if (std::fabs(x) >= kGaussianUnderflow)
        return 0.0;
    return kInvSqrt2Pi * gaussianKernel(x);
}

namespace {

// Phi(x) for -kMillsThreshold < x < kGaussianUnderflow, given kernel = gaussianKernel(x).
// Phi(x) = erfc(z) / 2 with z = -x / sqrt(2). Rounding z would cost 2 z^2 ulps in the tail, so the
// rounding error delta of z is put back to first order: erfc'(z) = -2/sqrt(pi) e^(-z^2).
double normalCdfFromErfc(double x, double kernel)
{
    const double z = -x * kSqrtHalfHi;
    const double delta = std::fma(-x, kSqrtHalfHi, -z) + (-x) * kSqrtHalfLo;
    return 0.5 * (std::erfc(z) - delta * kTwoOverSqrtPi * kernel);
}

template<typename Function>
void evaluateMany(const double *x, std::ptrdiff_t n, double *value, double *slope, const Function &function)
{
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const Sample s = function(x[i]);
        value[i] = s.value;
        slope[i] = s.slope;
    }
}

} // namespace

double normalCdf(double x)
{
    if (x >= kGaussianUnderflow)
        return 1.0;
    if (x <= -kGaussianUnderflow)
        return 0.0;
    if (x <= -kMillsThreshold)
        return normalPdf(x) * millsRatio(-x);
    return normalCdfFromErfc(x, gaussianKernel(x));
}

namespace {

// condition ? a : b, chosen with bit masks instead of a branch: the depth lab evaluates ReLU and
// Leaky ReLU on millions of values with random signs, where a branch is mispredicted half the time.
double select(bool condition, double a, double b)
{
    std::uint64_t aBits = 0;
    std::uint64_t bBits = 0;
    std::memcpy(&aBits, &a, sizeof a);
    std::memcpy(&bBits, &b, sizeof b);
    const std::uint64_t mask = ~static_cast<std::uint64_t>(condition) + 1; // all ones when true
    const std::uint64_t bits = (aBits & mask) | (bBits & ~mask);
    double result = 0.0;
    std::memcpy(&result, &bits, sizeof result);
    return result;
}

} // namespace

Sample relu(double x)
{
    // PyTorch: the gradient at exactly 0 is 0.
    const bool active = x > 0.0;
    return {select(active, x, 0.0), select(active, 1.0, 0.0)};
}

Sample leakyRelu(double x, double negativeSlope)
{
    const bool active = x > 0.0;
    return {select(active, x, negativeSlope * x), select(active, 1.0, negativeSlope)};
}

Sample elu(double x, double alpha)
{
    if (x > 0.0)
        return {x, 1.0};
    return {alpha * std::expm1(x), alpha * std::exp(x)};
}

Sample gelu(double x)
{
    if (x >= kGaussianUnderflow)
        return {x, 1.0};
    if (x <= -kGaussianUnderflow)
        return {-0.0, -0.0};
    if (x <= -kMillsThreshold) {
        // x Phi(x) = -t phi(t) R(t) and Phi(x) + x phi(x) = -phi(t) (t - R(t)), t = -x.
        // The factors are folded into the exponent so that no intermediate result underflows.
        const double t = -x;
        const double ratio = millsRatio(t);
        const DoubleDouble square = twoProduct(t, t);
        const DoubleDouble halfSquare{-0.5 * square.hi, -0.5 * square.lo};
        const double valueLog = std::log(t * ratio * kInvSqrt2Pi);
        const double slopeLog = std::log((t - ratio) * kInvSqrt2Pi);
        return {-expOf(plus(halfSquare, {valueLog, 0.0})), -expOf(plus(halfSquare, {slopeLog, 0.0}))};
    }
    // Here normalCdf(x) and normalPdf(x) need the same Gaussian kernel: computed once.
    const double kernel = gaussianKernel(x);
    const double cdf = normalCdfFromErfc(x, kernel);
    return {x * cdf, cdf + x * (kInvSqrt2Pi * kernel)};
}

Sample geluTanh(double x)
{
    // f(x) = x sigma(2u), u = c (x + k x^3), using 1 + tanh(u) = 2 sigma(2u).
    // sigma(2u) reaches 1 (or 0) to double precision long before |x| = 30.
    if (x >= 30.0)
        return {x, 1.0};
    if (x <= -30.0)
        return {-0.0, -0.0};
    // u in double-double: in the left tail exp(2u) has |2u| up to ~2000, and each lost bit of u
    // would cost 2000 ulps of the result.
    const DoubleDouble square = twoProduct(x, x);
    const DoubleDouble cube = times(square, {x, 0.0});
    const DoubleDouble inner = plus({x, 0.0}, times(cube, {kGeluCubicHi, kGeluCubicLo}));
    const DoubleDouble u = times(inner, {kSqrt2OverPiHi, kSqrt2OverPiLo});
    const DoubleDouble twoU{2.0 * u.hi, 2.0 * u.lo};
    const double du = kSqrt2OverPiHi * (1.0 + 3.0 * kGeluCubicHi * square.hi); // u'(x)

    if (twoU.hi >= kGeluTanhFoldBelow) {
        // e^(-2u) is at most e^700 here: sigma(2u) = 1 / (1 + e^(-2u)) and its complement are
        // both formed without cancellation. Near x = 0 sigma is exactly 1/2, so even a subnormal
        // x gives its correctly rounded, correctly signed half (a logarithm of it would not).
        const double e = expOf({-twoU.hi, -twoU.lo});
        const double sigma = 1.0 / (1.0 + e);
        const double sigmaComplement = e / (1.0 + e);
        return {x * sigma, sigma * (1.0 + 2.0 * x * du * sigmaComplement)};
    }
    // Far left, sigma(2u) = e^(2u) / (1 + e^(2u)) underflows while x sigma(2u) may not yet have:
    // both results are e^(2u) times a modest factor, so the factor goes into the exponent and
    // nothing underflows on the way. Here x < -21, so neither factor can be 0.
    const double e = expOf(twoU);
    const double sigmaComplement = 1.0 / (1.0 + e);
    const double valueFactor = -x * sigmaComplement;                            // > 0
    const double slopeFactor = sigmaComplement * (1.0 + 2.0 * x * du * sigmaComplement); // < 0
    const double value = -expOf(plus(twoU, {std::log(valueFactor), 0.0}));
    const double slope = -expOf(plus(twoU, {std::log(-slopeFactor), 0.0}));
    return {value, slope};
}

Sample softplus(double x, double beta)
{
    // f(x) = log(1 + e^(beta x)) / beta, f'(x) = sigma(beta x). Never evaluates an exp that could
    // overflow. The rounding error of p = beta x is kept and put back where it matters.
    const double p = beta * x;
    if (p > 0.0) {
        const double e = std::exp(-p); // <= 1
        return {x + std::log1p(e) / beta, 1.0 / (1.0 + e)};
    }
    if (p < -800.0)
        return {0.0, 0.0}; // e^(p) < 1e-347: both results round to 0
    const double pError = std::fma(beta, x, -p);
    if (p < -40.0) {
        // log1p(y) = y to double precision: f = e^(p - log beta), f' = e^(p).
        const DoubleDouble exponent = plus({p, pError}, {-std::log(beta), 0.0});
        return {expOf(exponent), expOf({p, pError})};
    }
    const double e = expOf({p, pError});
    return {std::log1p(e) / beta, e / (1.0 + e)};
}

void reluMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return relu(t); });
}

void leakyReluMany(const double *x, std::ptrdiff_t n, double negativeSlope, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [negativeSlope](double t) { return leakyRelu(t, negativeSlope); });
}

void eluMany(const double *x, std::ptrdiff_t n, double alpha, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [alpha](double t) { return elu(t, alpha); });
}

void geluMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return gelu(t); });
}

void geluTanhMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return geluTanh(t); });
}

void softplusMany(const double *x, std::ptrdiff_t n, double beta, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [beta](double t) { return softplus(t, beta); });
}

} // namespace relulab::activation
