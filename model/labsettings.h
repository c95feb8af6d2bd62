#pragma once

#include <QString>

class QSettings;

namespace relulab {

class LabModel;
struct TrainingSettings;

// Keeps the lab's state (family, every parameter, probe, x range, comparison set) between runs.
// Restoring validates every value through the model: a damaged entry is skipped, the model keeps
// its default for it, and `notice` says what was ignored. A file that cannot be parsed at all is
// ignored as a whole: every default stays, and `notice` names the file.
void saveLabState(const LabModel &model, QSettings &settings);
void restoreLabState(LabModel *model, QSettings &settings, QString *notice);

// Keeps the Training tab's own settings (data set, samples, noise, width, depth, optimizer,
// learning rate, batch, init, bias init, seed) between runs; the family and its parameters are
// the lab's and kept by saveLabState. Restoring checks each value with the others already read:
// a damaged or out-of-range entry keeps the value `settings` had, and is named in `ignored`.
void saveTrainingSettings(const TrainingSettings &training, QSettings &settings);
void restoreTrainingSettings(TrainingSettings *training, QSettings &settings, QStringList *ignored);

} // namespace relulab
