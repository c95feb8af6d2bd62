#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace relulab::testsupport {

// What a program run printed and how it ended (-1: it crashed or did not finish in two minutes).
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace relulab::testsupport
