#pragma once

#include <QString>

namespace relulab {

class LabModel;
struct LabRequest;

// Exit codes shared by every mode.
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// Runs the request's headless exports on an already configured model. Errors go to `error`
// as one line; nothing is left behind on failure (files are written through QSaveFile).
int runHeadlessExports(const LabRequest &request, const LabModel &model, QString *error);

} // namespace relulab
