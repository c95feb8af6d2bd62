#include "commandline.h"
#include "headless.h"
#include "labmodel.h"
#include "labsettings.h"
#include "labstyle.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "mainwindow.h"
#include "teaching.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
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

    // Headless modes need no display: a core application is enough, except for the cheat sheet,
    // whose PDF needs fonts from a GUI application; it runs off screen unless a platform was chosen.
    if (outcome == CommandLine::Outcome::ShowHelp || request.isHeadless() || request.exportsCheatSheet()) {
        if (request.exportsCheatSheet() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app = request.exportsCheatSheet()
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        if (outcome == CommandLine::Outcome::ShowHelp) {
            printLine(stdout, commandLine.helpText());
            return ExitSuccess;
        }
        LabModel model;
        Teaching teaching;
        LanguageSwitcher languages(&teaching);
        // A handout speaks the system's language unless --lang says otherwise, in its labels
        // (interface translation) as well as its teaching text.
        if (request.exportsCheatSheet()) {
            languages.switchTo(Teaching::bestLanguageFor(
                request.language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{request.language}));
        }
        QString error;
        QString warning;
        if (!applyRequest(request, &model, &teaching, &error, &warning)) {
            printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
            return ExitUsage;
        }
        if (!warning.isEmpty())
            printLine(stderr, QStringLiteral("relu-family-lab: warning: ") % warning);
        int code = runHeadlessExports(request, model, &error);
        if (code == ExitSuccess)
            code = exportCheatSheet(request, model, teaching, &error);
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
    // Lesson decks: a broken lesson file is reported before a display is needed.
    LessonDeck lessonDeck;
    QString lessonError;
    if (!loadRequestedLesson(request, &lessonDeck, &lessonError)) {
        printLine(stderr, QStringLiteral("relu-family-lab: ") % lessonError);
        return ExitUsage;
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
    // Lesson decks: the built-in deck, or the lesson file from the command line at its first step.
    LessonPlayer lessons(&model);
    if (!startRequestedLesson(request, lessonDeck, &lessons, &error)) {
        printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
        return ExitUsage;
    }

    MainWindow window(&model, &teaching, &languages, &lessons);
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
