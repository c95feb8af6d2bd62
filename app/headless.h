#pragma once

#include <QString>

namespace relulab {

class LabModel;
class Teaching;
struct LabRequest;

// Exit codes shared by every mode.
enum ExitCode { ExitSuccess = 0, ExitFailure = 1, ExitUsage = 2 };

// Runs the request's headless exports on an already configured model. Errors go to `error`
// as one line; nothing is left behind on failure (files are written through QSaveFile).
int runHeadlessExports(const LabRequest &request, const LabModel &model, QString *error);

// Writes the cheat sheet PDF of --export-cheatsheet (needs a QGuiApplication for fonts; no
// display). A file that cannot be written is ExitUsage with `error` naming it; no file is left.
int exportCheatSheet(const LabRequest &request, const LabModel &model, const Teaching &teaching, QString *error);

// --explain: prints what the window shows at the probe to standard output, as readable text in
// the teaching's language or (--explain=json) as one JSON object. ExitFailure if stdout fails.
int explainReading(const LabRequest &request, const LabModel &model, const Teaching &teaching, QString *error);

} // namespace relulab
