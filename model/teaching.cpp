#include "teaching.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace relulab {
namespace {

QString resourceDirectory(const QString &code)
{
    return QStringLiteral(":/teaching/") % code;
}

void flatten(const QJsonObject &object, const QString &prefix, QHash<QString, QString> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix % QLatin1Char('.') % it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, out);
        else if (it.value().isString())
            out->insert(key, it.value().toString());
    }
}

QString languagePart(const QString &code)
{
    QString language = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return language.toLower();
}

} // namespace

Teaching::Teaching(QObject *parent)
    : QObject(parent)
    , m_language(QString::fromLatin1(kFallbackLanguage))
{
    m_fallback = loadLanguageFile(m_language);
    m_text = m_fallback;
}

bool Teaching::setLanguage(const QString &code, QString *error)
{
    const QString language = languagePart(code);
    if (!availableLanguages().contains(language)) {
        if (error) {
            *error = QStringLiteral("no teaching text for language '%1'; available: %2")
                         .arg(code, availableLanguages().join(QStringLiteral(", ")));
        }
        return false;
    }
    if (language == m_language)
        return true;
    QString loadError;
    QHash<QString, QString> text = loadLanguageFile(language, &loadError);
    if (text.isEmpty()) {
        if (error)
            *error = loadError;
        return false;
    }
    m_text = std::move(text);
    m_language = language;
    emit languageChanged(m_language);
    return true;
}

QString Teaching::text(const QString &key) const
{
    const auto localized = m_text.constFind(key);
    if (localized != m_text.constEnd() && !localized->isEmpty())
        return *localized;
    return m_fallback.value(key);
}

bool Teaching::contains(const QString &key) const
{
    return m_text.contains(key) || m_fallback.contains(key);
}

QStringList Teaching::availableLanguages()
{
    QStringList codes;
    codes = QDir(QStringLiteral(":/teaching")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QString fallback = QString::fromLatin1(kFallbackLanguage);
    codes.removeAll(fallback);
    codes.prepend(fallback);
    return codes;
}

QString Teaching::bestLanguageFor(const QStringList &preferredLanguages)
{
    const QStringList available = availableLanguages();
    for (const QString &preferred : preferredLanguages) {
        const QString language = languagePart(preferred);
        if (available.contains(language))
            return language;
    }
    return QString::fromLatin1(kFallbackLanguage);
}

QHash<QString, QString> Teaching::loadLanguageFile(const QString &code, QString *error)
{
    QHash<QString, QString> text;
    const QDir directory(resourceDirectory(code));
    const QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        if (error)
            *error = QStringLiteral("no teaching text in %1").arg(directory.path());
        return text;
    }
    for (const QString &name : files) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("cannot open %1").arg(file.fileName());
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (error) {
                *error = QStringLiteral("%1: %2 at offset %3")
                             .arg(file.fileName(), parseError.errorString()).arg(parseError.offset);
            }
            return {};
        }
        flatten(document.object(), QString(), &text);
    }
    return text;
}

} // namespace relulab
