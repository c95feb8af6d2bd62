#pragma once

#include <QString>

class QSettings;

namespace relulab {

class LabModel;

// Keeps the lab's state (family, every parameter, probe, x range, comparison set) between runs.
// Restoring validates every value through the model: a damaged entry is skipped, the model keeps
// its default for it, and `notice` says what was ignored. A file that cannot be parsed at all is
// ignored as a whole: every default stays, and `notice` names the file.
void saveLabState(const LabModel &model, QSettings &settings);
void restoreLabState(LabModel *model, QSettings &settings, QString *notice);

} // namespace relulab
