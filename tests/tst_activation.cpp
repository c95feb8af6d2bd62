// The activation math against 50-digit reference values, its own derivative, its kinks, its
// limits and every parameter range of the catalog.

#include "activation.h"
#include "family.h"

#include <QFile>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cfloat>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

using relulab::FamilyCatalog;
using relulab::FamilySpec;
using relulab::ParameterValues;
using relulab::activation::Sample;

namespace {

// Accuracy achieved (glibc 2.36 libm, x86-64): a relative error of at most 1.42 eps on this
// table and 1.93 eps in a 28,500-point random check wherever the exact result is a normal double;
// below that at most 0.53 (table) and 1.24 (random) units of the smallest subnormal. For SiLU,
// Mish, SELU, ReLU6, Hardswish, sigmoid and tanh: at most 2.39 eps on this table and 3.25 eps
// in a 53,000-point random check (far tails included; slopes near their zeros measured against
// the cancellation bound below), at most 0.95 subnormal units. The bounds leave a little room
// for another libm.
constexpr double kRelativeBound = 4 * DBL_EPSILON;                  // 8.9e-16
constexpr double kSubnormalBound = 2 * std::numeric_limits<double>::denorm_min();
// A GELU slope is the sum of two terms of opposite sign that cancel at its zeros (-0.75179 exact,
// -0.75246 tanh form), and so are the slopes of SiLU (at beta x = -1.27846) and Mish (at -1.19224);
// no evaluation in doubles can have a relative error there smaller than the terms' ulps over the
// result. There the error is held to this multiple of eps times the sum of the terms' magnitudes
// instead (achieved: 1.08 near the zeros).
constexpr double kCancellationBound = 2 * DBL_EPSILON;

// The reference file: one row per function, parameter and x.
struct ReferenceRow
{
    QString function;
    double parameter = 0.0;
    QString parameterText;
    double x = 0.0;
    QString xText;
    QString value;
    QString slope;
};

// Reads a number written in C notation, whatever locale the test runs under.
double toDouble(const QString &text, bool *ok)
{
    return QLocale::c().toDouble(text, ok);
}

// The reference to 20 digits, kept in long double so that the error of a double result can be
// measured below its own last bit.
long double toLongDouble(const QString &text)
{
    return std::strtold(text.toLatin1().constData(), nullptr); // "C" numerics: see initTestCase()
}

const QList<ReferenceRow> &referenceRows()
{
    static const QList<ReferenceRow> rows = [] {
        QList<ReferenceRow> result;
        QFile file(QStringLiteral(RELULAB_TEST_DATA_DIR "/activation_reference.csv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return result;
        bool headerSeen = false;
        while (!file.atEnd()) {
            const QString line = QString::fromLatin1(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (!headerSeen) { // function,parameter,x,value,slope
                headerSeen = true;
                continue;
            }
            const QStringList fields = line.split(QLatin1Char(','));
            if (fields.size() != 5)
                return QList<ReferenceRow>(); // a broken file fails referenceTableIsComplete()
            ReferenceRow row;
            row.function = fields[0];
            row.parameterText = fields[1];
            bool ok = true;
            if (!row.parameterText.isEmpty())
                row.parameter = toDouble(row.parameterText, &ok);
            bool xOk = false;
            row.xText = fields[2];
            row.x = toDouble(row.xText, &xOk);
            if (!ok || !xOk)
                return QList<ReferenceRow>();
            row.value = fields[3];
            row.slope = fields[4];
            result.append(row);
        }
        return result;
    }();
    return rows;
}

// The functions of the reference file; "normal-cdf" pairs Phi with its derivative phi.
Sample evaluate(const QString &function, double parameter, double x)
{
    using namespace relulab::activation;
    if (function == QLatin1String("relu"))
        return relu(x);
    if (function == QLatin1String("leaky-relu"))
        return leakyRelu(x, parameter);
    if (function == QLatin1String("elu"))
        return elu(x, parameter);
    if (function == QLatin1String("gelu"))
        return gelu(x);
    if (function == QLatin1String("gelu-tanh"))
        return geluTanh(x);
    if (function == QLatin1String("softplus"))
        return softplus(x, parameter);
    if (function == QLatin1String("normal-cdf"))
        return {normalCdf(x), normalPdf(x)};
    if (function == QLatin1String("silu"))
        return silu(x, parameter);
    if (function == QLatin1String("mish"))
        return mish(x);
    if (function == QLatin1String("selu"))
        return selu(x);
    if (function == QLatin1String("relu6"))
        return relu6(x);
    if (function == QLatin1String("hardswish"))
        return hardswish(x);
    if (function == QLatin1String("sigmoid"))
        return sigmoid(x);
    if (function == QLatin1String("tanh"))
        return hyperbolicTangent(x);
    return {std::nan(""), std::nan("")};
}

// The sum of the magnitudes of the two terms of a slope that cancel at its zero: GELU's
// |Phi(x)| + |x phi(x)| (or the same terms of the tanh form), SiLU's sigma + |p sigma (1 - sigma)|,
// Mish's tanh(sp) + |x sech^2(sp) sigma(x)|. 0 for a slope without such a zero. Only its size
// matters, so plain long double formulas do.
long double slopeTermScale(const QString &function, double parameter, double x)
{
    const long double lx = x;
    const long double pi = 3.14159265358979323846L;
    const auto logistic = [](long double p) { return 1.0L / (1.0L + std::exp(-p)); };
    if (function == QLatin1String("gelu")) {
        const long double cdf = 0.5L * std::erfc(-lx / std::sqrt(2.0L));
        const long double pdf = std::exp(-0.5L * lx * lx) / std::sqrt(2.0L * pi);
        return cdf + std::fabs(lx) * pdf;
    }
    if (function == QLatin1String("gelu-tanh")) {
        const long double c = std::sqrt(2.0L / pi);
        const long double u = c * (lx + 0.044715L * lx * lx * lx);
        const long double du = c * (1.0L + 3.0L * 0.044715L * lx * lx);
        const long double sigma = logistic(2.0L * u);
        return sigma + std::fabs(2.0L * lx * du * sigma * (1.0L - sigma));
    }
    if (function == QLatin1String("silu")) {
        const long double p = parameter * lx;
        const long double sigma = logistic(p);
        return sigma + std::fabs(p * sigma * (1.0L - sigma));
    }
    if (function == QLatin1String("mish")) {
        const long double sp = std::log1p(std::exp(lx));
        const long double t = std::tanh(sp);
        return t + std::fabs(lx * (1.0L - t * t) * logistic(lx));
    }
    return 0.0L;
}

// Empty when got matches the exact value written in reference; otherwise what is wrong.
QString mismatch(double got, const QString &reference, long double cancellationScale)
{
    if (!std::isfinite(got))
        return QStringLiteral("not finite: %1").arg(got);
    if (reference == QLatin1String("0")) {
        if (got != 0.0)
            return QStringLiteral("%1, expected exactly 0").arg(got, 0, 'g', 17);
        return QString();
    }
    const long double exact = toLongDouble(reference);
    const long double error = std::fabs(static_cast<long double>(got) - exact);
    if (std::fabs(exact) >= DBL_MIN) {
        const long double allowed = std::max(kRelativeBound * std::fabs(exact),
                                             kCancellationBound * cancellationScale);
        if (error > allowed) {
            return QStringLiteral("%1, expected %2: relative error %3 (allowed %4)")
                .arg(got, 0, 'g', 17).arg(reference)
                .arg(static_cast<double>(error / std::fabs(exact)), 0, 'g', 3)
                .arg(static_cast<double>(allowed / std::fabs(exact)), 0, 'g', 3);
        }
        return QString();
    }
    // Subnormal or below: the grid is absolute, and the sign must survive (-0.0 included).
    if (error > kSubnormalBound) {
        return QStringLiteral("%1, expected %2: off by %3 subnormal units")
            .arg(got, 0, 'g', 17).arg(reference)
            .arg(static_cast<double>(error / std::numeric_limits<double>::denorm_min()));
    }
    if (std::signbit(got) != reference.startsWith(QLatin1Char('-')))
        return QStringLiteral("%1 has the wrong sign, expected %2").arg(got, 0, 'g', 17).arg(reference);
    return QString();
}

// The families of the catalog with every parameter at one setting, for sweeps.
struct Setting
{
    const FamilySpec *family;
    ParameterValues values;
};

// Each family at both ends of every parameter range, at its defaults, and at every choice.
QList<QPair<QString, Setting>> catalogSettings()
{
    QList<QPair<QString, Setting>> settings;
    for (const FamilySpec &family : FamilyCatalog::all()) {
        settings.append({family.id + QStringLiteral(" default"), {&family, family.defaults()}});
        for (int i = 0; i < family.parameters.size(); ++i) {
            const relulab::ParameterSpec &parameter = family.parameters[i];
            for (const double end : {parameter.minimum, parameter.maximum}) {
                ParameterValues values = family.defaults();
                values[i] = end;
                settings.append({QStringLiteral("%1 %2=%3").arg(family.id, parameter.name).arg(end),
                                 {&family, values}});
            }
        }
    }
    return settings;
}

// Finite inputs from the smallest subnormal to the largest double, both signs.
QList<double> finiteSweep()
{
    QList<double> xs = {0.0, -0.0, DBL_MAX, -DBL_MAX, DBL_MIN, -DBL_MIN,
                        std::numeric_limits<double>::denorm_min(),
                        -std::numeric_limits<double>::denorm_min()};
    for (int exponent = -1074; exponent <= 1023; ++exponent) {
        for (const double mantissa : {1.0, 1.2345678901234567, 1.9999999999999998}) {
            const double x = std::ldexp(mantissa, exponent);
            if (std::isfinite(x))
                xs << x << -x;
        }
    }
    for (int i = -2700; i <= 2700; ++i)
        xs << 0.37 * i;
    return xs;
}

} // namespace

Q_DECLARE_METATYPE(Setting)

class TestActivation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referenceTableIsComplete();
    void matchesReference_data();
    void matchesReference();
    void slopeMatchesFiniteDifference_data();
    void slopeMatchesFiniteDifference();
    void kinkConventions_data();
    void kinkConventions();
    void kinkIsWhereOneSidedSlopesDiffer_data();
    void kinkIsWhereOneSidedSlopesDiffer();
    void finiteForEveryFiniteInput_data();
    void finiteForEveryFiniteInput();
    void identitiesHoldAcrossParameterRange_data();
    void identitiesHoldAcrossParameterRange();
    void softplusApproachesRelu_data();
    void softplusApproachesRelu();
    void geluTanhStaysCloseToExact();
    void kinkSlopesFollowPytorch_data();
    void kinkSlopesFollowPytorch();
    void evaluateManyIsBitIdentical_data();
    void evaluateManyIsBitIdentical();
    void symmetriesHoldInTheTails();
    void seluOverflowsOnlyBeyondTheLargestDouble();
};

void TestActivation::initTestCase()
{
    // strtold reads the locale's decimal point, and Qt has set the locale from the environment.
    std::setlocale(LC_NUMERIC, "C");
}

void TestActivation::referenceTableIsComplete()
{
    const QList<ReferenceRow> &rows = referenceRows();
    QVERIFY2(rows.size() > 6000, qPrintable(QStringLiteral("only %1 rows read").arg(rows.size())));
    // Every function with every parameter the issue names, and the named x in each.
    const QStringList required = {
        QStringLiteral("relu,"), QStringLiteral("leaky-relu,0.0"), QStringLiteral("leaky-relu,0.01"),
        QStringLiteral("leaky-relu,0.1"), QStringLiteral("leaky-relu,0.5"), QStringLiteral("elu,0.1"),
        QStringLiteral("elu,1.0"), QStringLiteral("elu,3.0"), QStringLiteral("gelu,"),
        QStringLiteral("gelu-tanh,"), QStringLiteral("softplus,0.25"), QStringLiteral("softplus,1.0"),
        QStringLiteral("softplus,20.0"), QStringLiteral("normal-cdf,"), QStringLiteral("silu,0.1"),
        QStringLiteral("silu,1.0"), QStringLiteral("silu,10.0"), QStringLiteral("mish,"), QStringLiteral("selu,"),
        QStringLiteral("relu6,"), QStringLiteral("hardswish,"), QStringLiteral("sigmoid,"), QStringLiteral("tanh,")};
    const QStringList namedX = {
        QStringLiteral("1e-300"), QStringLiteral("1e-10"), QStringLiteral("0.5"), QStringLiteral("0.7518"),
        QStringLiteral("1.0"), QStringLiteral("8.0"), QStringLiteral("8.0001"), QStringLiteral("20.0"),
        QStringLiteral("37.0"), QStringLiteral("38.5"), QStringLiteral("40.0"), QStringLiteral("100.0"),
        QStringLiteral("700.0"), QStringLiteral("1000000.0"), QStringLiteral("1e+300"),
        QStringLiteral("5e-324"), QStringLiteral("2.2250738585072014e-308")};
    for (const QString &key : required) {
        for (const QString &x : namedX) {
            for (const QString &signedX : QStringList{x, QStringLiteral("-") + x}) {
                const bool found = std::any_of(rows.begin(), rows.end(), [&](const ReferenceRow &row) {
                    return row.function + QLatin1Char(',') + row.parameterText == key && row.xText == signedX;
                });
                QVERIFY2(found, qPrintable(key + QStringLiteral(" x=") + signedX));
            }
        }
    }
}

void TestActivation::matchesReference_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("parameter");
    QTest::addColumn<double>("x");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("slope");

    for (const ReferenceRow &row : referenceRows()) {
        const QString name = row.parameterText.isEmpty()
            ? QStringLiteral("%1 x=%2").arg(row.function, row.xText)
            : QStringLiteral("%1(%2) x=%3").arg(row.function, row.parameterText, row.xText);
        QTest::newRow(qPrintable(name)) << row.function << row.parameter << row.x << row.value << row.slope;
    }
}

void TestActivation::matchesReference()
{
    QFETCH(QString, function);
    QFETCH(double, parameter);
    QFETCH(double, x);
    QFETCH(QString, value);
    QFETCH(QString, slope);

    const Sample sample = evaluate(function, parameter, x);
    const QString valueError = mismatch(sample.value, value, 0.0L);
    QVERIFY2(valueError.isEmpty(), qPrintable(QStringLiteral("value ") + valueError));

    const QString slopeError = mismatch(sample.slope, slope, slopeTermScale(function, parameter, x));
    QVERIFY2(slopeError.isEmpty(), qPrintable(QStringLiteral("slope ") + slopeError));
}

void TestActivation::slopeMatchesFiniteDifference_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("parameter");

    QTest::newRow("relu") << QStringLiteral("relu") << 0.0;
    QTest::newRow("leaky-relu(0.01)") << QStringLiteral("leaky-relu") << 0.01;
    QTest::newRow("leaky-relu(0.5)") << QStringLiteral("leaky-relu") << 0.5;
    QTest::newRow("elu(0.1)") << QStringLiteral("elu") << 0.1;
    QTest::newRow("elu(1)") << QStringLiteral("elu") << 1.0;
    QTest::newRow("elu(3)") << QStringLiteral("elu") << 3.0;
    QTest::newRow("gelu") << QStringLiteral("gelu") << 0.0;
    QTest::newRow("gelu-tanh") << QStringLiteral("gelu-tanh") << 0.0;
    QTest::newRow("softplus(0.25)") << QStringLiteral("softplus") << 0.25;
    QTest::newRow("softplus(1)") << QStringLiteral("softplus") << 1.0;
    QTest::newRow("softplus(20)") << QStringLiteral("softplus") << 20.0;
    QTest::newRow("normal-cdf") << QStringLiteral("normal-cdf") << 0.0;
    QTest::newRow("silu(0.1)") << QStringLiteral("silu") << 0.1;
    QTest::newRow("silu(1)") << QStringLiteral("silu") << 1.0;
    QTest::newRow("silu(10)") << QStringLiteral("silu") << 10.0;
    QTest::newRow("mish") << QStringLiteral("mish") << 0.0;
    QTest::newRow("selu") << QStringLiteral("selu") << 0.0;
    QTest::newRow("relu6") << QStringLiteral("relu6") << 0.0;
    QTest::newRow("hardswish") << QStringLiteral("hardswish") << 0.0;
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << 0.0;
    QTest::newRow("tanh") << QStringLiteral("tanh") << 0.0;
}

void TestActivation::slopeMatchesFiniteDifference()
{
    QFETCH(QString, function);
    QFETCH(double, parameter);

    // A central difference with h = 2^-20: its truncation error h^2 f'''/6 stays below 1e-8
    // relative out to the Gaussian tail at |x| = 12, its rounding error is a few eps |f| / h.
    // The grid keeps 2h away from the kinks at 0.
    const double h = std::ldexp(1.0, -20);
    for (int i = -38; i <= 38; ++i) {
        const double x = 0.31 * i + 0.013;
        const Sample above = evaluate(function, parameter, x + h);
        const Sample below = evaluate(function, parameter, x - h);
        const double difference = (above.value - below.value) / ((x + h) - (x - h));
        const double slope = evaluate(function, parameter, x).slope;
        const double rounding = 64 * DBL_EPSILON * (std::fabs(above.value) + std::fabs(below.value)) / (2 * h);
        const double allowed = 1e-7 * std::fabs(slope) + rounding;
        QVERIFY2(std::fabs(difference - slope) <= allowed,
                 qPrintable(QStringLiteral("x=%1: slope %2, difference quotient %3")
                                .arg(x).arg(slope, 0, 'g', 17).arg(difference, 0, 'g', 17)));
    }
}

void TestActivation::kinkConventions_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<ParameterValues>("values");
    QTest::addColumn<double>("valueAtZero");
    QTest::addColumn<double>("slopeAtZero");
    QTest::addColumn<bool>("kink");

    // PyTorch autograd: ReLU'(0) = 0, LeakyReLU'(0) = negative_slope, ELU'(0) = alpha.
    QTest::newRow("relu") << QStringLiteral("relu") << ParameterValues{} << 0.0 << 0.0 << true;
    QTest::newRow("leaky-relu a=0") << QStringLiteral("leaky-relu") << ParameterValues{0.0} << 0.0 << 0.0 << true;
    QTest::newRow("leaky-relu a=0.01") << QStringLiteral("leaky-relu") << ParameterValues{0.01} << 0.0 << 0.01 << true;
    QTest::newRow("leaky-relu a=0.5") << QStringLiteral("leaky-relu") << ParameterValues{0.5} << 0.0 << 0.5 << true;
    // A slope of 1 on both sides is the identity: no kink (outside the catalog range, still math).
    QTest::newRow("leaky-relu a=1") << QStringLiteral("leaky-relu") << ParameterValues{1.0} << 0.0 << 1.0 << false;
    QTest::newRow("elu alpha=0.1") << QStringLiteral("elu") << ParameterValues{0.1} << 0.0 << 0.1 << true;
    QTest::newRow("elu alpha=1") << QStringLiteral("elu") << ParameterValues{1.0} << 0.0 << 1.0 << false;
    QTest::newRow("elu alpha=3") << QStringLiteral("elu") << ParameterValues{3.0} << 0.0 << 3.0 << true;
    QTest::newRow("gelu none") << QStringLiteral("gelu") << ParameterValues{0.0} << 0.0 << 0.5 << false;
    QTest::newRow("gelu tanh") << QStringLiteral("gelu") << ParameterValues{1.0} << 0.0 << 0.5 << false;
    QTest::newRow("softplus beta=0.25") << QStringLiteral("softplus") << ParameterValues{0.25} << 4 * std::log(2.0) << 0.5 << false;
    QTest::newRow("softplus beta=20") << QStringLiteral("softplus") << ParameterValues{20.0} << std::log(2.0) / 20 << 0.5 << false;
}

void TestActivation::kinkConventions()
{
    QFETCH(QString, family);
    QFETCH(ParameterValues, values);
    QFETCH(double, valueAtZero);
    QFETCH(double, slopeAtZero);
    QFETCH(bool, kink);

    const FamilySpec *spec = FamilyCatalog::find(family);
    QVERIFY(spec);
    for (const double zero : {0.0, -0.0}) {
        const Sample sample = spec->evaluate(zero, values);
        QCOMPARE(sample.value, valueAtZero);
        QCOMPARE(sample.slope, slopeAtZero);
        QCOMPARE(spec->isKink(zero, values), kink);
    }
    // Only 0 itself is a kink, not its nearest neighbours.
    const double tiny = std::numeric_limits<double>::denorm_min();
    for (const double x : {tiny, -tiny, 1.0, -1.0, 1e300, -1e300})
        QVERIFY2(!spec->isKink(x, values), qPrintable(QString::number(x)));
}

void TestActivation::kinkIsWhereOneSidedSlopesDiffer_data()
{
    QTest::addColumn<Setting>("setting");
    for (const auto &[name, setting] : catalogSettings())
        QTest::newRow(qPrintable(name)) << setting;
    const FamilySpec *leaky = FamilyCatalog::find(QStringLiteral("leaky-relu"));
    const FamilySpec *elu = FamilyCatalog::find(QStringLiteral("elu"));
    QTest::newRow("leaky-relu slope=1") << Setting{leaky, {1.0}};
    QTest::newRow("elu alpha=1") << Setting{elu, {1.0}};
}

void TestActivation::kinkIsWhereOneSidedSlopesDiffer()
{
    QFETCH(Setting, setting);
    const double tiny = std::numeric_limits<double>::denorm_min();
    const double left = setting.family->evaluate(-tiny, setting.values).slope;
    const double right = setting.family->evaluate(tiny, setting.values).slope;
    const bool slopesDiffer = std::fabs(left - right) > 4 * DBL_EPSILON;
    QCOMPARE(setting.family->isKink(0.0, setting.values), slopesDiffer);
}

void TestActivation::finiteForEveryFiniteInput_data()
{
    QTest::addColumn<Setting>("setting");
    for (const auto &[name, setting] : catalogSettings())
        QTest::newRow(qPrintable(name)) << setting;
}

void TestActivation::finiteForEveryFiniteInput()
{
    QFETCH(Setting, setting);
    // The steepest slope of any member: ELU's alpha, SELU's lambda alpha just left of 0,
    // Hardswish's 1.5 just left of 3, otherwise GELU's 1.13 overshoot; the most negative:
    // Hardswish's -0.5 just right of -3.
    const bool isElu = setting.family->id == QLatin1String("elu");
    const bool isSelu = setting.family->id == QLatin1String("selu");
    const bool isHardswish = setting.family->id == QLatin1String("hardswish");
    const double steepest = isElu ? std::max(1.0, setting.values[0])
                          : isSelu ? 1.7581 // lambda alpha = 1.758099340...
                          : isHardswish ? 1.5
                                   : 1.2;
    const double lowest = isHardswish ? -0.5 : -0.2;
    for (const double x : finiteSweep()) {
        const Sample sample = setting.family->evaluate(x, setting.values);
        const QString where = QStringLiteral("x=%1: value %2, slope %3").arg(x).arg(sample.value).arg(sample.slope);
        // SELU's lambda x exceeds the largest double beyond DBL_MAX / lambda: infinity there, as
        // IEEE rounding of the exact result gives (activation.h); finite everywhere else.
        const bool overflows = isSelu && x > DBL_MAX / relulab::activation::kSeluLambda;
        QVERIFY2((overflows ? sample.value == HUGE_VAL : std::isfinite(sample.value)) && std::isfinite(sample.slope),
                 qPrintable(where));
        QVERIFY2(sample.slope >= lowest && sample.slope <= steepest, qPrintable(where));
        // No member but SELU lifts an input: f(x) <= max(x, 0) + log(2)/beta <= |x| + 3; SELU
        // scales positive inputs by lambda.
        const double lift = isSelu ? relulab::activation::kSeluLambda * (1 + 4 * DBL_EPSILON) : 1.0;
        QVERIFY2(sample.value <= lift * std::max(x, 0.0) + 3.0, qPrintable(where));
    }
}

void TestActivation::identitiesHoldAcrossParameterRange_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<double>("parameter");
    // Every value a slider in the catalog can take.
    for (const FamilySpec &family : FamilyCatalog::all()) {
        for (const relulab::ParameterSpec &parameter : family.parameters) {
            if (parameter.isChoice())
                continue;
            const int steps = static_cast<int>(std::lround((parameter.maximum - parameter.minimum) / parameter.step));
            for (int i = 0; i <= steps; ++i) {
                const double value = parameter.minimum + i * parameter.step;
                QTest::newRow(qPrintable(QStringLiteral("%1 %2=%3").arg(family.id, parameter.name).arg(value)))
                    << family.id << value;
            }
        }
    }
}

void TestActivation::identitiesHoldAcrossParameterRange()
{
    QFETCH(QString, family);
    QFETCH(double, parameter);
    using namespace relulab::activation;
    const auto near = [](double got, double expected, double ulps) {
        return std::fabs(got - expected) <= ulps * DBL_EPSILON * std::fabs(expected);
    };

    if (family == QLatin1String("leaky-relu")) {
        QCOMPARE(leakyRelu(-1.0, parameter).value, -parameter);
        QCOMPARE(leakyRelu(-1.0, parameter).slope, parameter);
        QCOMPARE(leakyRelu(2.5, parameter).value, 2.5);
    } else if (family == QLatin1String("elu")) {
        // The floor is -alpha, and near 0 the curve leaves with slope alpha.
        QCOMPARE(elu(-1e300, parameter).value, -parameter);
        QCOMPARE(elu(-1e300, parameter).slope, 0.0);
        // (At -1e-17, x^2/2 is below an ulp of x: alpha (e^x - 1) rounds to alpha x.)
        QVERIFY(near(elu(-1e-17, parameter).value, -1e-17 * parameter, 2.0));
        QVERIFY(near(elu(-1e-17, parameter).slope, parameter, 2.0));
    } else if (family == QLatin1String("softplus")) {
        // f(0) = log(2)/beta, f'(0) = 1/2, f(x) - f(-x) = x and f'(x) + f'(-x) = 1.
        QVERIFY(near(softplus(0.0, parameter).value, std::log(2.0) / parameter, 2.0));
        QCOMPARE(softplus(0.0, parameter).slope, 0.5);
        for (const double x : {0.5, 3.0, 30.0, 300.0}) {
            const Sample right = softplus(x, parameter);
            const Sample left = softplus(-x, parameter);
            // The difference cancels: its error is a few ulps of the operands, not of x.
            const double operands = std::fabs(right.value) + std::fabs(left.value);
            QVERIFY2(std::fabs(right.value - left.value - x) <= 4 * DBL_EPSILON * operands,
                     qPrintable(QString::number(x)));
            QVERIFY2(std::fabs(right.slope + left.slope - 1.0) <= DBL_EPSILON, qPrintable(QString::number(x)));
        }
    } else if (family == QLatin1String("silu")) {
        // x sigma(beta x): f(0) = 0 with slope 1/2, f(x) - f(-x) = x, f'(x) + f'(-x) = 1, and
        // the minimum (u + 1)/beta at u/beta, where 1 + u sigma(-u) = 0 (u = -1.2785, mpmath).
        QCOMPARE(silu(0.0, parameter).value, 0.0);
        QCOMPARE(silu(0.0, parameter).slope, 0.5);
        for (const double x : {0.5, 3.0, 30.0, 300.0}) {
            const Sample right = silu(x, parameter);
            const Sample left = silu(-x, parameter);
            const double operands = std::fabs(right.value) + std::fabs(left.value);
            QVERIFY2(std::fabs(right.value - left.value - x) <= 4 * DBL_EPSILON * operands,
                     qPrintable(QString::number(x)));
            QVERIFY2(std::fabs(right.slope + left.slope - 1.0) <= 2 * DBL_EPSILON, qPrintable(QString::number(x)));
        }
        const double u = -1.27846454276107379510935873902;
        QVERIFY(near(silu(u / parameter, parameter).value, (u + 1.0) / parameter, 8.0));
        QVERIFY(std::fabs(silu(u / parameter, parameter).slope) < 1e-14);
    } else {
        QFAIL("a family with a numeric parameter that this test does not know");
    }
}

void TestActivation::softplusApproachesRelu_data()
{
    QTest::addColumn<double>("beta");
    QTest::newRow("beta=20 (end of the range)") << 20.0;
    QTest::newRow("beta=40") << 40.0;
    QTest::newRow("beta=100") << 100.0;
    QTest::newRow("beta=1e3") << 1e3;
    QTest::newRow("beta=1e6") << 1e6;
    QTest::newRow("beta=1e12") << 1e12;
}

void TestActivation::softplusApproachesRelu()
{
    QFETCH(double, beta);
    using namespace relulab::activation;
    // 0 < softplus(x) - relu(x) = log(1 + e^(-beta |x|)) / beta <= log(2) / beta, equal at 0;
    // |sigma(beta x) - step(x)| <= e^(-beta |x|).
    const double gap = std::log(2.0) / beta;
    QVERIFY(std::fabs(softplus(0.0, beta).value - gap) <= 2 * DBL_EPSILON * gap);
    QList<double> xs = {1e-300, -1e-300, 1e300, -1e300, DBL_MAX, -DBL_MAX};
    for (int i = -500; i <= 500; ++i)
        xs << i * 0.01;
    for (const double x : xs) {
        const Sample sample = softplus(x, beta);
        const double excess = sample.value - relu(x).value;
        const QString where = QStringLiteral("x=%1: softplus %2").arg(x).arg(sample.value, 0, 'g', 17);
        QVERIFY2(excess >= 0.0 && excess <= gap * (1 + 4 * DBL_EPSILON), qPrintable(where));
        QVERIFY2(softplus(x, 2 * beta).value - relu(x).value <= excess, qPrintable(where)); // shrinks
        if (x != 0.0) {
            const double step = x > 0.0 ? 1.0 : 0.0;
            QVERIFY2(std::fabs(sample.slope - step) <= std::exp(-beta * std::fabs(x)) + DBL_EPSILON,
                     qPrintable(where));
        }
    }
}

void TestActivation::geluTanhStaysCloseToExact()
{
    using namespace relulab::activation;
    // The tanh form is an approximation, but a close one: the largest gaps on [-10, 10] are
    // about 1.6e-4 in value and 1.5e-3 in slope; beyond it both forms agree to rounding.
    double worstValue = 0.0;
    double worstSlope = 0.0;
    for (int i = -10240; i <= 10240; ++i) {
        const double x = i / 1024.0;
        const Sample exact = gelu(x);
        const Sample approximation = geluTanh(x);
        worstValue = std::max(worstValue, std::fabs(exact.value - approximation.value));
        worstSlope = std::max(worstSlope, std::fabs(exact.slope - approximation.slope));
    }
    QVERIFY2(worstValue < 5e-4 && worstValue > 1e-5, qPrintable(QString::number(worstValue)));
    QVERIFY2(worstSlope < 5e-3 && worstSlope > 1e-5, qPrintable(QString::number(worstSlope)));
    for (const double x : {-1e300, -100.0, -40.0, 40.0, 100.0, 1e300}) {
        QCOMPARE(geluTanh(x).value, gelu(x).value);
        QCOMPARE(geluTanh(x).slope, gelu(x).slope);
    }
}

void TestActivation::kinkSlopesFollowPytorch_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("slope");

    // (The doubles next to each kink are in the reference table.)
    // PyTorch autograd in float64: relu6 is hardtanh(0, 6), whose backward passes the gradient only
    // strictly inside (0, 6); hardswish_backward (PyTorch 2.7 on) is 0 for x <= -3, x/3 + 1/2 for
    // -3 < x < 3 and 1 for x >= 3; SELU's backward is lambda alpha e^x for x <= 0.
    QTest::newRow("relu6 at 0") << QStringLiteral("relu6") << 0.0 << 0.0 << 0.0;
    QTest::newRow("relu6 at -0") << QStringLiteral("relu6") << -0.0 << 0.0 << 0.0;
    QTest::newRow("relu6 at 6") << QStringLiteral("relu6") << 6.0 << 6.0 << 0.0;
    QTest::newRow("relu6 just inside 6") << QStringLiteral("relu6") << std::nextafter(6.0, 0.0)
                                          << std::nextafter(6.0, 0.0) << 1.0;
    QTest::newRow("relu6 above 6") << QStringLiteral("relu6") << 1e300 << 6.0 << 0.0;
    QTest::newRow("hardswish at -3") << QStringLiteral("hardswish") << -3.0 << 0.0 << 0.0;
    QTest::newRow("hardswish at 3") << QStringLiteral("hardswish") << 3.0 << 3.0 << 1.0;
    QTest::newRow("hardswish at -1.5 (slope 0)") << QStringLiteral("hardswish") << -1.5 << -0.375 << 0.0;
    QTest::newRow("hardswish at 0") << QStringLiteral("hardswish") << 0.0 << 0.0 << 0.5;
    QTest::newRow("selu at 0") << QStringLiteral("selu") << 0.0 << 0.0
                                << relulab::activation::kSeluLambda * relulab::activation::kSeluAlpha;
    QTest::newRow("sigmoid at 0") << QStringLiteral("sigmoid") << 0.0 << 0.5 << 0.25;
    QTest::newRow("tanh at 0") << QStringLiteral("tanh") << 0.0 << 0.0 << 1.0;
    QTest::newRow("mish at 0") << QStringLiteral("mish") << 0.0 << 0.0 << 0.6;
    QTest::newRow("silu at 0") << QStringLiteral("silu") << 0.0 << 0.0 << 0.5;
}

void TestActivation::kinkSlopesFollowPytorch()
{
    QFETCH(QString, function);
    QFETCH(double, x);
    QFETCH(double, value);
    QFETCH(double, slope);
    const Sample sample = evaluate(function, 1.0, x);
    QCOMPARE(sample.value, value);
    // lambda alpha in one product may differ from the double-double product in the last bit.
    if (function == QLatin1String("selu"))
        QVERIFY(std::fabs(sample.slope - slope) <= 2 * DBL_EPSILON * slope);
    else
        QCOMPARE(sample.slope, slope);
}

void TestActivation::evaluateManyIsBitIdentical_data()
{
    QTest::addColumn<QString>("function");
    QTest::addColumn<double>("parameter");
    QTest::newRow("silu(0.1)") << QStringLiteral("silu") << 0.1;
    QTest::newRow("silu(1)") << QStringLiteral("silu") << 1.0;
    QTest::newRow("silu(10)") << QStringLiteral("silu") << 10.0;
    QTest::newRow("mish") << QStringLiteral("mish") << 0.0;
    QTest::newRow("selu") << QStringLiteral("selu") << 0.0;
    QTest::newRow("relu6") << QStringLiteral("relu6") << 0.0;
    QTest::newRow("hardswish") << QStringLiteral("hardswish") << 0.0;
    QTest::newRow("sigmoid") << QStringLiteral("sigmoid") << 0.0;
    QTest::newRow("tanh") << QStringLiteral("tanh") << 0.0;
}

void TestActivation::evaluateManyIsBitIdentical()
{
    QFETCH(QString, function);
    QFETCH(double, parameter);
    using namespace relulab::activation;
    QList<double> xs = finiteSweep();
    for (const ReferenceRow &row : referenceRows())
        xs << row.x;
    const auto n = static_cast<std::ptrdiff_t>(xs.size());
    QList<double> value(xs.size());
    QList<double> slope(xs.size());
    if (function == QLatin1String("silu"))
        siluMany(xs.constData(), n, parameter, value.data(), slope.data());
    else if (function == QLatin1String("mish"))
        mishMany(xs.constData(), n, value.data(), slope.data());
    else if (function == QLatin1String("selu"))
        seluMany(xs.constData(), n, value.data(), slope.data());
    else if (function == QLatin1String("relu6"))
        relu6Many(xs.constData(), n, value.data(), slope.data());
    else if (function == QLatin1String("hardswish"))
        hardswishMany(xs.constData(), n, value.data(), slope.data());
    else if (function == QLatin1String("sigmoid"))
        sigmoidMany(xs.constData(), n, value.data(), slope.data());
    else
        hyperbolicTangentMany(xs.constData(), n, value.data(), slope.data());
    for (qsizetype i = 0; i < xs.size(); ++i) {
        const Sample one = evaluate(function, parameter, xs[i]);
        const bool same = std::memcmp(&one.value, &value[i], sizeof(double)) == 0
            && std::memcmp(&one.slope, &slope[i], sizeof(double)) == 0;
        QVERIFY2(same, qPrintable(QStringLiteral("x=%1").arg(xs[i], 0, 'g', 17)));
    }
}

void TestActivation::symmetriesHoldInTheTails()
{
    using namespace relulab::activation;
    // sigma(x) + sigma(-x) = 1 with equal slopes; tanh is odd with an even slope; SiLU(x) -
    // SiLU(-x) = x. Across the whole range, far tails included, and exactly where the formulas
    // are mirror images of each other.
    for (const double x : finiteSweep()) {
        const QString where = QStringLiteral("x=%1").arg(x, 0, 'g', 17);
        const Sample right = sigmoid(x);
        const Sample left = sigmoid(-x);
        QVERIFY2(std::fabs(right.value + left.value - 1.0) <= 2 * DBL_EPSILON, qPrintable(where));
        QVERIFY2(right.slope == left.slope, qPrintable(where));
        QVERIFY2(right.slope >= 0.0 && right.slope <= 0.25, qPrintable(where));
        QVERIFY2(hyperbolicTangent(x).value == -hyperbolicTangent(-x).value, qPrintable(where));
        QVERIFY2(hyperbolicTangent(x).slope == hyperbolicTangent(-x).slope, qPrintable(where));
        QVERIFY2(hyperbolicTangent(x).slope >= 0.0 && hyperbolicTangent(x).slope <= 1.0, qPrintable(where));
        for (const Sample s : {mish(x), silu(x, 0.1), silu(x, 10.0), selu(std::fmin(x, 1e300)), hardswish(x), relu6(x)})
            QVERIFY2(std::isfinite(s.value) && std::isfinite(s.slope), qPrintable(where));
        if (std::fabs(x) < 1e300) {
            const double difference = silu(x, 1.0).value - silu(-x, 1.0).value;
            // (Each half of a subnormal x rounds to the subnormal grid: one unit of slack.)
            const double allowed = 2 * DBL_EPSILON * std::fabs(x) + std::numeric_limits<double>::denorm_min();
            QVERIFY2(std::fabs(difference - x) <= allowed, qPrintable(where));
        }
    }
}

void TestActivation::seluOverflowsOnlyBeyondTheLargestDouble()
{
    using namespace relulab::activation;
    // lambda x exceeds the largest double from x = DBL_MAX / lambda on: only there the value is
    // infinite (IEEE rounding of a result too large), and the slope stays lambda.
    const double edge = DBL_MAX / kSeluLambda;
    QVERIFY(std::isfinite(selu(std::nextafter(edge, 0.0)).value));
    QVERIFY(std::isinf(selu(DBL_MAX).value));
    QCOMPARE(selu(DBL_MAX).slope, kSeluLambda);
    QCOMPARE(selu(-DBL_MAX).value, -kSeluLambda * kSeluAlpha);
    QCOMPARE(selu(-DBL_MAX).slope, 0.0);
}

QTEST_GUILESS_MAIN(TestActivation)
#include "tst_activation.moc"
