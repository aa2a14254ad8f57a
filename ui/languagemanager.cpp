// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace Pizhu {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString LanguageManager::systemLanguage()
{
    const QLocale locale = QLocale::system();
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                             locale.territory() == QLocale::Taiwan ||
                             locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

void LanguageManager::setLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    m_current = availableLanguages().contains(language) ? language : QStringLiteral("en");
    // English has a translation too: it holds the plural forms of "%n article(s)".
    if (m_appTranslator.load(QStringLiteral(":/i18n/pizhu_%1.qm").arg(m_current)))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (m_current != QLatin1String("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(m_current),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

} // namespace Pizhu
