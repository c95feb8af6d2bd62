#include "atomicfile.h"

#include <QSaveFile>

#include <cerrno>

namespace relulab {

SaveOutcome saveAtomically(const QString &path, const FileWriter &write, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = file.errorString();
        return SaveOutcome::NotOpened;
    }
    if (!write(&file) || !file.commit()) {
        // A short write sets no error code: it is a full disk (or a file size limit).
        if (error)
            *error = file.error() != QFileDevice::NoError ? file.errorString() : qt_error_string(ENOSPC);
        file.cancelWriting(); // the temporary file goes, the previous file stays
        return SaveOutcome::NotWritten;
    }
    return SaveOutcome::Saved;
}

SaveOutcome saveAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return saveAtomically(path, [&data](QIODevice *device) { return device->write(data) == data.size(); }, error);
}

} // namespace relulab
