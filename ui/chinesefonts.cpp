// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesefonts.h"

#include <QApplication>

namespace Pizhu {

ChineseFonts::Forms ChineseFonts::formsFor(ScriptMode mode, Script original)
{
    switch (mode) {
    case ScriptMode::Original:
        // Mixed text is mostly traditional with simplified characters slipped in (scraped pages
        // from Hong Kong and Taiwan), far more often than the other way round.
        return original == Script::Simplified ? Forms::Simplified : Forms::Traditional;
    case ScriptMode::Simplified:
        return Forms::Simplified;
    case ScriptMode::Traditional:
    case ScriptMode::Taiwan:
    case ScriptMode::TaiwanPhrases:
        return Forms::Traditional;
    case ScriptMode::HongKong:
        return Forms::HongKong;
    }
    return Forms::Simplified;
}

ChineseFonts::Forms ChineseFonts::formsForLanguage(const QString &language)
{
    return language == QLatin1String("zh_TW") ? Forms::Traditional : Forms::Simplified;
}

QStringList ChineseFonts::families(Forms forms)
{
    switch (forms) {
    case Forms::Simplified:
        return {QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Source Han Sans SC"),
                QStringLiteral("Source Han Sans CN"),  QStringLiteral("WenQuanYi Zen Hei"),
                QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Serif CJK SC")};
    case Forms::Traditional:
        return {QStringLiteral("Noto Sans CJK TC"), QStringLiteral("Source Han Sans TC"),
                QStringLiteral("Source Han Sans TW"), QStringLiteral("AR PL UMing TW"),
                QStringLiteral("Noto Serif CJK TC")};
    case Forms::HongKong:
        return {QStringLiteral("Noto Sans CJK HK"), QStringLiteral("Source Han Sans HC"),
                QStringLiteral("Source Han Sans HK"), QStringLiteral("AR PL UMing HK"),
                QStringLiteral("Noto Sans CJK TC")};
    }
    return {};
}

namespace {

QStringList ownFamilies(const QFont &font)
{
    return font.families().isEmpty() ? QStringList{font.family()} : font.families();
}

} // namespace

QFont ChineseFonts::chineseFirst(const QFont &base, Forms forms)
{
    QFont font = base;
    font.setFamilies(families(forms) + ownFamilies(base));
    return font;
}

QFont ChineseFonts::chineseBehind(const QFont &base, Forms forms)
{
    QFont font = base;
    font.setFamilies(ownFamilies(base) + families(forms));
    return font;
}

void ChineseFonts::applyToApplication(const QString &language)
{
    // From the platform's font each time, so switching language does not pile up families.
    static const QFont platform = QApplication::font();
    QApplication::setFont(chineseBehind(platform, formsForLanguage(language)));
}

} // namespace Pizhu
