#include "mersennetwister64.h"

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define RELULAB_MERSENNE_AVX2 1
#include <immintrin.h>
#endif

namespace relulab {
namespace {

// The parameters of mt19937_64 ([rand.predef]).
constexpr int kN = MersenneTwister64::kStateSize;
constexpr int kM = 156;
constexpr std::uint64_t kLowerMask = (std::uint64_t(1) << 31) - 1; // r = 31 low bits
constexpr std::uint64_t kUpperMask = ~kLowerMask;
constexpr std::uint64_t kMatrix = 0xB5026F5AA96619E9ULL;
constexpr std::uint64_t kTemperD = 0x5555555555555555ULL;
constexpr std::uint64_t kTemperB = 0x71D67FFFEDA60000ULL;
constexpr std::uint64_t kTemperC = 0xFFF7EEE000000000ULL;

std::uint64_t twist(std::uint64_t current, std::uint64_t following, std::uint64_t far)
{
    const std::uint64_t y = (current & kUpperMask) | (following & kLowerMask);
    return far ^ (y >> 1) ^ ((y & 1) ? kMatrix : 0);
}

std::uint64_t temper(std::uint64_t x)
{
    x ^= (x >> 29) & kTemperD;
    x ^= (x << 17) & kTemperB;
    x ^= (x << 37) & kTemperC;
    return x ^ (x >> 43);
}

// The standard's transition for all 312 words in place, then tempering, one word at a time.
void refillPlain(std::uint64_t *state, std::uint64_t *output)
{
    for (int i = 0; i < kN - kM; ++i)
        state[i] = twist(state[i], state[i + 1], state[i + kM]);
    for (int i = kN - kM; i < kN - 1; ++i)
        state[i] = twist(state[i], state[i + 1], state[i + kM - kN]);
    state[kN - 1] = twist(state[kN - 1], state[0], state[kM - 1]);
    for (int i = 0; i < kN; ++i)
        output[i] = temper(state[i]);
}

#ifdef RELULAB_MERSENNE_AVX2

bool hasAvx2()
{
    static const bool supported = __builtin_cpu_supports("avx2");
    return supported;
}

// Words i..i+3 of the transition, reading the word after each and the words `far`..`far`+3.
__attribute__((target("avx2"))) void twistFour(std::uint64_t *state, int i, int far)
{
    const __m256i upper = _mm256_set1_epi64x(static_cast<long long>(kUpperMask));
    const __m256i lower = _mm256_set1_epi64x(static_cast<long long>(kLowerMask));
    const __m256i one = _mm256_set1_epi64x(1);
    const __m256i matrix = _mm256_set1_epi64x(static_cast<long long>(kMatrix));
    const __m256i current = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(state + i));
    const __m256i following = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(state + i + 1));
    const __m256i farWords = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(state + far));
    const __m256i y = _mm256_or_si256(_mm256_and_si256(current, upper), _mm256_and_si256(following, lower));
    const __m256i odd = _mm256_cmpeq_epi64(_mm256_and_si256(y, one), one); // all ones where y is odd
    const __m256i result = _mm256_xor_si256(_mm256_xor_si256(farWords, _mm256_srli_epi64(y, 1)),
                                            _mm256_and_si256(odd, matrix));
    _mm256_storeu_si256(reinterpret_cast<__m256i *>(state + i), result);
}

// refillPlain() four words at a time: word i reads word i + 1 and word i ± 156, far more than four
// apart, so every word a group reads holds what the one-at-a-time order reads there.
__attribute__((target("avx2"))) void refillAvx2(std::uint64_t *state, std::uint64_t *output)
{
    int i = 0;
    for (; i + 4 <= kN - kM; i += 4)
        twistFour(state, i, i + kM);
    for (; i < kN - kM; ++i)
        state[i] = twist(state[i], state[i + 1], state[i + kM]);
    for (; i + 4 <= kN - 1; i += 4)
        twistFour(state, i, i + kM - kN);
    for (; i < kN - 1; ++i)
        state[i] = twist(state[i], state[i + 1], state[i + kM - kN]);
    state[kN - 1] = twist(state[kN - 1], state[0], state[kM - 1]);

    const __m256i d = _mm256_set1_epi64x(static_cast<long long>(kTemperD));
    const __m256i b = _mm256_set1_epi64x(static_cast<long long>(kTemperB));
    const __m256i c = _mm256_set1_epi64x(static_cast<long long>(kTemperC));
    static_assert(kN % 4 == 0, "tempering goes four words at a time");
    for (int j = 0; j < kN; j += 4) {
        __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(state + j));
        x = _mm256_xor_si256(x, _mm256_and_si256(_mm256_srli_epi64(x, 29), d));
        x = _mm256_xor_si256(x, _mm256_and_si256(_mm256_slli_epi64(x, 17), b));
        x = _mm256_xor_si256(x, _mm256_and_si256(_mm256_slli_epi64(x, 37), c));
        x = _mm256_xor_si256(x, _mm256_srli_epi64(x, 43));
        _mm256_storeu_si256(reinterpret_cast<__m256i *>(output + j), x);
    }
}

#endif

} // namespace

MersenneTwister64::MersenneTwister64(std::seed_seq &seed)
{
    // [rand.eng.mers]: k = 2 words of 32 bits per state word, from q.generate(a, a + n·k).
    std::uint32_t words[2 * kN];
    seed.generate(words, words + 2 * kN);
    for (int i = 0; i < kN; ++i)
        m_state[i] = std::uint64_t(words[2 * i]) | (std::uint64_t(words[2 * i + 1]) << 32);
    // An all-zero state (the top w - r bits of the first word, all of the others) never moves.
    bool allZero = (m_state[0] & kUpperMask) == 0;
    for (int i = 1; i < kN && allZero; ++i)
        allZero = m_state[i] == 0;
    if (allZero)
        m_state[0] = std::uint64_t(1) << 63;
}

void MersenneTwister64::refill()
{
#ifdef RELULAB_MERSENNE_AVX2
    if (hasAvx2())
        refillAvx2(m_state, m_output);
    else
        refillPlain(m_state, m_output);
#else
    refillPlain(m_state, m_output);
#endif
    m_next = 0;
}

} // namespace relulab
