#include "cheatsheet/cheatsheetexport.h"
#include "curvesampling.h"
#include "family.h"
#include "labmodel.h"
#include "labsettings.h"
#include "lessondeck.h"
#include "support/labwindow.h"
#include "teaching.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QImage>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstring>

using namespace relulab;

// Damaged input and hostile surroundings: a broken settings file, a full disk, every family at
// the very edges of its parameter ranges.
class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void corruptedSettingsFileFallsBackToDefaults_data();
    void corruptedSettingsFileFallsBackToDefaults();
    void goodEntriesSurviveBesideBadOnes();
    void csvExportToAFullDeviceFails();
    void fullDiskLeavesThePreviousCsvIntact();
    void fullDiskLeavesThePreviousLessonIntact();
    void fullDiskLeavesThePreviousCheatSheetIntact();
    void fullDiskLeavesThePreviousScreenshotIntact();
    void fullDiskLeavesThePreviousScreenshotIntactFromTheMenu();
    void edgeParametersGiveFiniteReadings_data();
    void edgeParametersGiveFiniteReadings();
    void edgeParametersGiveFiniteCsv();
};

namespace {

// A model in its default state, for comparison.
void compareWithDefaults(const LabModel &model)
{
    const LabModel defaults;
    QCOMPARE(model.family(), defaults.family());
    QCOMPARE(model.probe(), defaults.probe());
    QCOMPARE(model.viewMinimum(), defaults.viewMinimum());
    QCOMPARE(model.viewMaximum(), defaults.viewMaximum());
    for (const FamilySpec &spec : FamilyCatalog::all())
        QCOMPARE(model.parameters(spec.id), defaults.parameters(spec.id));
}

// Runs `work` with files limited to `bytes` (RLIMIT_FSIZE), as on a nearly full disk: a write
// past the limit fails with EFBIG. SIGXFSZ is ignored meanwhile so the write fails instead of
// killing the test.
template<typename Work>
void withFileSizeLimit(rlim_t bytes, Work work)
{
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit limited = saved;
    limited.rlim_cur = bytes;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    work();
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
    std::signal(SIGXFSZ, previousHandler);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

void TestRobustness::corruptedSettingsFileFallsBackToDefaults_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(static_cast<char>((i * 7919 + 13) % 256));
    QTest::newRow("binary garbage") << binary;
    QTest::newRow("zero bytes") << QByteArray(512, '\0');
    QTest::newRow("wrong types") << QByteArray(
        "[lab]\n"
        "family=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x10garbage)\n"
        "probe=@Point(1 2)\n"
        "viewMinimum=left\n"
        "viewMaximum=1, 2, 3\n"
        "elu/alpha=@ByteArray(\\xff\\xfe)\n"
        "leaky-relu/slope=@Rect(0 0 1 1)\n"
        "softplus/beta=\n");
    QTest::newRow("not finite") << QByteArray(
        "[lab]\nfamily=gelu\nprobe=nan\nviewMinimum=-inf\nviewMaximum=inf\n"
        "elu/alpha=nan\nleaky-relu/slope=inf\nsoftplus/beta=-inf\ngelu/approximate=nan\n")
        .replace("family=gelu\n", "family=\n");
    QTest::newRow("out of range") << QByteArray(
        "[lab]\nfamily=softsign\nprobe=1e308\nviewMinimum=5\nviewMaximum=-5\n"
        "elu/alpha=1e-300\nleaky-relu/slope=-0.5\nsoftplus/beta=1e6\ngelu/approximate=0.5\n");
    QTest::newRow("truncated section") << QByteArray("[lab\nfamily=elu\nprobe=-2");
    QTest::newRow("huge line") << QByteArray("[lab]\nprobe=") + QByteArray(200000, '9') + "\n";
}

void TestRobustness::corruptedSettingsFileFallsBackToDefaults()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ReLU Family Lab.conf"));
    QVERIFY(writeFile(path, content));

    QSettings settings(path, QSettings::IniFormat);
    LabModel model;
    QString notice;
    restoreLabState(&model, settings, &notice);
    compareWithDefaults(model);
    QVERIFY2(!notice.isEmpty(), "a broken settings file must be reported");
    QCOMPARE(readAll(path), content); // restoring never rewrites the user's file
}

void TestRobustness::goodEntriesSurviveBesideBadOnes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.conf"));
    QVERIFY(writeFile(path, "[lab]\nfamily=elu\nprobe=lots\nelu/alpha=0.5\nsoftplus/beta=@Point(1 2)\n"));
    QSettings settings(path, QSettings::IniFormat);
    LabModel model;
    QString notice;
    restoreLabState(&model, settings, &notice);
    QCOMPARE(model.family(), QStringLiteral("elu"));
    QCOMPARE(model.parameter(QStringLiteral("elu"), QStringLiteral("alpha")), 0.5);
    QCOMPARE(model.probe(), LabModel().probe());
    QCOMPARE(model.parameter(QStringLiteral("softplus"), QStringLiteral("beta")), 1.0);
    QVERIFY(notice.contains(QStringLiteral("probe")));
    QVERIFY(notice.contains(QStringLiteral("softplus/beta")));
}

void TestRobustness::csvExportToAFullDeviceFails()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QFAIL("this test needs /dev/full (Linux)");
    QProcess app;
    app.start(qEnvironmentVariable("RELULAB_APP"),
              {QStringLiteral("--export-csv"), QStringLiteral("/dev/full"), QStringLiteral("--family"),
               QStringLiteral("all"), QStringLiteral("--samples"), QStringLiteral("20000")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    // The file could be opened; the write failed: a failure (1), not a usage error (2).
    QCOMPARE(app.exitCode(), 1);
    const QString message = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("/dev/full")), qPrintable(message));
}

void TestRobustness::fullDiskLeavesThePreviousCsvIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    const QByteArray previous = "family,x,output,slope\nrelu,1,1,1\n";
    QVERIFY(writeFile(path, previous));

    // The child inherits an ignored SIGXFSZ and a 64 KiB file size limit from the shell.
    QProcess app;
    app.start(QStringLiteral("/bin/sh"),
              {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\""),
               qEnvironmentVariable("RELULAB_APP"), QStringLiteral("--export-csv"), path,
               QStringLiteral("--family"), QStringLiteral("all"), QStringLiteral("--samples"), QStringLiteral("20000")});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 1);
    const QString message = QString::fromUtf8(app.readAllStandardError());
    QVERIFY2(message.contains(QStringLiteral("curves.csv")), qPrintable(message));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("curves.csv")});
}

void TestRobustness::fullDiskLeavesThePreviousLessonIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("class.relulesson"));
    LessonDeck small;
    small.steps.append(LessonDeck::builtIn().steps.constFirst());
    QString error;
    QVERIFY2(saveLessonDeck(small, path, &error), qPrintable(error));
    const QByteArray previous = readAll(path);
    QVERIFY(previous.size() < 4096);

    LessonDeck large;
    QVERIFY2(loadLessonDeck(QString::fromLatin1(lessonformat::kSampleResource), &large, &error), qPrintable(error));
    QVERIFY(lessonDeckToJson(large).size() > 8192);
    bool saved = true;
    withFileSizeLimit(4096, [&] { saved = saveLessonDeck(large, path, &error); });
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("class.relulesson")), qPrintable(error));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("class.relulesson")});
}

void TestRobustness::fullDiskLeavesThePreviousCheatSheetIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    const QByteArray previous = "%PDF-1.4 an older handout\n";
    QVERIFY(writeFile(path, previous));
    LabModel model;
    Teaching teaching;
    QString error;
    bool written = true;
    withFileSizeLimit(16 * 1024, [&] {
        written = exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error);
    });
    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("sheet.pdf")), qPrintable(error));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("sheet.pdf")});

    // Without the limit the same export works, so the failure above was the full disk's.
    QVERIFY2(exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error),
             qPrintable(error));
    QVERIFY(readAll(path).size() > 16 * 1024);
}

void TestRobustness::fullDiskLeavesThePreviousScreenshotIntact()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    const QByteArray previous = "\x89PNG an older screenshot\n";
    QVERIFY(writeFile(path, previous));
    testsupport::LabWindow lab;
    QString error;
    bool saved = true;
    withFileSizeLimit(64 * 1024, [&] { saved = lab.window.saveScreenshot(path, QSize(1366, 768), false, &error); });
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("shot.png")), qPrintable(error));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shot.png")});

    // Without the limit the same screenshot is saved, so the failure above was the full disk's.
    QVERIFY2(lab.window.saveScreenshot(path, QSize(1366, 768), false, &error), qPrintable(error));
    QVERIFY(readAll(path).size() > 64 * 1024);
    QCOMPARE(QImage(path).size(), QSize(1366, 768));
}

// File › Save screenshot as PNG…, answered as a user would: the file name, "replace it", and the
// warning that follows.
void TestRobustness::fullDiskLeavesThePreviousScreenshotIntactFromTheMenu()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("menu.png"));
    const QByteArray previous = "\x89PNG an older screenshot\n";
    QVERIFY(writeFile(path, previous));
    testsupport::LabWindow lab;
    lab.window.resize(1366, 768);
    QAction *save = lab.window.findChild<QAction *>(QStringLiteral("saveScreenshot"));
    QVERIFY(save);

    QString warning;
    bool named = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal); dialog && !named) {
            named = true;
            dialog->selectFile(path); // the folder
            // selectFile() leaves the name box alone while it has the keyboard focus (which depends
            // on timing): type the name there, as a user does.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            name->setText(QFileInfo(path).fileName());
            // Queued: accepting asks "replace it?" in a loop of its own, where this timer, still
            // inside its slot, would never fire again.
            QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); });
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (QAbstractButton *yes = box->button(QMessageBox::Yes)) {
                yes->click(); // replace the existing file
            } else {
                warning = box->text();
                box->accept();
                answer.stop();
            }
        }
    });
    answer.start();
    withFileSizeLimit(64 * 1024, [&] { save->trigger(); });
    answer.stop();
    QVERIFY2(warning.contains(QStringLiteral("menu.png")), qPrintable(warning));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("menu.png")});
}

void TestRobustness::edgeParametersGiveFiniteReadings_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<ParameterValues>("values");
    for (const FamilySpec &spec : FamilyCatalog::all()) {
        // Every corner of the parameter box: each parameter at its minimum or maximum.
        const int corners = 1 << spec.parameters.size();
        for (int corner = 0; corner < corners; ++corner) {
            ParameterValues values;
            QStringList name{spec.id};
            for (int i = 0; i < spec.parameters.size(); ++i) {
                const ParameterSpec &parameter = spec.parameters[i];
                const bool high = corner & (1 << i);
                values.append(high ? parameter.maximum : parameter.minimum);
                name.append(parameter.name % QLatin1Char('=') % QString::number(values.constLast()));
            }
            QTest::newRow(qPrintable(name.join(QLatin1Char(' ')))) << spec.id << values;
        }
    }
}

void TestRobustness::edgeParametersGiveFiniteReadings()
{
    QFETCH(QString, family);
    QFETCH(ParameterValues, values);
    LabModel model;
    const FamilySpec *spec = FamilyCatalog::find(family);
    QVERIFY(spec);
    for (int i = 0; i < spec->parameters.size(); ++i) {
        QString error;
        QVERIFY2(model.setParameter(family, spec->parameters[i].name, values[i], &error), qPrintable(error));
    }
    QVERIFY(model.setFamily(family));

    // A dense grid over the whole probe range, plus the points where the math switches form.
    QList<double> xs = evenlySpaced(-LabModel::kProbeLimit, LabModel::kProbeLimit, 200001);
    xs << 0.0 << -0.0 << 5e-324 << -5e-324 << 1e-300 << -1e-300 << -0.7517915246935645 << -8.0 << -38.6
       << -40.0 << -745.0 << std::nextafter(-LabModel::kProbeLimit, 0.0) << std::nextafter(LabModel::kProbeLimit, 0.0);
    for (const double x : xs) {
        const Reading reading = model.readingAt(family, x);
        if (!std::isfinite(reading.output) || !std::isfinite(reading.slope)) {
            QFAIL(qPrintable(QStringLiteral("%1 at x = %2: output %3, slope %4")
                                 .arg(family).arg(x, 0, 'g', 17).arg(reading.output).arg(reading.slope)));
        }
    }
    // The probe itself, at both ends.
    for (const double x : {-LabModel::kProbeLimit, LabModel::kProbeLimit}) {
        QVERIFY(model.setProbe(x));
        QVERIFY(std::isfinite(model.output()));
        QVERIFY(std::isfinite(model.slope()));
    }
}

void TestRobustness::edgeParametersGiveFiniteCsv()
{
    // The exported curves, every family at its parameters' maxima and then minima: no "nan" or
    // "inf" in any row.
    for (const bool high : {false, true}) {
        LabModel model;
        QStringList families;
        for (const FamilySpec &spec : FamilyCatalog::all()) {
            families.append(spec.id);
            for (const ParameterSpec &parameter : spec.parameters)
                QVERIFY(model.setParameter(spec.id, parameter.name, high ? parameter.maximum : parameter.minimum));
        }
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeCurvesCsv(model, families, evenlySpaced(-LabModel::kProbeLimit, LabModel::kProbeLimit, 4001), &buffer));
        const QByteArray csv = buffer.data().toLower();
        QVERIFY(csv.count('\n') > 4000 * families.size());
        QVERIFY(!csv.contains("nan"));
        QVERIFY(!csv.contains("inf"));
    }
}

QTEST_MAIN(TestRobustness) // the cheat sheet needs fonts, so a GUI application
#include "tst_robustness.moc"
