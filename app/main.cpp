#include "commandline.h"
#include "headless.h"
#include "labmodel.h"
#include "labsettings.h"
#include "labstyle.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "teaching.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace relulab;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// Checked before the window is built: an output path that cannot be written is a usage error,
// as it is for --export-csv, and is found without rendering anything.
bool screenshotPathUsable(const QString &path, QString *error)
{
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (target.isDir()) {
        *error = QStringLiteral("--screenshot: '%1' is a directory; valid: a file name ending in .png").arg(path);
        return false;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        *error = QStringLiteral("--screenshot: cannot write '%1': the folder '%2' does not exist or is not writable")
                     .arg(path, folder.filePath());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("relu-family-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELULAB_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab"));

    CommandLine commandLine;
    const CommandLine::Outcome outcome = commandLine.parse(argumentsOf(argc, argv));
    if (outcome == CommandLine::Outcome::Error) {
        printLine(stderr, QStringLiteral("relu-family-lab: ") % commandLine.errorText());
        return ExitUsage;
    }
    if (outcome == CommandLine::Outcome::ShowVersion) {
        printLine(stdout, QStringLiteral("relu-family-lab ") % QStringLiteral(RELULAB_VERSION));
        return ExitSuccess;
    }
    const LabRequest &request = commandLine.request();

    // Headless modes need no display: a core application is enough.
    if (outcome == CommandLine::Outcome::ShowHelp || request.isHeadless()) {
        QCoreApplication app(argc, argv);
        if (outcome == CommandLine::Outcome::ShowHelp) {
            printLine(stdout, commandLine.helpText());
            return ExitSuccess;
        }
        LabModel model;
        Teaching teaching;
        QString error;
        QString warning;
        if (!applyRequest(request, &model, &teaching, &error, &warning)) {
            printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
            return ExitUsage;
        }
        if (!warning.isEmpty())
            printLine(stderr, QStringLiteral("relu-family-lab: warning: ") % warning);
        const int code = runHeadlessExports(request, model, &error);
        if (code != ExitSuccess)
            printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
        return code;
    }

    if (!request.screenshot.isEmpty()) {
        QString error;
        if (!screenshotPathUsable(request.screenshot, &error)) {
            printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
            return ExitUsage;
        }
    }

    // A screenshot renders off screen unless the user chose a platform.
    if (!request.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    // Lets the desktop match the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.relufamilylab.ReluFamilyLab"));
    applyLabStyle(&app);
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    QSettings settings;
    // A screenshot shows exactly what the command line asks for, not the last session.
    const bool restoreSession = request.screenshot.isEmpty();
    QString language = Teaching::bestLanguageFor(QLocale::system().uiLanguages());
    if (restoreSession && settings.contains(QStringLiteral("window/language")))
        language = Teaching::bestLanguageFor({settings.value(QStringLiteral("window/language")).toString()});
    // --lang wins; "de_AT" means German, and an unknown code means English (applyRequest warns),
    // for the interface as well as the teaching text.
    if (!request.language.isEmpty())
        language = Teaching::bestLanguageFor({request.language});
    languages.switchTo(language);
    QString notice;
    if (restoreSession)
        restoreLabState(&model, settings, &notice);
    if (!notice.isEmpty())
        printLine(stderr, QStringLiteral("relu-family-lab: saved settings ignored (not valid): ") % notice);
    QString error;
    QString warning;
    if (!applyRequest(request, &model, &teaching, &error, &warning)) {
        printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
        return ExitUsage;
    }
    if (!warning.isEmpty())
        printLine(stderr, QStringLiteral("relu-family-lab: warning: ") % warning);

    MainWindow window(&model, &teaching, &languages);
    if (restoreSession)
        window.restoreWindowState();
    if (!request.screenshot.isEmpty()) {
        if (!window.saveScreenshot(request.screenshot, request.screenshotSize, &error)) {
            printLine(stderr, QStringLiteral("relu-family-lab: --screenshot: ") % error);
            return ExitFailure;
        }
        return ExitSuccess;
    }
    window.show();
    return app.exec();
}
