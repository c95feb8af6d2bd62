// The lab installs like a desktop application: `cmake --install` into a temporary prefix puts
// every file in place, the freedesktop validators accept them, the installed binary runs, and
// `cpack -G DEB` makes a package with computed dependencies and the same files.

#include <QtTest>

#include <algorithm>

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#ifndef RELULAB_BUILD_DIR
#error "tests/CMakeLists.txt defines RELULAB_BUILD_DIR, RELULAB_CMAKE_COMMAND and RELULAB_CPACK_COMMAND"
#endif

namespace {

const QString kAppId = QStringLiteral("org.relufamilylab.ReluFamilyLab");
const QString kLessonType = QStringLiteral("application/x-relulab-lesson+json");
const QString kVersion = QStringLiteral(RELULAB_VERSION);
const QList<int> kIconSizes{16, 22, 24, 32, 48, 64, 128, 256};

QString desktopPath() { return QStringLiteral("share/applications/") % kAppId % QStringLiteral(".desktop"); }
QString metainfoPath() { return QStringLiteral("share/metainfo/") % kAppId % QStringLiteral(".metainfo.xml"); }
QString mimePath() { return QStringLiteral("share/mime/packages/") % kAppId % QStringLiteral(".xml"); }
QString manPath() { return QStringLiteral("share/man/man1/relu-family-lab.1.gz"); }
QString changelogPath() { return QStringLiteral("share/doc/relu-family-lab/changelog.Debian.gz"); }
QString scalableIconPath() { return QStringLiteral("share/icons/hicolor/scalable/apps/") % kAppId % QStringLiteral(".svg"); }
QString iconPath(int size)
{
    return QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) % kAppId % QStringLiteral(".png");
}

// Every file an install holds, relative to the prefix.
QStringList installedFiles()
{
    QStringList files{QStringLiteral("bin/relu-family-lab"), desktopPath(), metainfoPath(), mimePath(),
                      manPath(), scalableIconPath(), QStringLiteral("share/doc/relu-family-lab/copyright"),
                      changelogPath()};
    for (int size : kIconSizes)
        files.append(iconPath(size));
    return files;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err);
    }
};

// Runs a tool to completion. A tool that is missing is a failure that names its Debian package:
// scripts/install-deps.sh installs all of them.
Run runTool(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {},
            int timeoutMs = 120000)
{
    Run run;
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        run.err = QStringLiteral("cannot start ") % program % QStringLiteral(": ") % process.errorString();
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = program % QStringLiteral(" timed out");
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

// The full path of a tool, or an empty string with `why` naming the package that has it.
QString tool(const QString &name, const QString &package, QString *why)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        *why = name % QStringLiteral(" is missing: install the Debian package ") % package
             % QStringLiteral(" (scripts/install-deps.sh does)");
    return path;
}

#define REQUIRE_TOOL(variable, name, package)          \
    QString variable##Why;                             \
    const QString variable = tool(QStringLiteral(name), QStringLiteral(package), &variable##Why); \
    QVERIFY2(!variable.isEmpty(), qPrintable(variable##Why))

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The keys of the [Desktop Entry] group, without localized variants.
QHash<QString, QString> desktopEntryKeys(const QString &text)
{
    QHash<QString, QString> keys;
    bool inMainGroup = false;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inMainGroup = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inMainGroup && equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

QStringList desktopList(const QString &value)
{
    return value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

// What the tests need from an AppStream metainfo file.
struct Metainfo
{
    QString type;
    QString id;
    QString metadataLicense;
    QString projectLicense;
    QString name;
    QString summary;
    QString description;
    QString launchable;
    QString homepage;
    QString contentRating;
    QStringList screenshotImages;
    QStringList releaseVersions;
    QStringList releaseDates;
    QStringList binaries;
    QStringList mediatypes;
    QString error;
};

Metainfo readMetainfo(const QString &path)
{
    Metainfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = file.errorString();
        return info;
    }
    static const QStringList kLeaves{
        QStringLiteral("id"), QStringLiteral("metadata_license"), QStringLiteral("project_license"),
        QStringLiteral("name"), QStringLiteral("summary"), QStringLiteral("launchable"), QStringLiteral("url"),
        QStringLiteral("image"), QStringLiteral("binary"), QStringLiteral("mediatype")};
    QXmlStreamReader xml(&file);
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString element = xml.name().toString();
            const QString parent = stack.isEmpty() ? QString() : stack.constLast();
            const bool untranslated = !xml.attributes().hasAttribute(QStringLiteral("xml:lang"));
            stack.append(element);
            if (element == QLatin1String("component")) {
                info.type = xml.attributes().value(QStringLiteral("type")).toString();
            } else if (element == QLatin1String("release")) {
                info.releaseVersions.append(xml.attributes().value(QStringLiteral("version")).toString());
                info.releaseDates.append(xml.attributes().value(QStringLiteral("date")).toString());
            } else if (element == QLatin1String("content_rating")) {
                info.contentRating = xml.attributes().value(QStringLiteral("type")).toString();
            } else if (element == QLatin1String("description") && parent == QLatin1String("component")) {
                // The text of every paragraph and item, flattened.
                QString text;
                int depth = 1;
                while (depth > 0 && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement())
                        ++depth;
                    else if (xml.isEndElement())
                        --depth;
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                info.description = text.simplified();
                stack.removeLast();
            } else if ((parent == QLatin1String("component") || parent == QLatin1String("screenshot")
                        || parent == QLatin1String("provides"))
                       && kLeaves.contains(element)) {
                const bool homepage = element == QLatin1String("url")
                    && xml.attributes().value(QStringLiteral("type")) == QLatin1String("homepage");
                const QString text = xml.readElementText().trimmed();
                stack.removeLast();
                if (element == QLatin1String("id"))
                    info.id = text;
                else if (element == QLatin1String("metadata_license"))
                    info.metadataLicense = text;
                else if (element == QLatin1String("project_license"))
                    info.projectLicense = text;
                else if (element == QLatin1String("name") && untranslated)
                    info.name = text;
                else if (element == QLatin1String("summary") && untranslated)
                    info.summary = text;
                else if (element == QLatin1String("launchable"))
                    info.launchable = text;
                else if (homepage)
                    info.homepage = text;
                else if (element == QLatin1String("image"))
                    info.screenshotImages.append(text);
                else if (element == QLatin1String("binary"))
                    info.binaries.append(text);
                else if (element == QLatin1String("mediatype"))
                    info.mediatypes.append(text);
            }
        } else if (xml.isEndElement() && !stack.isEmpty()) {
            stack.removeLast();
        }
    }
    if (xml.hasError())
        info.error = xml.errorString();
    return info;
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void installsEveryFile_data();
    void installsEveryFile();
    void iconsHaveTheirSizes_data();
    void iconsHaveTheirSizes();
    void scalableIconIsSvg();

    void desktopEntryOpensLessonsFromTheEducationMenu();
    void desktopEntryValidates();
    void metainfoDescribesTheLab();
    void metainfoValidates();
    void mimeTypeRegistersLessonFiles();
    void manPageRendersEveryOption();
    void installedBinaryReportsItsVersion();
    void debianChangelogNamesThisVersion();

    void debianPackageHasComputedDependenciesAndTheFiles();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

    QTemporaryDir m_prefix;
};

void TestInstall::initTestCase()
{
    QVERIFY2(m_prefix.isValid(), qPrintable(m_prefix.errorString()));
    const Run run = runTool(QStringLiteral(RELULAB_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(RELULAB_BUILD_DIR),
                             QStringLiteral("--prefix"), m_prefix.path()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
}

void TestInstall::installsEveryFile_data()
{
    QTest::addColumn<QString>("relative");
    for (const QString &relative : installedFiles())
        QTest::newRow(qPrintable(relative)) << relative;
}

void TestInstall::installsEveryFile()
{
    QFETCH(QString, relative);
    const QFileInfo info(installed(relative));
    QVERIFY2(info.isFile(), qPrintable(relative % QStringLiteral(" is not installed")));
    QVERIFY2(info.size() > 0, qPrintable(relative % QStringLiteral(" is empty")));
    if (relative.startsWith(QLatin1String("bin/")))
        QVERIFY(info.isExecutable());
}

void TestInstall::iconsHaveTheirSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : kIconSizes)
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::iconsHaveTheirSizes()
{
    QFETCH(int, size);
    QImage image;
    QVERIFY2(image.load(installed(iconPath(size)), "PNG"), qPrintable(iconPath(size)));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // A drawn icon: transparent corners around an opaque tile.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

void TestInstall::scalableIconIsSvg()
{
    QFile file(installed(scalableIconPath()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
    QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.w3.org/2000/svg"));
    const QStringList viewBox = xml.attributes().value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
    QCOMPARE(viewBox.size(), 4);
    QCOMPARE(viewBox.at(2), viewBox.at(3)); // square
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestInstall::desktopEntryOpensLessonsFromTheEducationMenu()
{
    const QHash<QString, QString> keys = desktopEntryKeys(readText(installed(desktopPath())));
    QCOMPARE(keys.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(keys.value(QStringLiteral("Name")), QStringLiteral("ReLU Family Lab"));
    QVERIFY(!keys.value(QStringLiteral("Comment")).isEmpty());
    QCOMPARE(keys.value(QStringLiteral("Icon")), kAppId);
    QCOMPARE(keys.value(QStringLiteral("Terminal")), QStringLiteral("false"));

    const QStringList categories = desktopList(keys.value(QStringLiteral("Categories")));
    QVERIFY2(categories.contains(QStringLiteral("Education")), qPrintable(categories.join(u';')));
    QVERIFY2(categories.contains(QStringLiteral("Science")), qPrintable(categories.join(u';')));
    QVERIFY(desktopList(keys.value(QStringLiteral("MimeType"))).contains(kLessonType));

    // The installed binary, given one file: the menu launches it with none, a double click with one.
    const QStringList exec = keys.value(QStringLiteral("Exec")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY(!exec.isEmpty());
    QCOMPARE(exec.constFirst(), QStringLiteral("relu-family-lab"));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/") % exec.constFirst())).isExecutable());
    QCOMPARE(exec.count(QStringLiteral("%f")), 1);
    QCOMPARE(keys.value(QStringLiteral("TryExec")), exec.constFirst());
}

void TestInstall::desktopEntryValidates()
{
    REQUIRE_TOOL(validator, "desktop-file-validate", "desktop-file-utils");
    const Run run = runTool(validator, {installed(desktopPath())});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    // Hints are allowed (Education and Science are both main categories, as the issue asks);
    // errors and warnings are not.
    const QString report = run.out + run.err;
    QVERIFY2(!report.contains(QLatin1String("error:")) && !report.contains(QLatin1String("warning:")),
             qPrintable(report));
}

void TestInstall::metainfoDescribesTheLab()
{
    const Metainfo info = readMetainfo(installed(metainfoPath()));
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QCOMPARE(info.type, QStringLiteral("desktop-application"));
    QCOMPARE(info.id, kAppId);
    QCOMPARE(info.metadataLicense, QStringLiteral("CC0-1.0"));
    QCOMPARE(info.projectLicense, QStringLiteral("GPL-3.0-or-later"));
    QCOMPARE(info.name, QStringLiteral("ReLU Family Lab"));
    QVERIFY(!info.summary.isEmpty());
    QVERIFY2(info.description.size() > 100, qPrintable(info.description));
    QCOMPARE(info.launchable, kAppId % QStringLiteral(".desktop"));
    QVERIFY2(info.homepage.startsWith(QLatin1String("https://")), qPrintable(info.homepage));
    QCOMPARE(info.contentRating, QStringLiteral("oars-1.1"));
    QVERIFY(!info.screenshotImages.isEmpty());
    for (const QString &image : info.screenshotImages)
        QVERIFY2(image.startsWith(QLatin1String("https://")), qPrintable(image));
    QCOMPARE(info.binaries, QStringList{QStringLiteral("relu-family-lab")});
    QCOMPARE(info.mediatypes, QStringList{kLessonType});

    // The newest release is this build's version, with a real date.
    QVERIFY(!info.releaseVersions.isEmpty());
    QCOMPARE(info.releaseVersions.constFirst(), kVersion);
    const QDate date = QDate::fromString(info.releaseDates.constFirst(), Qt::ISODate);
    QVERIFY2(date.isValid() && date.year() >= 2024, qPrintable(info.releaseDates.constFirst()));
}

void TestInstall::metainfoValidates()
{
    REQUIRE_TOOL(appstreamcli, "appstreamcli", "appstream");
    // --strict fails on warnings too; --no-net keeps the check offline (the screenshot and
    // homepage addresses are not fetched).
    const Run file = runTool(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                            QStringLiteral("--strict"), installed(metainfoPath())});
    QVERIFY2(file.exitCode == 0, qPrintable(file.describe()));
    // The installed tree as a whole: metainfo, desktop entry and icon agree.
    const Run tree = runTool(appstreamcli, {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                                            QStringLiteral("--strict"), m_prefix.path()});
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.describe()));
}

void TestInstall::mimeTypeRegistersLessonFiles()
{
    REQUIRE_TOOL(xmllint, "xmllint", "libxml2-utils");
    const Run lint = runTool(xmllint, {QStringLiteral("--noout"), installed(mimePath())});
    QVERIFY2(lint.exitCode == 0, qPrintable(lint.describe()));

    // Build a MIME database from the installed package file alone, as the system trigger does.
    REQUIRE_TOOL(updateMimeDatabase, "update-mime-database", "shared-mime-info");
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    const QString mimeDir = dataDir.filePath(QStringLiteral("mime"));
    QVERIFY(QDir().mkpath(mimeDir % QStringLiteral("/packages")));
    QVERIFY(QFile::copy(installed(mimePath()), mimeDir % QStringLiteral("/packages/") % kAppId % QStringLiteral(".xml")));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataDir.path());
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), dataDir.path());
    const Run update = runTool(updateMimeDatabase, {mimeDir}, environment);
    QVERIFY2(update.exitCode == 0 && update.err.isEmpty(), qPrintable(update.describe()));

    const auto lines = [&mimeDir](const QString &name) {
        return readText(mimeDir % QLatin1Char('/') % name).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    };
    const QStringList globs = lines(QStringLiteral("globs2"));
    QVERIFY2(std::any_of(globs.cbegin(), globs.cend(), [](const QString &line) {
                 return line.endsWith(QLatin1Char(':') % kLessonType % QStringLiteral(":*.relulesson"));
             }), qPrintable(globs.join(u'\n')));
    QVERIFY(lines(QStringLiteral("subclasses")).contains(kLessonType % QStringLiteral(" application/json")));
    QVERIFY(lines(QStringLiteral("icons")).contains(kLessonType % QLatin1Char(':') % kAppId));
    const QString typeFile = readText(mimeDir % QStringLiteral("/application/x-relulab-lesson+json.xml"));
    QVERIFY2(typeFile.contains(QLatin1String("<comment>ReLU Family Lab lesson</comment>")), qPrintable(typeFile));
}

void TestInstall::manPageRendersEveryOption()
{
    REQUIRE_TOOL(man, "man", "man-db");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("400")); // no line breaks inside options
    environment.insert(QStringLiteral("MANPAGER"), QStringLiteral("cat"));
    const Run page = runTool(man, {QStringLiteral("--warnings"), QStringLiteral("--local-file"), installed(manPath())},
                             environment);
    QVERIFY2(page.exitCode == 0 && page.err.isEmpty(), qPrintable(page.describe()));
    for (const char *section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "FILES", "EXAMPLES"})
        QVERIFY2(page.out.contains(QLatin1Char('\n') % QLatin1String(section) % QLatin1Char('\n')), section);
    QVERIFY2(page.out.contains(QStringLiteral("relu-family-lab ") % kVersion), "the version is not filled in");

    // Every option the installed binary offers is documented.
    const Run help = runTool(installed(QStringLiteral("bin/relu-family-lab")), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    static const QRegularExpression optionPattern(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"),
                                                  QRegularExpression::MultilineOption);
    QStringList options;
    for (auto match = optionPattern.globalMatch(help.out); match.hasNext();)
        options.append(match.next().captured(1));
    QVERIFY2(options.size() >= 10, qPrintable(help.out));
    for (const QString &option : std::as_const(options)) {
        // An entry of its own in OPTIONS (a tag line, "-v, --version" or "--probe x"), not the
        // start of a longer option (--help in --help-all).
        const QRegularExpression documented(QStringLiteral("^ {7}(?:-\\w, )?") % QRegularExpression::escape(option)
                                                % QStringLiteral("(?![a-z-])"),
                                            QRegularExpression::MultilineOption);
        QVERIFY2(page.out.contains(documented),
                 qPrintable(option % QStringLiteral(" is not in the man page (packaging/relu-family-lab.1)")));
    }
}

void TestInstall::installedBinaryReportsItsVersion()
{
    const Run run = runTool(installed(QStringLiteral("bin/relu-family-lab")), {QStringLiteral("--version")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.out.trimmed(), QStringLiteral("relu-family-lab ") % kVersion);
}

void TestInstall::debianChangelogNamesThisVersion()
{
    REQUIRE_TOOL(gzip, "gzip", "gzip");
    REQUIRE_TOOL(parseChangelog, "dpkg-parsechangelog", "dpkg-dev");
    const Run text = runTool(gzip, {QStringLiteral("--decompress"), QStringLiteral("--stdout"), installed(changelogPath())});
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile changelog(dir.filePath(QStringLiteral("changelog")));
    QVERIFY(changelog.open(QIODevice::WriteOnly));
    changelog.write(text.out.toUtf8());
    changelog.close();
    const auto field = [&](const char *name) {
        const Run run = runTool(parseChangelog, {QStringLiteral("--file"), changelog.fileName(),
                                                 QStringLiteral("--show-field"), QLatin1String(name)});
        return run.exitCode == 0 && run.err.isEmpty() ? run.out.trimmed() : run.describe();
    };
    QCOMPARE(field("Source"), QStringLiteral("relu-family-lab"));
    QCOMPARE(field("Version"), kVersion % QStringLiteral("-1"));
    // The date is the release date of the metainfo, in the changelog's own form.
    const Metainfo info = readMetainfo(installed(metainfoPath()));
    QVERIFY(!info.releaseDates.isEmpty());
    const QDate released = QDate::fromString(info.releaseDates.constFirst(), Qt::ISODate);
    const QDateTime dated = QDateTime::fromString(field("Date"), Qt::RFC2822Date);
    QVERIFY2(dated.isValid(), qPrintable(field("Date")));
    QCOMPARE(dated.date(), released);
}

void TestInstall::debianPackageHasComputedDependenciesAndTheFiles()
{
    REQUIRE_TOOL(dpkgDeb, "dpkg-deb", "dpkg");
    REQUIRE_TOOL(dpkg, "dpkg", "dpkg");
    REQUIRE_TOOL(shlibdeps, "dpkg-shlibdeps", "dpkg-dev");
    REQUIRE_TOOL(objdump, "objdump", "binutils");

    QTemporaryDir out;
    QVERIFY(out.isValid());
    const Run cpack = runTool(QStringLiteral(RELULAB_CPACK_COMMAND),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out.path(),
                               QStringLiteral("--config"), QStringLiteral(RELULAB_BUILD_DIR "/CPackConfig.cmake")},
                              {}, 280000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.describe()));

    const QString architecture = runTool(dpkg, {QStringLiteral("--print-architecture")}).out.trimmed();
    const QString name = QStringLiteral("relu-family-lab_") % kVersion % QStringLiteral("-1_") % architecture
        % QStringLiteral(".deb");
    const QString deb = out.filePath(name);
    QVERIFY2(QFileInfo::exists(deb), qPrintable(name % QStringLiteral(" not made; cpack said:\n") % cpack.out));

    const auto field = [&](const char *key) {
        return runTool(dpkgDeb, {QStringLiteral("--field"), deb, QLatin1String(key)}).out.trimmed();
    };
    QCOMPARE(field("Package"), QStringLiteral("relu-family-lab"));
    QCOMPARE(field("Version"), kVersion % QStringLiteral("-1"));
    QCOMPARE(field("Architecture"), architecture);
    QCOMPARE(field("Section"), QStringLiteral("education"));
    QVERIFY(field("Maintainer").contains(QLatin1Char('@')));
    QVERIFY(!field("Description").isEmpty());
    QVERIFY(field("Recommends").contains(QLatin1String("qt6-translations-l10n")));

    // Depends comes from dpkg-shlibdeps: a versioned package for every Qt library the binary
    // links, named the Debian way (libQt6Widgets.so.6 is in libqt6widgets6).
    const QString depends = field("Depends");
    const QStringList dependencies = depends.split(QStringLiteral(", "));
    const auto versionedDependency = [&dependencies](const QString &package) {
        return std::any_of(dependencies.cbegin(), dependencies.cend(), [&package](const QString &dependency) {
            return dependency.startsWith(package % QStringLiteral(" (>= "));
        });
    };
    const Run needed = runTool(objdump, {QStringLiteral("-p"), QStringLiteral(RELULAB_BUILD_DIR "/app/relu-family-lab")});
    QCOMPARE(needed.exitCode, 0);
    static const QRegularExpression qtLibrary(QStringLiteral("NEEDED\\s+libQt6(\\w+)\\.so\\.6"));
    QStringList qtPackages;
    for (auto match = qtLibrary.globalMatch(needed.out); match.hasNext();)
        qtPackages.append(QStringLiteral("libqt6") % match.next().captured(1).toLower() % QLatin1Char('6'));
    QVERIFY2(qtPackages.contains(QStringLiteral("libqt6widgets6")), qPrintable(needed.out));
    for (const QString &package : std::as_const(qtPackages))
        QVERIFY2(versionedDependency(package), qPrintable(package % QStringLiteral(" missing from Depends: ") % depends));
    QVERIFY2(versionedDependency(QStringLiteral("libc6")), qPrintable(depends));

    // The same files as an install into /usr, owned by root.
    const Run contents = runTool(dpkgDeb, {QStringLiteral("--contents"), deb});
    QCOMPARE(contents.exitCode, 0);
    for (const QString &relative : installedFiles()) {
        const QString path = QStringLiteral(" ./usr/") % relative;
        QVERIFY2(contents.out.contains(path % QLatin1Char('\n')), qPrintable(relative % QStringLiteral(" not in the package")));
    }
    for (const QString &line : contents.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.contains(QLatin1String(" root/root ")), qPrintable(line));
    QVERIFY(contents.out.contains(QRegularExpression(QStringLiteral("^-rwxr-xr-x root/root .* \\./usr/bin/relu-family-lab$"),
                                                     QRegularExpression::MultilineOption)));

    // The packaged (stripped) binary runs.
    QTemporaryDir unpacked;
    QVERIFY(unpacked.isValid());
    const Run extract = runTool(dpkgDeb, {QStringLiteral("--extract"), deb, unpacked.path()});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.describe()));
    const Run version = runTool(unpacked.filePath(QStringLiteral("usr/bin/relu-family-lab")), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.describe()));
    QCOMPARE(version.out.trimmed(), QStringLiteral("relu-family-lab ") % kVersion);
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
