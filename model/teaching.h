#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace relulab {

// The localized teaching text: a folder of JSON files per language in the resources
// (":/teaching/<code>/*.json"), merged and flattened to dotted keys such as
// "families.relu.tagline".
// A key missing from the current language falls back to English.
class Teaching : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)

public:
    static constexpr const char *kFallbackLanguage = "en";

    explicit Teaching(QObject *parent = nullptr);

    QString language() const { return m_language; }
    // Accepts a code such as "de" or "de_AT" (the language part is used). Unknown codes are
    // refused and leave the current language in place.
    bool setLanguage(const QString &code, QString *error = nullptr);

    QString text(const QString &key) const;
    bool contains(const QString &key) const;

    // Codes of the languages that ship teaching text, English first.
    static QStringList availableLanguages();
    // The language to start in for a list of preferred UI languages (QLocale::uiLanguages()).
    static QString bestLanguageFor(const QStringList &preferredLanguages);
    // The flattened text of one language as it is in its files (no fallback); empty on error.
    static QHash<QString, QString> loadLanguageFile(const QString &code, QString *error = nullptr);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language;
    QHash<QString, QString> m_text;
    QHash<QString, QString> m_fallback;
};

} // namespace relulab
