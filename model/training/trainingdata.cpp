#include "training/trainingdata.h"

#include "training/trainingrandom.h"

#include <cmath>


namespace relulab {
namespace {

constexpr quint32 kDataStream = 1;
constexpr double kPi = 3.14159265358979323846;

// Each maker returns the clean point for sample i of n; noise is added afterwards.
LabelledPoint moon(int i, int n, TrainingRandom &)
{
    // Two interleaved half circles (as scikit-learn's make_moons), centred and scaled by 1.6.
    const int label = i % 2;
    const double t = kPi * (i / 2) / std::max(1, (n + 1) / 2 - 1);
    const double x = label == 0 ? std::cos(t) : 1.0 - std::cos(t);
    const double y = label == 0 ? std::sin(t) : 0.5 - std::sin(t);
    return {1.6 * (x - 0.5), 1.6 * (y - 0.25), label};
}

LabelledPoint circle(int i, int, TrainingRandom &random)
{
    const int label = i % 2; // 1: the inner circle
    const double angle = random.uniform(0.0, 2.0 * kPi);
    const double radius = label == 1 ? 1.0 : 2.2;
    return {radius * std::cos(angle), radius * std::sin(angle), label};
}

LabelledPoint spiral(int i, int n, TrainingRandom &)
{
    // Two arms of one and a half turns each, starting near the centre.
    const int label = i % 2;
    const double r = 0.15 + 2.2 * (i / 2) / std::max(1.0, n / 2.0);
    const double angle = 1.5 * kPi * r + label * kPi;
    return {r * std::cos(angle), r * std::sin(angle), label};
}

LabelledPoint xorPoint(int, int, TrainingRandom &random)
{
    // Uniform in the square, labelled by quadrant: 1 where x and y have the same sign. Points
    // closer than 0.1 to an axis are moved out, so the clean labels are unambiguous.
    const auto coordinate = [&random] {
        const double c = random.uniform(-2.4, 2.4);
        return c >= 0.0 ? c + 0.1 : c - 0.1;
    };
    const double x = coordinate();
    const double y = coordinate();
    return {x, y, (x > 0.0) == (y > 0.0) ? 1 : 0};
}

} // namespace

TrainingData TrainingData::generate(const TrainingSettings &settings)
{
    TrainingRandom random(settings.seed, kDataStream);
    const int n = settings.samples;
    QList<LabelledPoint> points;
    points.reserve(n);
    for (int i = 0; i < n; ++i) {
        LabelledPoint point;
        switch (settings.dataSet) {
        case DataSetKind::Moons: point = moon(i, n, random); break;
        case DataSetKind::Circles: point = circle(i, n, random); break;
        case DataSetKind::Spiral: point = spiral(i, n, random); break;
        case DataSetKind::Xor: point = xorPoint(i, n, random); break;
        }
        point.x += settings.noise * random.normal();
        point.y += settings.noise * random.normal();
        points.append(point);
    }
    // Fisher–Yates with the lab's own index draw: the same order with every standard library.
    for (int i = n - 1; i > 0; --i)
        std::swap(points[i], points[static_cast<int>(random.below(static_cast<quint64>(i) + 1))]);
    TrainingData data;
    data.train = points.mid(0, settings.trainCount());
    data.test = points.mid(settings.trainCount());
    return data;
}

} // namespace relulab
