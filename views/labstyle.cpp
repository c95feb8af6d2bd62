#include "labstyle.h"

#include <QApplication>
#include <QFile>

namespace relulab {

void applyLabStyle(QApplication *app)
{
    QFile file(QStringLiteral(":/style/lab.qss"));
    if (file.open(QIODevice::ReadOnly))
        app->setStyleSheet(QString::fromUtf8(file.readAll()));
}

} // namespace relulab
