#pragma once

#include "training/trainingsettings.h"

#include <QList>

namespace relulab {

// A labelled point of the plane.
struct LabelledPoint
{
    double x = 0.0;
    double y = 0.0;
    int label = 0; // 0 or 1
};

// The points of one run, already split: the first trainCount() train, the rest test, in a
// shuffled order. Every data set lies within ±kExtent (noise aside), so one view frames them all.
struct TrainingData
{
    static constexpr double kExtent = 3.0;

    QList<LabelledPoint> train;
    QList<LabelledPoint> test;

    // Made from the settings' data set, samples, noise and seed (only those).
    static TrainingData generate(const TrainingSettings &settings);
};

} // namespace relulab
