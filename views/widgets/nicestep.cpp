#include "widgets/nicestep.h"

#include <cmath>

namespace relulab {

double niceStep(double rough, StepRounding rounding)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    const bool nearest = rounding == StepRounding::Nearest;
    if (nearest ? fraction < 1.5 : rough <= magnitude)
        return magnitude;
    if (nearest ? fraction < 3.2 : rough <= 2.0 * magnitude)
        return 2.0 * magnitude;
    if (nearest ? fraction < 7.0 : rough <= 5.0 * magnitude)
        return 5.0 * magnitude;
    return 10.0 * magnitude;
}

} // namespace relulab
