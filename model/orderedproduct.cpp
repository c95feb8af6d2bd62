#include "orderedproduct.h"

#include <Eigen/Core>

#include <algorithm>
#include <cstddef>
#include <vector>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define RELULAB_ORDERED_PRODUCT_X86 1
#include <immintrin.h>
#endif

// This file is compiled with -ffp-contract=off (model/CMakeLists.txt): a product and the sum it
// goes into must stay two roundings, never one fused multiply-add.

namespace relulab {
namespace {

#ifdef RELULAB_ORDERED_PRODUCT_X86

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

constexpr int kColumns = 8; // examples per block: two AVX2 vectors or one AVX-512 vector
constexpr int kMaximumRows = 8;

// tile[r][c] = the sum over k of w(i0 + r, k) · slab[k][c], for `Rows` rows from i0 on, where the
// weight of row i0 + r at depth k is weights[r * rowStep + k * depthStep].
using RowBlock = void (*)(const double *weights, std::ptrdiff_t rowStep, std::ptrdiff_t depthStep, int n,
                          const double *slab, double (*tile)[kColumns]);

template<int Rows>
__attribute__((target("avx2"))) void rowsAvx2(const double *weights, std::ptrdiff_t rowStep, std::ptrdiff_t depthStep,
                                               int n, const double *slab, double (*tile)[kColumns])
{
    __m256d low[Rows];  // examples 0..3
    __m256d high[Rows]; // examples 4..7
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        low[r] = _mm256_setzero_pd();
        high[r] = _mm256_setzero_pd();
    }
    const double *x = slab;
    for (std::ptrdiff_t k = 0; k < n; ++k, x += kColumns) {
        const __m256d x0 = _mm256_loadu_pd(x);
        const __m256d x1 = _mm256_loadu_pd(x + 4);
        const double *atDepth = weights + k * depthStep;
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r) {
            const __m256d weight = _mm256_broadcast_sd(atDepth + r * rowStep);
            low[r] = _mm256_add_pd(low[r], _mm256_mul_pd(weight, x0));
            high[r] = _mm256_add_pd(high[r], _mm256_mul_pd(weight, x1));
        }
    }
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r) {
        _mm256_storeu_pd(tile[r], low[r]);
        _mm256_storeu_pd(tile[r] + 4, high[r]);
    }
}

template<int Rows>
__attribute__((target("avx512f"))) void rowsAvx512(const double *weights, std::ptrdiff_t rowStep,
                                                    std::ptrdiff_t depthStep, int n, const double *slab,
                                                    double (*tile)[kColumns])
{
    __m512d sum[Rows]; // examples 0..7
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r)
        sum[r] = _mm512_setzero_pd();
    const double *x = slab;
    for (std::ptrdiff_t k = 0; k < n; ++k, x += kColumns) {
        const __m512d examples = _mm512_loadu_pd(x);
        const double *atDepth = weights + k * depthStep;
#pragma GCC unroll 8
        for (int r = 0; r < Rows; ++r)
            sum[r] = _mm512_add_pd(sum[r], _mm512_mul_pd(_mm512_set1_pd(atDepth[r * rowStep]), examples));
    }
#pragma GCC unroll 8
    for (int r = 0; r < Rows; ++r)
        _mm512_storeu_pd(tile[r], sum[r]);
}

// A kernel: blocks of `rows` rows, and one of four rows for the rest (n is a multiple of 4).
struct Kernel
{
    int rows;
    RowBlock full;
    RowBlock four;
};

void multiply(const Kernel &kernel, const double *w, int n, bool transposed, const double *in, int columns, double *out)
{
    // The weight that output row i takes from input row k is w[i * rowStep + k * depthStep].
    const std::ptrdiff_t rowStep = transposed ? n : 1;
    const std::ptrdiff_t depthStep = transposed ? 1 : n;
    // Eight input columns, interleaved so that each k gives one block of examples:
    // slab[k * 8 + c] = in(k, j0 + c), zero past the last column.
    std::vector<double> slab(static_cast<std::size_t>(n) * kColumns);
    double tile[kMaximumRows][kColumns];

    for (int j0 = 0; j0 < columns; j0 += kColumns) {
        const int blockColumns = std::min(kColumns, columns - j0);
        for (int k = 0; k < n; ++k) {
            for (int c = 0; c < kColumns; ++c) {
                slab[static_cast<std::size_t>(k) * kColumns + c] =
                    c < blockColumns ? in[static_cast<std::ptrdiff_t>(j0 + c) * n + k] : 0.0;
            }
        }
        for (int i0 = 0; i0 < n; i0 += kernel.rows) {
            const int rows = std::min(kernel.rows, n - i0);
            (rows == kernel.rows ? kernel.full : kernel.four)(w + i0 * rowStep, rowStep, depthStep, n, slab.data(), tile);
            // Eigen adds each sum to the zeroed result: + 0.0 turns a -0 into +0 the same way.
            for (int c = 0; c < blockColumns; ++c) {
                double *column = out + static_cast<std::ptrdiff_t>(j0 + c) * n + i0;
                for (int r = 0; r < rows; ++r)
                    column[r] = tile[r][c] + 0.0;
            }
        }
    }
}

const Kernel *kernelFor(ProductInstructions instructions)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    static const Kernel kAvx2{4, rowsAvx2<4>, rowsAvx2<4>};
    static const Kernel kAvx512{8, rowsAvx512<8>, rowsAvx512<4>};
    switch (instructions) {
    case ProductInstructions::Best: return avx512 ? &kAvx512 : avx2 ? &kAvx2 : nullptr;
    case ProductInstructions::Avx2: return avx2 ? &kAvx2 : nullptr;
    case ProductInstructions::Avx512: return avx512 ? &kAvx512 : nullptr;
    }
    return nullptr;
}

#endif

} // namespace

#ifdef RELULAB_ORDERED_PRODUCT_X86

bool orderedProduct(const double *w, int n, bool transposed, const double *in, int columns, double *out,
                    ProductInstructions instructions)
{
    const Kernel *kernel = kernelFor(instructions);
    if (!kernel || !eigenSumsInOrder(n, columns))
        return false;
    multiply(*kernel, w, n, transposed, in, columns, out);
    return true;
}

#else

bool orderedProduct(const double *, int, bool, const double *, int, double *, ProductInstructions)
{
    return false; // no vector kernels for this CPU family: Eigen multiplies
}

#endif

} // namespace relulab
