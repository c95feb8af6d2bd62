#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace relulab {

// The one way the lab saves a file: every save and export goes through here.
//
// The data goes to a temporary file beside `path` (QSaveFile), unbuffered, and replaces the
// previous file only when every write was complete. Buffered, Qt 6.4's QSaveFile drops the rest of
// a partly written buffer without an error (a disk that fills up mid-write) and commit() would
// replace a good file with a truncated one; unbuffered, write() reports the short count and
// nothing is committed. Writers should hand over large chunks: each write() is a system call.
enum class SaveOutcome {
    Saved,
    NotOpened, // the path cannot be written at all (no such folder, no permission)
    NotWritten, // writing or committing failed; the previous file is as it was
};

using FileWriter = std::function<bool(QIODevice *device)>;

// `write` returns false when the device refused data. `error` gets the system's reason (a short
// write, which has none, reads as a full disk).
SaveOutcome saveAtomically(const QString &path, const FileWriter &write, QString *error = nullptr);
SaveOutcome saveAtomically(const QString &path, const QByteArray &data, QString *error = nullptr);

} // namespace relulab
