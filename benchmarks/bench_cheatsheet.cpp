#include "benchmarks.h"
#include "cheatsheet/cheatsheetexport.h"
#include "labmodel.h"
#include "teaching.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace relulab;

namespace {

// The printable cheat sheet: a whole PDF, every page, written the way File > Export does it.
class CheatSheetBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void cheatSheetPdf_data()
    {
        QTest::addColumn<QString>("family");
        QTest::newRow("relu") << QStringLiteral("relu");
        QTest::newRow("gelu") << QStringLiteral("gelu");
    }

    void cheatSheetPdf()
    {
        QFETCH(QString, family);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
        LabModel model;
        QVERIFY(model.setFamily(family));
        Teaching teaching;
        QString error;
        bool written = false;
        QBENCHMARK {
            written = exportCheatSheetPdf(model, teaching, path, QPageSize(QPageSize::A4), QPageLayout::Portrait, &error);
        }
        QVERIFY2(written, qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 10000);
    }
};

} // namespace

std::unique_ptr<QObject> relulab::bench::makeCheatSheetBenchmark()
{
    return std::make_unique<CheatSheetBenchmark>();
}

#include "bench_cheatsheet.moc"
