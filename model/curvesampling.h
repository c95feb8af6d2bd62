#pragma once

#include "labmodel.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

namespace relulab {

constexpr int kMaximumSamples = 1000000;

// n evenly spaced points from a to b, both ends exact (n = 1 gives just a, n <= 0 nothing).
QList<double> evenlySpaced(double a, double b, int n);

// CSV "family,x,output,slope", one row per family and point, numbers in round-trip precision.
// Returns false if the device refused the data.
bool writeCurvesCsv(const LabModel &model, const QStringList &families, const QList<double> &xs, QIODevice *device);

} // namespace relulab
