#pragma once

// The pure mathematics of the ReLU family: value and slope of every member.
//
// Every function is accurate to a few units in the last place for every finite input and every
// parameter in its catalog range: tails are computed without overflow or cancellation, and
// results that are too small for a double underflow gracefully to (signed) zero.
// Slopes at kinks follow PyTorch autograd: ReLU'(0) = 0, LeakyReLU'(0) = a, ELU'(0) = alpha,
// SELU'(0) = lambda alpha, ReLU6'(0) = ReLU6'(6) = 0, Hardswish'(-3) = 0 and Hardswish'(3) = 1
// (PyTorch 2.7 on; earlier versions gave -1/2 and 3/2, the inner side's slope).
// A value too large for a double (SELU beyond DBL_MAX / lambda) rounds to infinity, as IEEE
// rounding of the exact result would.

#include <cstddef>

namespace relulab::activation {

struct Sample
{
    double value = 0.0;
    double slope = 0.0;
};

Sample relu(double x);
Sample leakyRelu(double x, double negativeSlope);
Sample elu(double x, double alpha);
Sample gelu(double x);      // x * Phi(x), Phi the standard normal CDF (PyTorch approximate='none')
Sample geluTanh(double x);  // PyTorch approximate='tanh'
Sample softplus(double x, double beta);
Sample silu(double x, double beta); // x sigma(beta x): SiLU at beta = 1, Swish-beta otherwise
Sample mish(double x);              // x tanh(softplus(x))
Sample selu(double x);              // lambda x, or lambda alpha (e^x - 1), with the published constants
Sample relu6(double x);             // min(max(0, x), 6)
Sample hardswish(double x);         // x ReLU6(x + 3) / 6
Sample sigmoid(double x);           // 1 / (1 + e^(-x))
Sample hyperbolicTangent(double x); // tanh(x) (not named tanh, so that it never hides std::tanh)

// SELU's constants (Klambauer et al. 2017), the doubles nearest to the published 50-digit values.
constexpr double kSeluLambda = 1.0507009873554804934193349852946;
constexpr double kSeluAlpha = 1.6732632423543772848170429916717;

// The same for a whole array: value[i] and slope[i] of x[i], bit for bit what the functions above
// give, in one call instead of one per value (the depth lab evaluates a whole layer at once).
void reluMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void leakyReluMany(const double *x, std::ptrdiff_t n, double negativeSlope, double *value, double *slope);
void eluMany(const double *x, std::ptrdiff_t n, double alpha, double *value, double *slope);
void geluMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void geluTanhMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void softplusMany(const double *x, std::ptrdiff_t n, double beta, double *value, double *slope);
void siluMany(const double *x, std::ptrdiff_t n, double beta, double *value, double *slope);
void mishMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void seluMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void relu6Many(const double *x, std::ptrdiff_t n, double *value, double *slope);
void hardswishMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void sigmoidMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void hyperbolicTangentMany(const double *x, std::ptrdiff_t n, double *value, double *slope);

// The standard normal CDF and density, accurate in relative terms in both tails.
double normalCdf(double x);
double normalPdf(double x);

} // namespace relulab::activation
