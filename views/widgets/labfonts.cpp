#include "widgets/labfonts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>

namespace relulab::fonts {

bool install()
{
    static bool installed = false;
    if (installed)
        return true;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    const QDir folder(QStringLiteral(":/fonts"));
    const QStringList files = folder.entryList(QDir::Files, QDir::Name);
    bool complete = !files.isEmpty();
    for (const QString &file : files)
        complete = QFontDatabase::addApplicationFont(folder.filePath(file)) >= 0 && complete;
    QFont font = QGuiApplication::font();
    font.setFamilies({sansFamily()});
    QGuiApplication::setFont(font);
    installed = true;
    return complete;
}

QString sansFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QString serifFamily()
{
    return QStringLiteral("DejaVu Serif");
}

QString monoFamily()
{
    return QStringLiteral("DejaVu Sans Mono");
}

} // namespace relulab::fonts
