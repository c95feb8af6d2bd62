#include "mainwindow.h"

#include "labmodel.h"
#include "teaching.h"

#include <QImageWriter>
#include <QLabel>
#include <QPixmap>
#include <QSaveFile>

namespace relulab {

MainWindow::MainWindow(LabModel *model, Teaching *teaching, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_teaching(teaching)
{
    setWindowTitle(tr("ReLU Family Lab"));
    setCentralWidget(new QLabel(m_teaching->text(QStringLiteral("lab.title")), this));
}

bool MainWindow::saveScreenshot(const QString &path, const QSize &size, QString *error)
{
    resize(size);
    setAttribute(Qt::WA_DontShowOnScreen);
    show();
    const QPixmap pixmap = grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    if (!pixmap.save(&file, "PNG") || !file.commit()) {
        *error = tr("writing '%1' failed: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace relulab
