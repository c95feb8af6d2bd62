// The default overlay's colours stay apart for every viewer: with normal vision, simulated
// deuteranopia and protanopia (Machado, Oliveira and Fernandes 2009, severity 1, applied in linear
// RGB) and printed in greyscale (luminance only). Distances are CIE76 ΔE in CIELAB (D65).
// The closest pair among all catalog families is reported too, for families not in the overlay.
#include "family.h"

#include <QTest>

#include <array>
#include <cmath>

using namespace relulab;

namespace {

using Rgb = std::array<double, 3>;
using Matrix = std::array<Rgb, 3>;

// Colour vision apart from normal: a line pair must differ by at least this much.
constexpr double kColourThreshold = 15.0;
// Greyscale keeps only lightness: five lines on one page need at least this much between them.
constexpr double kGreyThreshold = 5.0;
// Any two families of the catalog, since the teacher may compare any of them: a little less.
constexpr double kCatalogThreshold = 12.0;

constexpr Matrix kDeuteranopia{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kProtanopia{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};

double toLinear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Rgb linearRgb(quint32 color)
{
    return {toLinear(int((color >> 16) & 0xff)), toLinear(int((color >> 8) & 0xff)), toLinear(int(color & 0xff))};
}

enum class Vision { Normal, Deuteranopia, Protanopia, Greyscale };

const char *visionName(Vision vision)
{
    switch (vision) {
    case Vision::Normal: return "normal vision";
    case Vision::Deuteranopia: return "deuteranopia";
    case Vision::Protanopia: return "protanopia";
    case Vision::Greyscale: return "greyscale";
    }
    return "";
}

Rgb seenWith(Vision vision, const Rgb &rgb)
{
    if (vision == Vision::Normal)
        return rgb;
    if (vision == Vision::Greyscale) {
        const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        return {y, y, y};
    }
    const Matrix &m = vision == Vision::Deuteranopia ? kDeuteranopia : kProtanopia;
    Rgb out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

Rgb cieLab(const Rgb &rgb)
{
    const double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    const auto f = [](double t) { return t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0; };
    const double fx = f(x / 0.95047), fy = f(y), fz = f(z / 1.08883);
    return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

double deltaE(Vision vision, quint32 a, quint32 b)
{
    const Rgb la = cieLab(seenWith(vision, linearRgb(a)));
    const Rgb lb = cieLab(seenWith(vision, linearRgb(b)));
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

constexpr std::array<Vision, 4> kVisions{Vision::Normal, Vision::Deuteranopia, Vision::Protanopia, Vision::Greyscale};

} // namespace

class FamilyColoursTest : public QObject
{
    Q_OBJECT

private slots:
    void simulationIsCalibrated();
    void defaultOverlayStaysApart_data();
    void defaultOverlayStaysApart();
    void everyPairOfTheCatalogStaysApart();
};

void FamilyColoursTest::simulationIsCalibrated()
{
    // Pure red and green, the classic confusion, collapse for a deuteranope but not normally.
    QVERIFY(deltaE(Vision::Normal, 0xCC3333, 0x33AA33) > 60.0);
    QVERIFY(deltaE(Vision::Deuteranopia, 0xCC3333, 0x33AA33) < deltaE(Vision::Normal, 0xCC3333, 0x33AA33) / 3.0);
    // Black and white stay apart by the whole lightness scale in every simulation.
    for (Vision vision : kVisions)
        QVERIFY(std::abs(deltaE(vision, 0x000000, 0xFFFFFF) - 100.0) < 0.5);
}

void FamilyColoursTest::defaultOverlayStaysApart_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const QStringList overlay = FamilyCatalog::seedIds();
    QVERIFY(overlay.size() >= 5);
    for (int i = 0; i < overlay.size(); ++i) {
        for (int j = i + 1; j < overlay.size(); ++j)
            QTest::addRow("%s / %s", qPrintable(overlay[i]), qPrintable(overlay[j])) << overlay[i] << overlay[j];
    }
}

void FamilyColoursTest::defaultOverlayStaysApart()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const quint32 a = FamilyCatalog::find(first)->color;
    const quint32 b = FamilyCatalog::find(second)->color;
    for (Vision vision : kVisions) {
        const double threshold = vision == Vision::Greyscale ? kGreyThreshold : kColourThreshold;
        const double distance = deltaE(vision, a, b);
        QVERIFY2(distance >= threshold, qPrintable(QStringLiteral("%1: ΔE %2 < %3 between #%4 and #%5")
                                                      .arg(QLatin1String(visionName(vision)))
                                                      .arg(distance, 0, 'f', 1).arg(threshold)
                                                      .arg(a, 6, 16, QLatin1Char('0')).arg(b, 6, 16, QLatin1Char('0'))));
    }
}

void FamilyColoursTest::everyPairOfTheCatalogStaysApart()
{
    // The teacher may put any families side by side (the comparison set), so every pair stays
    // apart in colour vision; greyscale keeps only lightness, and its closest pair is reported.
    const QStringList ids = FamilyCatalog::ids();
    for (Vision vision : kVisions) {
        double closest = INFINITY;
        QString pair;
        for (int i = 0; i < ids.size(); ++i) {
            for (int j = i + 1; j < ids.size(); ++j) {
                const double distance = deltaE(vision, FamilyCatalog::find(ids[i])->color, FamilyCatalog::find(ids[j])->color);
                if (distance < closest) {
                    closest = distance;
                    pair = ids[i] % QStringLiteral(" / ") % ids[j];
                }
            }
        }
        QVERIFY(std::isfinite(closest));
        qInfo("%s: closest pair of the catalog %s, ΔE %.1f", visionName(vision), qPrintable(pair), closest);
        if (vision != Vision::Greyscale)
            QVERIFY2(closest >= kCatalogThreshold, qPrintable(pair));
    }
}

QTEST_MAIN(FamilyColoursTest)
#include "tst_familycolours.moc"
