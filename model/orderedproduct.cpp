#include "orderedproduct.h"

#include <Eigen/Core>

#include <algorithm>
#include <cstddef>
#include <vector>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define RELULAB_ORDERED_PRODUCT_AVX2 1
#include <immintrin.h>
#endif

// This file is compiled with -ffp-contract=off (model/CMakeLists.txt): a product and the sum it
// goes into must stay two roundings, never one fused multiply-add.

namespace relulab {
namespace {

#ifdef RELULAB_ORDERED_PRODUCT_AVX2

// Whether Eigen multiplies W·in (or Wᵀ·in) with its blocked kernel and sums every entry over k in
// order: what the kernel below reproduces.
bool eigenSumsInOrder(int n, int columns)
{
#if defined(EIGEN_VECTORIZE_AVX) || defined(EIGEN_VECTORIZE_FMA)
    // Wider packets or fused multiply-adds change how Eigen sums: never promise its bits then.
    return false;
#else
    if (Eigen::internal::packet_traits<double>::size != 2)
        return false;
    // Rows are taken four at a time (two packets); the rows left over go through kernels with two
    // or four partial sums.
    if (n % 4 != 0)
        return false;
    // One column is a matrix-vector product, which sums the transposed case in packets.
    if (columns < 2)
        return false;
    // Tiny products are computed coefficient by coefficient.
    if (2 * n + columns < EIGEN_GEMM_TO_COEFFBASED_THRESHOLD)
        return false;
    // Eigen splits the sum over k into panels that fit its L1 cache, and so changes the order,
    // when n exceeds its block depth (a few hundred: it depends on the CPU's L1 size).
    Eigen::Index depth = n;
    Eigen::Index rows = n;
    Eigen::Index cols = columns;
    Eigen::internal::computeProductBlockingSizes<double, double, 1>(depth, rows, cols, Eigen::Index(1));
    return depth >= n;
#endif
}

constexpr int kRows = 4;    // output rows per block: four broadcast weights
constexpr int kColumns = 8; // output columns per block: two vectors of four examples

bool hasAvx2()
{
    static const bool supported = __builtin_cpu_supports("avx2");
    return supported;
}

__attribute__((target("avx2"))) void multiplyAvx2(const double *w, int n, bool transposed, const double *in,
                                                   int columns, double *out)
{
    // The weight that output row i takes from input row k is w[i * rowStep + k * depthStep].
    const std::ptrdiff_t rowStep = transposed ? n : 1;
    const std::ptrdiff_t depthStep = transposed ? 1 : n;
    // A block of eight input columns, interleaved so that each k gives two vectors:
    // slab[k * 8 + c] = in(k, j0 + c), zero past the last column.
    std::vector<double> slab(static_cast<std::size_t>(n) * kColumns);
    alignas(32) double tile[kRows][kColumns];

    for (int j0 = 0; j0 < columns; j0 += kColumns) {
        const int blockColumns = std::min(kColumns, columns - j0);
        for (int k = 0; k < n; ++k) {
            for (int c = 0; c < kColumns; ++c)
                slab[static_cast<std::size_t>(k) * kColumns + c] = c < blockColumns ? in[static_cast<std::ptrdiff_t>(j0 + c) * n + k] : 0.0;
        }
        for (int i0 = 0; i0 < n; i0 += kRows) {
            const double *w0 = w + i0 * rowStep;
            const double *w1 = w0 + rowStep;
            const double *w2 = w1 + rowStep;
            const double *w3 = w2 + rowStep;
            __m256d c00 = _mm256_setzero_pd(), c01 = _mm256_setzero_pd();
            __m256d c10 = _mm256_setzero_pd(), c11 = _mm256_setzero_pd();
            __m256d c20 = _mm256_setzero_pd(), c21 = _mm256_setzero_pd();
            __m256d c30 = _mm256_setzero_pd(), c31 = _mm256_setzero_pd();
            const double *x = slab.data();
            for (std::ptrdiff_t k = 0; k < n; ++k, x += kColumns) {
                const __m256d x0 = _mm256_loadu_pd(x);
                const __m256d x1 = _mm256_loadu_pd(x + 4);
                const std::ptrdiff_t at = k * depthStep;
                const __m256d a0 = _mm256_broadcast_sd(w0 + at);
                const __m256d a1 = _mm256_broadcast_sd(w1 + at);
                const __m256d a2 = _mm256_broadcast_sd(w2 + at);
                const __m256d a3 = _mm256_broadcast_sd(w3 + at);
                c00 = _mm256_add_pd(c00, _mm256_mul_pd(a0, x0));
                c01 = _mm256_add_pd(c01, _mm256_mul_pd(a0, x1));
                c10 = _mm256_add_pd(c10, _mm256_mul_pd(a1, x0));
                c11 = _mm256_add_pd(c11, _mm256_mul_pd(a1, x1));
                c20 = _mm256_add_pd(c20, _mm256_mul_pd(a2, x0));
                c21 = _mm256_add_pd(c21, _mm256_mul_pd(a2, x1));
                c30 = _mm256_add_pd(c30, _mm256_mul_pd(a3, x0));
                c31 = _mm256_add_pd(c31, _mm256_mul_pd(a3, x1));
            }
            _mm256_store_pd(&tile[0][0], c00);
            _mm256_store_pd(&tile[0][4], c01);
            _mm256_store_pd(&tile[1][0], c10);
            _mm256_store_pd(&tile[1][4], c11);
            _mm256_store_pd(&tile[2][0], c20);
            _mm256_store_pd(&tile[2][4], c21);
            _mm256_store_pd(&tile[3][0], c30);
            _mm256_store_pd(&tile[3][4], c31);
            // Eigen adds each sum to the zeroed result: + 0.0 turns a -0 into +0 the same way.
            for (int c = 0; c < blockColumns; ++c) {
                double *column = out + static_cast<std::ptrdiff_t>(j0 + c) * n + i0;
                for (int r = 0; r < kRows; ++r)
                    column[r] = tile[r][c] + 0.0;
            }
        }
    }
}

#endif

} // namespace

#ifdef RELULAB_ORDERED_PRODUCT_AVX2

bool orderedProduct(const double *w, int n, bool transposed, const double *in, int columns, double *out)
{
    if (!hasAvx2() || !eigenSumsInOrder(n, columns))
        return false;
    multiplyAvx2(w, n, transposed, in, columns, out);
    return true;
}

#else

bool orderedProduct(const double *, int, bool, const double *, int, double *)
{
    return false; // no AVX2 kernel for this CPU family: Eigen multiplies
}

#endif

} // namespace relulab
