#pragma once

// The pure mathematics of the ReLU family: value and slope of every member.
//
// Every function is accurate to a few units in the last place for every finite input and every
// parameter in its catalog range: tails are computed without overflow or cancellation, and
// results that are too small for a double underflow gracefully to (signed) zero.
// Slopes at kinks follow PyTorch autograd: ReLU'(0) = 0, LeakyReLU'(0) = a, ELU'(0) = alpha.

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

// The standard normal CDF and density, accurate in relative terms in both tails.
double normalCdf(double x);
double normalPdf(double x);

} // namespace relulab::activation
