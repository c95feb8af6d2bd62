#pragma once

// The pure mathematics of the ReLU family: value and slope of every member.
//
// Every function is accurate to a few units in the last place for every finite input and every
// parameter in its catalog range: tails are computed without overflow or cancellation, and
// results that are too small for a double underflow gracefully to (signed) zero.
// Slopes at kinks follow PyTorch autograd: ReLU'(0) = 0, LeakyReLU'(0) = a, ELU'(0) = alpha.

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

// The same for a whole array: value[i] and slope[i] of x[i], bit for bit what the functions above
// give, in one call instead of one per value (the depth lab evaluates a whole layer at once).
void reluMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void leakyReluMany(const double *x, std::ptrdiff_t n, double negativeSlope, double *value, double *slope);
void eluMany(const double *x, std::ptrdiff_t n, double alpha, double *value, double *slope);
void geluMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void geluTanhMany(const double *x, std::ptrdiff_t n, double *value, double *slope);
void softplusMany(const double *x, std::ptrdiff_t n, double beta, double *value, double *slope);

// The standard normal CDF and density, accurate in relative terms in both tails.
double normalCdf(double x);
double normalPdf(double x);

} // namespace relulab::activation
