#include "orderedproduct.h"

#include <Eigen/Core>

#include <QTest>

#include <cstring>
#include <random>

using namespace relulab;

Q_DECLARE_METATYPE(relulab::ProductInstructions)

namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;

// Normal numbers with exact zeros, negative zeros and a few tiny values among them: every kind of
// operand a layer of the depth lab meets.
Matrix randomMatrix(int rows, int columns, std::mt19937_64 *engine)
{
    std::normal_distribution<double> normal;
    Matrix m(rows, columns);
    for (Eigen::Index i = 0; i < m.size(); ++i) {
        const double x = normal(*engine);
        switch ((*engine)() % 16) {
        case 0: m.data()[i] = 0.0; break;
        case 1: m.data()[i] = -0.0; break;
        case 2: m.data()[i] = x * 1e-300; break;
        default: m.data()[i] = x;
        }
    }
    return m;
}

bool cpuHas(ProductInstructions instructions)
{
#if defined(__x86_64__) || defined(__i386__)
    return instructions == ProductInstructions::Avx512 ? __builtin_cpu_supports("avx512f") != 0
                                                        : __builtin_cpu_supports("avx2") != 0;
#else
    Q_UNUSED(instructions);
    return false; // the kernels are x86 only
#endif
}

bool sameBits(const Matrix &a, const Matrix &b)
{
    return a.rows() == b.rows() && a.cols() == b.cols()
        && std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) == 0;
}

} // namespace

class TestOrderedProduct : public QObject
{
    Q_OBJECT

private slots:
    void matchesEigenBitForBit_data()
    {
        QTest::addColumn<ProductInstructions>("instructions");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("columns");
        for (auto [instructions, name] : {std::pair{ProductInstructions::Avx2, "AVX2"}, {ProductInstructions::Avx512, "AVX-512"}}) {
            for (int n : {4, 8, 12, 48, 100, 256, 300}) {
                for (int columns : {2, 3, 5, 8, 9, 15, 36, 63, 64}) {
                    if (2 * n + columns >= 20) // smaller ones Eigen computes coefficient-wise
                        QTest::addRow("%s, %d x %d", name, n, columns) << instructions << n << columns;
                }
            }
        }
    }

    void matchesEigenBitForBit()
    {
        QFETCH(ProductInstructions, instructions);
        QFETCH(int, n);
        QFETCH(int, columns);
        std::mt19937_64 engine(static_cast<quint64>(n) * 1000 + columns);
        const Matrix w = randomMatrix(n, n, &engine);
        const Matrix in = randomMatrix(n, columns, &engine);
        for (bool transposed : {false, true}) {
            Matrix expected(n, columns);
            if (transposed)
                expected.noalias() = w.transpose() * in;
            else
                expected.noalias() = w * in;
            Matrix out = Matrix::Constant(n, columns, 42.0);
            if (!orderedProduct(w.data(), n, transposed, in.data(), columns, out.data(), instructions)) {
                // Declining is right only without the instructions, or where Eigen splits a long
                // sum into cache-sized panels (n beyond its block depth); the output stays untouched.
                QVERIFY2(!cpuHas(instructions) || n > 256, "declined a product it should compute");
                QVERIFY((out.array() == 42.0).all());
                continue;
            }
            QVERIFY(cpuHas(instructions));
            QVERIFY2(sameBits(out, expected), transposed ? "Wᵀ·in" : "W·in");
        }
    }

    void declinesWhereEigenSumsOtherwise()
    {
        std::mt19937_64 engine(7);
        for (auto [n, columns] : {std::pair{6, 8}, {10, 8}, {255, 64}, {256, 1}}) {
            const Matrix w = randomMatrix(n, n, &engine);
            const Matrix in = randomMatrix(n, columns, &engine);
            Matrix out = Matrix::Constant(n, columns, 42.0);
            QVERIFY(!orderedProduct(w.data(), n, false, in.data(), columns, out.data()));
            QVERIFY((out.array() == 42.0).all()); // left untouched
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderedProduct)
#include "tst_orderedproduct.moc"
