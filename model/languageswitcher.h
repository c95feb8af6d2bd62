#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace relulab {

class Teaching;

// Switches the whole lab to another language at run time: the interface translation, Qt's own
// dialog translations, number formats (QLocale default) and the teaching text.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(Teaching *teaching, QObject *parent = nullptr);

    // Languages the lab ships, as codes ("en", "de", ...).
    QStringList languages() const;
    // The language's own name, e.g. "Deutsch".
    static QString nativeName(const QString &code);
    bool switchTo(const QString &code);
    QString current() const;

private:
    Teaching *m_teaching = nullptr;
    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
};

} // namespace relulab
