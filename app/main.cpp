#include "commandline.h"
#include "headless.h"
#include "labmodel.h"
#include "mainwindow.h"
#include "teaching.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

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
        if (request.exportsCheatSheet()) // a handout speaks the system's language unless --lang says otherwise
            teaching.setLanguage(Teaching::bestLanguageFor(QLocale().uiLanguages()));
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

    // A screenshot renders off screen unless the user chose a platform.
    if (!request.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    LabModel model;
    Teaching teaching;
    teaching.setLanguage(Teaching::bestLanguageFor(QLocale().uiLanguages()));
    QString error;
    QString warning;
    if (!applyRequest(request, &model, &teaching, &error, &warning)) {
        printLine(stderr, QStringLiteral("relu-family-lab: ") % error);
        return ExitUsage;
    }
    if (!warning.isEmpty())
        printLine(stderr, QStringLiteral("relu-family-lab: warning: ") % warning);

    MainWindow window(&model, &teaching);
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
