#include "languageswitcher.h"

#include "teaching.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relulab {

LanguageSwitcher::LanguageSwitcher(Teaching *teaching, QObject *parent)
    : QObject(parent)
    , m_teaching(teaching)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
}

QStringList LanguageSwitcher::languages() const
{
    return Teaching::availableLanguages();
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    const QLocale locale(code);
    // QLocale("en") is American English; the lab's English is not tied to a country.
    QString name = locale.language() == QLocale::English ? QStringLiteral("English") : locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageSwitcher::current() const
{
    return m_teaching->language();
}

bool LanguageSwitcher::switchTo(const QString &code)
{
    if (!languages().contains(code))
        return false;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    const QLocale locale(code);
    QLocale::setDefault(locale);
    // English is the source language: its file holds only the plural forms ("%n step(s)").
    if (m_appTranslator->load(locale, QStringLiteral("relu-family-lab"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_appTranslator);
    if (code != QLatin1String(Teaching::kFallbackLanguage)) {
        if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    return m_teaching->setLanguage(code);
}

} // namespace relulab
