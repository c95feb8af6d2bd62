#pragma once

class QApplication;

namespace relulab {

// The lab's style sheet (cards, tiles, focus frames), from the resources.
void applyLabStyle(QApplication *app);

} // namespace relulab
