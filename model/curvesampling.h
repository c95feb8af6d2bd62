#pragma once

#include "labmodel.h"

#include <QIODevice>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace relulab {

constexpr int kMaximumSamples = 1000000;

// n evenly spaced points from a to b, both ends exact (n = 1 gives just a, n <= 0 nothing).
QList<double> evenlySpaced(double a, double b, int n);

// One family's two curves over a range, as the family computes them, and their extents.
struct FamilyCurves
{
    QList<QPointF> output;
    QList<QPointF> slope;
    double outputMinimum = 0.0;
    double outputMaximum = 0.0;
    double slopeMinimum = 0.0;
    double slopeMaximum = 0.0;
};

// The one sampling routine of the lab (board, cheat sheet): `count` evenly spaced points from
// `minimum` to `maximum` (evenlySpaced()), plus x = 0 and each of the family's kinkCandidates
// exactly when inside, so hinges stay sharp. Non-finite readings are left out.
FamilyCurves sampleFamilyCurves(const FamilySpec &family, const ParameterValues &values, double minimum,
                                double maximum, int count);
// The same with the model's parameters for `family`; empty for an unknown family.
FamilyCurves sampleFamilyCurves(const LabModel &model, const QString &family, double minimum, double maximum, int count);

// A slope curve (ordered by x) cut where the slope jumps, as the lab draws it on screen and on
// paper: each piece ends at a kink with that side's limit, the next starts with the other side's,
// and the reading exactly at the kink is left to the kink's dots (Kink::slope filled,
// Kink::slopeNotTaken() open). Without a kink among the points: one piece, the points themselves.
QList<QList<QPointF>> slopePieces(const QList<QPointF> &slope, const QList<Kink> &kinks);

// CSV "family,x,output,slope", one row per family and point, numbers in round-trip precision.
// Returns false if the device refused the data.
bool writeCurvesCsv(const LabModel &model, const QStringList &families, const QList<double> &xs, QIODevice *device);

} // namespace relulab
