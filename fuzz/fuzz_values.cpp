// The strict number parsing shared by the command line and the files.
// Properties: an accepted number is finite and its round-trip text reads back bit for bit;
// a range is ordered; a list has one number per comma-separated part; and the first eight bytes
// as a double (any finite bit pattern, subnormals included) survive formatRoundTrip.

#include "fuzzsupport.h"
#include "valueparsing.h"

#include <QString>

#include <cmath>
#include <cstring>

using namespace relulab;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

void checkRoundTrip(double value)
{
    const QString text = formatRoundTrip(value);
    double back = 0.0;
    RELULAB_FUZZ_CHECK(parsePlainNumber(text, &back));
    RELULAB_FUZZ_CHECK(sameBits(back, value));
    RELULAB_FUZZ_CHECK(text.size() <= 24); // sign, 17 digits, point, exponent
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= sizeof(double)) {
        double raw = 0.0;
        std::memcpy(&raw, data, sizeof raw);
        if (std::isfinite(raw))
            checkRoundTrip(raw);
    }

    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    double value = 0.0;
    if (parsePlainNumber(text, &value)) {
        RELULAB_FUZZ_CHECK(std::isfinite(value));
        checkRoundTrip(value);
    }

    double minimum = 0.0;
    double maximum = 0.0;
    if (parseRange(text, &minimum, &maximum)) {
        RELULAB_FUZZ_CHECK(std::isfinite(minimum) && std::isfinite(maximum));
        RELULAB_FUZZ_CHECK(minimum < maximum);
        double back = 0.0;
        double backMaximum = 0.0;
        RELULAB_FUZZ_CHECK(parseRange(formatRoundTrip(minimum) + QLatin1Char(':') + formatRoundTrip(maximum), &back, &backMaximum));
        RELULAB_FUZZ_CHECK(sameBits(back, minimum) && sameBits(backMaximum, maximum));
    }

    QList<double> values;
    if (parseNumberList(text, &values)) {
        RELULAB_FUZZ_CHECK(values.size() == text.count(QLatin1Char(',')) + 1);
        QStringList parts;
        for (const double v : values) {
            RELULAB_FUZZ_CHECK(std::isfinite(v));
            parts.append(formatRoundTrip(v));
        }
        QList<double> back;
        RELULAB_FUZZ_CHECK(parseNumberList(parts.join(QLatin1Char(',')), &back));
        RELULAB_FUZZ_CHECK(back.size() == values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            RELULAB_FUZZ_CHECK(sameBits(back[i], values[i]));
    }

    (void)formatPlainNumber(value);
    return 0;
}
