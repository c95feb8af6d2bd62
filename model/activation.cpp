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
constexpr double kLn2Hi = 0.6931471805599453;
constexpr double kLn2Lo = 2.3190468138462996e-17;
constexpr double kLn4Hi = 1.3862943611198906;
constexpr double kLn4Lo = 4.638093627692599e-17;
// SELU: lambda and lambda alpha of the published 50-digit constants, as double-doubles.
constexpr double kSeluLambdaLo = 3.9874847667154144e-17;
constexpr double kSeluScaleHi = 1.7580993408473768;   // lambda alpha
constexpr double kSeluScaleLo = 1.41535193800845e-17;
constexpr double kLogSeluScaleHi = 0.564233305543254; // log(lambda alpha)
constexpr double kLogSeluScaleLo = -4.0500546435637946e-17;

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

// log(y) for a positive normal y as a double-double, good to about 1e-17 absolute: only the
// logarithm of the mantissa, at most 0.35 in size, is rounded; k log 2 is formed exactly enough.
// Tails fold a factor's logarithm into an exponent of up to ~750, where a plainly rounded log
// (error up to half an ulp of the log) would cost several ulps of the result.
DoubleDouble logOf(double y)
{
    int k = 0;
    double m = std::frexp(y, &k); // y = m 2^k, m in [1/2, 1)
    if (m < kSqrtHalfHi) {
        m *= 2.0;
        --k;
    }
    DoubleDouble scaled = twoProduct(k, kLn2Hi);
    scaled.lo += k * kLn2Lo;
    return plus(scaled, {std::log(m), 0.0});
}

DoubleDouble logOf(DoubleDouble y)
{
    return plus(logOf(y.hi), {y.lo / y.hi, 0.0});
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

Sample silu(double x, double beta)
{
    // f = x sigma(p), f' = sigma(p) (1 + p (1 - sigma(p))), p = beta x; only e^(-|p|) <= 1 is
    // ever formed, with the rounding error of p put back (|p| reaches 750 before all is settled).
    const double p = beta * x;
    if (p > 750.0)
        return {x, 1.0}; // e^(-p) < 1e-325: sigma is 1 (and p may even have overflowed)
    if (p < -800.0)
        return {-0.0, -0.0}; // |x| e^(p) < 1e-340 for every beta >= 1e-3
    const double pError = std::fma(beta, x, -p);
    if (p >= 0.0) {
        const double e = expOf({-p, -pError});
        const double sigma = 1.0 / (1.0 + e);
        const double sigmaComplement = e / (1.0 + e);
        return {x * sigma, sigma * (std::fma(p, sigmaComplement, 1.0) + pError * sigmaComplement)};
    }
    if (p >= -700.0) {
        const double e = expOf({p, pError});
        const double sigma = e / (1.0 + e);
        const double sigmaComplement = 1.0 / (1.0 + e);
        return {x * sigma, sigma * (std::fma(p, sigmaComplement, 1.0) + pError * sigmaComplement)};
    }
    // Far left, sigma(p) = e^p to double precision and e^p leaves the normal doubles while
    // x e^p need not have: the factors x and 1 + p go into the exponent, so nothing underflows
    // on the way. (Here 1 - sigma = 1 exactly.)
    const DoubleDouble exponent{p, pError};
    const DoubleDouble onePlusP = plus(twoSum(-1.0, -p), {-pError, 0.0}); // -(1 + beta x) > 0
    return {-expOf(plus(exponent, logOf(-x))), -expOf(plus(exponent, logOf(onePlusP)))};
}

Sample mish(double x)
{
    // With E = e^x and n = E (E + 2) = (1 + E)^2 - 1: tanh(softplus(x)) = n / (n + 2),
    // sech^2(softplus(x)) = 4 (n + 1) / (n + 2)^2, and f' = tanh(sp) + x sech^2(sp) sigma(x).
    // Right of 0 the same in e = e^(-x): tanh(sp) = (1 + 2e) / (1 + 2e + 2e^2). No exp overflows,
    // nothing cancels except the slope at its zero near x = -1.19 (two terms of opposite sign).
    if (x > 0.0) {
        const double e = std::exp(-x);
        const double numerator = 1.0 + 2.0 * e;
        const double denominator = numerator + 2.0 * e * e;
        const double tanhSp = numerator / denominator;
        const double onePlusE = 1.0 + e;
        const double sechSp = 2.0 * onePlusE * e / denominator; // sech(sp) = 2 (1 + e) e / (...)
        const double sigma = 1.0 / onePlusE;
        return {x * tanhSp, std::fma(x, sechSp * sechSp * sigma, tanhSp)};
    }
    if (x >= -700.0) {
        const double e = std::exp(x);
        const double n = e * (e + 2.0);
        const double tanhSp = n / (n + 2.0);
        const double sech2Sp = 4.0 * (n + 1.0) / ((n + 2.0) * (n + 2.0));
        const double sigma = e / (1.0 + e);
        return {x * tanhSp, std::fma(x, sech2Sp * sigma, tanhSp)};
    }
    if (x < -800.0)
        return {-0.0, -0.0}; // |x| e^x < 1e-340
    // Far left tanh(sp) = sigma(x) = e^x and sech^2(sp) = 1 to double precision: f = x e^x and
    // f' = (1 + x) e^x, formed in the exponent as for SiLU.
    const DoubleDouble onePlusX = twoSum(-1.0, -x); // -(1 + x) > 0, exactly
    return {-expOf(plus({x, 0.0}, logOf(-x))), -expOf(plus({x, 0.0}, logOf(onePlusX)))};
}

Sample selu(double x)
{
    // lambda and lambda alpha carried as double-doubles: the products are then correctly rounded
    // but for the one rounding of the fma.
    if (x > 0.0)
        return {std::fma(kSeluLambda, x, kSeluLambdaLo * x), kSeluLambda};
    const double em1 = std::expm1(x);
    const double value = std::fma(kSeluScaleHi, em1, kSeluScaleLo * em1);
    if (x >= -700.0) {
        const double e = std::exp(x);
        return {value, std::fma(kSeluScaleHi, e, kSeluScaleLo * e)};
    }
    // e^x leaves the normal doubles: lambda alpha joins it in the exponent.
    if (x < -800.0)
        return {value, 0.0};
    return {value, expOf(plus({x, 0.0}, {kLogSeluScaleHi, kLogSeluScaleLo}))};
}

Sample relu6(double x)
{
    // PyTorch (hardtanh_backward): the gradient is 1 only strictly inside (0, 6).
    const bool inside = x > 0.0 && x < 6.0;
    return {select(x > 0.0, std::fmin(x, 6.0), 0.0), select(inside, 1.0, 0.0)};
}

Sample hardswish(double x)
{
    // PyTorch (hardswish_backward since 2.7): 0 up to and including -3, x/3 + 1/2 strictly inside
    // (-3, 3), 1 from 3 on; so the slope at each knee is its outer side's (0 at -3, 1 at 3).
    // Inside, 2x + 3 is exact near the slope's zero at -3/2 (and x + 3 near -3), so both results
    // are rounded only once or twice there.
    if (x <= -3.0)
        return {0.0, 0.0};
    if (x >= 3.0)
        return {x, 1.0};
    return {x * (x + 3.0) / 6.0, (2.0 * x + 3.0) / 6.0};
}

Sample sigmoid(double x)
{
    // sigma = 1 / (1 + e) or e / (1 + e) with e = e^(-|x|) <= 1; sigma' = e / (1 + e)^2 on both
    // sides (it is even), so the tails keep full relative accuracy and nothing overflows.
    const double e = std::exp(-std::fabs(x));
    const double onePlusE = 1.0 + e;
    const double value = x >= 0.0 ? 1.0 / onePlusE : e / onePlusE;
    if (std::fabs(x) < 1.0) {
        // sigma' = 1/4 - (sigma - 1/2)^2 with sigma - 1/2 = tanh(x/2) / 2: near 0 it cannot
        // round above its maximum 1/4.
        const double offset = 0.5 * std::tanh(0.5 * x);
        return {value, std::fma(-offset, offset, 0.25)};
    }
    return {value, e / (onePlusE * onePlusE)};
}

Sample hyperbolicTangent(double x)
{
    // sech^2 x = 4 e / (1 + e)^2 with e = e^(-2|x|), never 1 - tanh^2 away from 0 (it is 0 from
    // |x| = 19 on).
    const double magnitude = std::fabs(x);
    const double value = std::tanh(x);
    if (magnitude < 0.5) // tanh^2 < 1/4: here 1 - tanh^2 is exact enough and never exceeds 1
        return {value, std::fma(-value, value, 1.0)};
    if (magnitude > 400.0)
        return {value, 0.0}; // sech^2 < 1e-347
    const double e = std::exp(-2.0 * magnitude);
    if (magnitude > 350.0) // e leaves the normal doubles: log 4 joins the exponent instead
        return {value, expOf(plus({-2.0 * magnitude, 0.0}, {kLn4Hi, kLn4Lo}))};
    const double onePlusE = 1.0 + e;
    return {value, 4.0 * e / (onePlusE * onePlusE)};
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

void siluMany(const double *x, std::ptrdiff_t n, double beta, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [beta](double t) { return silu(t, beta); });
}

void mishMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return mish(t); });
}

void seluMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return selu(t); });
}

void relu6Many(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return relu6(t); });
}

void hardswishMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return hardswish(t); });
}

void sigmoidMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return sigmoid(t); });
}

void hyperbolicTangentMany(const double *x, std::ptrdiff_t n, double *value, double *slope)
{
    evaluateMany(x, n, value, slope, [](double t) { return hyperbolicTangent(t); });
}

} // namespace relulab::activation
