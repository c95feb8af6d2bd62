#pragma once

namespace relulab {

// Which vector instructions orderedProduct() multiplies with. Best picks the widest this CPU has;
// the others let tests check each kernel on its own.
enum class ProductInstructions { Best, Avx2, Avx512 };

// out = W·in, or Wᵀ·in when `transposed`, for the depth lab's layers: W is square (n × n), in and
// out are n × columns, all stored densely in column-major order.
//
// Every entry is summed over k in order, starting from +0, with a rounding after each product and
// each sum and no fused multiply-add. That is the arithmetic of Eigen's blocked product (its gebp
// kernel for SSE2 doubles) wherever Eigen neither splits the sum into panels nor switches to
// another method, so the result is then bit for bit the one `out = W * in` gives in Eigen, with
// either instruction set. Several examples share a vector (four with AVX2, eight with AVX-512) and
// each weight is broadcast: about twice as fast as Eigen with AVX2, more with AVX-512.
//
// Returns false, leaving out untouched, where it cannot promise Eigen's bits (the instructions are
// missing, Eigen was built for wider vectors or with FMA, n is not a multiple of 4, a single
// column, or sizes where Eigen splits the sum or multiplies coefficient by coefficient); the
// caller then uses Eigen.
bool orderedProduct(const double *w, int n, bool transposed, const double *in, int columns, double *out,
                    ProductInstructions instructions = ProductInstructions::Best);

} // namespace relulab
