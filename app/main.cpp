#include "commandline.h"
#include "headless.h"
#include "labmodel.h"
#include "labsettings.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "lessons/lessonactions.h"
#include "window/mainwindow.h"
#include "window/presentationmode.h"
#include "teaching.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <tuple>
#include <functional>
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
        *error = CommandLine::tr("--screenshot: '%1' is a directory; valid: a file name ending in .png").arg(path);
        return false;
    }
    if (!folder.isDir() || !folder.isWritable()) {
        *error = CommandLine::tr("--screenshot: cannot write '%1': the folder '%2' does not exist or is not writable")
                     .arg(path, folder.filePath());
        return false;
    }
    return true;
}

void reportError(const QString &message)
{
    printLine(stderr, QStringLiteral("relu-family-lab: ") % message);
}

// The language of messages on the terminal: --lang, read leniently so that even a command line
// with mistakes is answered in it, else the system's.
QString messageLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return Teaching::bestLanguageFor({arguments.at(i + 1)});
        if (argument.startsWith(QLatin1String("--lang=")))
            return Teaching::bestLanguageFor({argument.mid(7)});
    }
    return Teaching::bestLanguageFor(QLocale::system().uiLanguages());
}

// Reports a mistake found before the program knows which application it needs (or before it may
// open a window): from a core application, which needs no display, with the translation of
// `language` installed; `describe` words the message there.
int reportEarly(int argc, char **argv, const QString &language, const std::function<QString()> &describe,
                int exitCode = ExitUsage)
{
    QCoreApplication app(argc, argv);
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    languages.switchTo(language);
    reportError(describe());
    return exitCode;
}

// Whether a window can open: a platform chosen by the user, or an X11 or Wayland session. Without
// one Qt would abort with a long message about platform plugins.
bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// While QApplication opens the display. When the display cannot be reached (a desktop session
// that has ended, a remote login without display forwarding) Qt ends the program with abort()
// after a page about platform plugins; this says why in one line and exits as for no display.
// Qt's messages meanwhile are held back and passed on once the display is open.
struct DisplayOpening
{
    QString language;
    QtMessageHandler previous = nullptr;
    QList<std::tuple<QtMsgType, QString, QString>> held; // type, category, text
};
DisplayOpening *g_opening = nullptr;

// Which display the window tried: the platform the user chose, else the X11 or Wayland one.
QString displayInUse()
{
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return QLatin1String(variable) % QLatin1Char('=') % qEnvironmentVariable(variable);
    }
    return QString();
}

void whileOpeningTheDisplay(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type != QtFatalMsg) {
        g_opening->held.append({type, QString::fromLatin1(context.category), text});
        return;
    }
    // The application object exists, half built: the translation can still be installed on it.
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    languages.switchTo(g_opening->language);
    reportError(CommandLine::tr("cannot open the window: the display (%1) cannot be reached. The lab's window needs a "
                                "running desktop session (X11 or Wayland); without one, the exports still work, e.g. "
                                "--export-cheatsheet FILE.pdf or --screenshot FILE.png (see --help).")
                    .arg(displayInUse()));
    std::_Exit(ExitFailure);
}

// Applies the command line's lab state; false (after saying why) when a value is not valid.
bool configureLab(const LabRequest &request, LabModel *model, Teaching *teaching)
{
    QString error;
    QString warning;
    if (!applyRequest(request, model, teaching, &error, &warning)) {
        reportError(error);
        return false;
    }
    if (!warning.isEmpty())
        reportError(CommandLine::tr("warning: ") % warning);
    return true;
}

// --lang wins ("de_AT" means German; an unknown code means English, and applyRequest warns),
// then the language of the last session, then the system's.
QString startLanguage(const LabRequest &request, const QSettings &settings, bool restoreSession)
{
    if (!request.language.isEmpty())
        return Teaching::bestLanguageFor({request.language});
    if (restoreSession && settings.contains(QStringLiteral("window/language")))
        return Teaching::bestLanguageFor({settings.value(QStringLiteral("window/language")).toString()});
    return Teaching::bestLanguageFor(QLocale::system().uiLanguages());
}

// Help and the exports: no window. A core application is enough, except for the cheat sheet,
// whose PDF needs fonts from a GUI application; it runs off screen unless a platform was chosen.
int runHeadless(const CommandLine &commandLine, const QStringList &arguments, bool showHelp, int argc, char **argv)
{
    const LabRequest &request = commandLine.request();
    if (request.exportsCheatSheet() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = request.exportsCheatSheet()
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    // Messages, help and a handout speak the system's language unless --lang says otherwise: a
    // handout in its labels (interface translation) as well as its teaching text. (The CSV files
    // write plain C numbers in any language.)
    languages.switchTo(messageLanguage(arguments));
    if (showHelp) {
        printLine(stdout, CommandLine().helpText()); // built now, in that language
        return ExitSuccess;
    }
    if (!configureLab(request, &model, &teaching))
        return ExitUsage;
    QString error;
    int code = runHeadlessExports(request, model, &error);
    if (code == ExitSuccess)
        code = exportCheatSheet(request, model, teaching, &error);
    if (code == ExitSuccess)
        code = explainReading(request, model, teaching, &error);
    if (code != ExitSuccess)
        reportError(error);
    return code;
}

int runWindow(const LabRequest &request, const QStringList &arguments, int argc, char **argv)
{
    QString error;
    // Both mistakes are reported before a display is needed; the check runs again where the
    // message can be translated.
    if (!request.screenshot.isEmpty() && !screenshotPathUsable(request.screenshot, &error)) {
        return reportEarly(argc, argv, messageLanguage(arguments), [&request] {
            QString why;
            screenshotPathUsable(request.screenshot, &why);
            return why;
        });
    }
    LessonDeck lessonDeck;
    // A lesson that cannot be opened ends a scripted screenshot run; a double-clicked one opens
    // the lab with the same dialog as File › Open lesson… (after the line on the terminal).
    const bool lessonFailed = !loadRequestedLesson(request, &lessonDeck, &error);
    if (lessonFailed && !request.screenshot.isEmpty()) {
        return reportEarly(argc, argv, messageLanguage(arguments), [&request] {
            LessonDeck deck;
            QString why;
            loadRequestedLesson(request, &deck, &why);
            return why;
        });
    }
    // A screenshot renders off screen unless the user chose a platform.
    if (!request.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!displayAvailable()) {
        return reportEarly(argc, argv, messageLanguage(arguments), [] {
            return CommandLine::tr("no display: the lab's window needs a desktop session (X11 or Wayland). "
                                   "Without one, the exports still work, e.g. --export-cheatsheet FILE.pdf or "
                                   "--screenshot FILE.png (see --help).");
        }, ExitFailure);
    }

    DisplayOpening opening{messageLanguage(arguments), qInstallMessageHandler(whileOpeningTheDisplay), {}};
    g_opening = &opening;
    QApplication app(argc, argv);
    qInstallMessageHandler(opening.previous);
    g_opening = nullptr;
    for (const auto &[type, category, text] : std::as_const(opening.held)) {
        const QByteArray categoryName = category.toLatin1();
        opening.previous(type, QMessageLogContext(nullptr, 0, nullptr, categoryName.constData()), text);
    }
    // Lets the desktop match the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.relufamilylab.ReluFamilyLab"));
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    QSettings settings;
    // A screenshot shows exactly what the command line asks for, not the last session.
    const bool restoreSession = request.screenshot.isEmpty();
    languages.switchTo(startLanguage(request, settings, restoreSession));
    if (restoreSession) {
        QString notice;
        restoreLabState(&model, settings, &notice);
        if (!notice.isEmpty())
            reportError(CommandLine::tr("saved settings ignored (not valid): ") % notice);
    }
    if (!configureLab(request, &model, &teaching))
        return ExitUsage;
    // The built-in deck, or the lesson file from the command line at its first step.
    LessonPlayer lessons(&model);
    if (lessonFailed) {
        LessonDeck unused; // worded again, now in the user's language
        loadRequestedLesson(request, &unused, &error);
        reportError(error);
    } else if (!startRequestedLesson(request, lessonDeck, &lessons, &error)) {
        reportError(error);
        return ExitUsage;
    }

    MainWindow window(&model, &teaching, &languages, &lessons);
    if (!request.screenshot.isEmpty()) {
        if (!window.saveScreenshot(request.screenshot, request.screenshotSize, request.presentation, &error)) {
            reportError(QStringLiteral("--screenshot: ") % error);
            return ExitFailure;
        }
        return ExitSuccess;
    }
    if (restoreSession) {
        const QStringList ignored = window.restoreWindowState();
        if (!ignored.isEmpty())
            reportError(CommandLine::tr("saved settings ignored (not valid): ") % ignored.join(QStringLiteral(", ")));
    }
    if (request.presentation)
        window.presentation()->setActive(true);
    window.show();
    if (lessonFailed) {
        // Opened again through the menu's own path, so the teacher sees its dialog over the lab.
        QTimer::singleShot(0, &window, [&window, &request] { window.lessonActions()->openLessonFile(request.lesson); });
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("relu-family-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELULAB_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("ReLU Family Lab"));

    // A first reading decides what kind of run this is; messages are worded later, once the
    // translation for the user's language is installed.
    const QStringList arguments = argumentsOf(argc, argv);
    CommandLine commandLine;
    const CommandLine::Outcome outcome = commandLine.parse(arguments);
    switch (outcome) {
    case CommandLine::Outcome::Error:
        return reportEarly(argc, argv, messageLanguage(arguments), [&arguments] {
            CommandLine translated; // built now, in the user's language
            translated.parse(arguments);
            return translated.errorText();
        });
    case CommandLine::Outcome::ShowVersion:
        printLine(stdout, QStringLiteral("relu-family-lab ") % QStringLiteral(RELULAB_VERSION));
        return ExitSuccess;
    case CommandLine::Outcome::ShowHelp:
        return runHeadless(commandLine, arguments, true, argc, argv);
    case CommandLine::Outcome::Run:
        break;
    }
    const LabRequest &request = commandLine.request();
    if (request.isHeadless() || request.exportsCheatSheet())
        return runHeadless(commandLine, arguments, false, argc, argv);
    return runWindow(request, arguments, argc, argv);
}
