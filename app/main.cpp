#include "commandline.h"
#include "headless.h"
#include "labmodel.h"
#include "labsettings.h"
#include "languageswitcher.h"
#include "lessonplayer.h"
#include "mainwindow.h"
#include "teaching.h"

#include <QApplication>
#include <QCoreApplication>
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
    LabModel model;
    Teaching teaching;
    LanguageSwitcher languages(&teaching);
    QSettings settings;
    // A screenshot shows exactly what the command line asks for, not the last session.
    const bool restoreSession = request.screenshot.isEmpty();
    QString language = Teaching::bestLanguageFor(QLocale::system().uiLanguages());
    if (restoreSession && settings.contains(QStringLiteral("window/language")))
        language = Teaching::bestLanguageFor({settings.value(QStringLiteral("window/language")).toString()});
    if (!request.language.isEmpty() && Teaching::availableLanguages().contains(request.language))
        language = request.language;
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
