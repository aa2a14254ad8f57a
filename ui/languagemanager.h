// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Pizhu {

/**
 * Installs the translators for Pizhu's UI language: English (the source), 简体中文 (zh_CN) or
 * 繁體中文 (zh_TW). Widgets re-translate themselves on QEvent::LanguageChange.
 */
class LanguageManager
{
public:
    static LanguageManager &instance();

    /** The languages Pizhu ships, as locale names ("en", "zh_CN", "zh_TW"). */
    static QStringList availableLanguages();

    /** The shipped language closest to the system locale (zh_HK and Hant map to zh_TW). */
    static QString systemLanguage();

    void applySystemLanguage() { setLanguage(systemLanguage()); }

    /** Switches to \a language, one of availableLanguages(); other values mean English. */
    void setLanguage(const QString &language);
    QString currentLanguage() const { return m_current; }

private:
    LanguageManager() = default;

    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_current = QStringLiteral("en");
};

} // namespace Pizhu
