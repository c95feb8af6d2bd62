#pragma once

#include <QtGlobal>

#include <cmath>
#include <random>

namespace relulab {

// The training lab's random numbers: the std::mt19937_64 sequence, seeded through std::seed_seq
// with the run's seed and a stream number (data, weights, batches each draw from their own), and
// turned into uniforms and normals from the engine's raw bits, so a run is the same with every
// standard library and every thread count.
class TrainingRandom
{
public:
    TrainingRandom(quint64 seed, quint32 stream)
        : m_engine(seeded(seed, stream))
    {
    }

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // An index below n, by rejection (no modulo bias; n > 0).
    quint64 below(quint64 n)
    {
        const quint64 limit = ~quint64(0) - (~quint64(0) % n);
        quint64 bits = m_engine();
        while (bits >= limit)
            bits = m_engine();
        return bits % n;
    }
    // Standard normals by the polar form of Box–Muller, the second of each pair kept for later.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u = 0.0;
        double v = 0.0;
        double s = 0.0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }

private:
    static std::mt19937_64 seeded(quint64 seed, quint32 stream)
    {
        std::seed_seq sequence{static_cast<quint32>(seed & 0xFFFFFFFFu), static_cast<quint32>(seed >> 32), stream};
        return std::mt19937_64(sequence);
    }

    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace relulab
