// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesecollation.h"

#include <memory>
#include <unicode/ucol.h>

namespace Pizhu {

namespace {

struct CollatorCloser
{
    void operator()(UCollator *collator) const { ucol_close(collator); }
};
using Collator = std::unique_ptr<UCollator, CollatorCloser>;

Collator open(const char *locale)
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator *opened = ucol_open(locale, &status);
    if (U_FAILURE(status))
        qFatal("ICU has no Chinese collation %s: %s", locale, u_errorName(status));
    return Collator(opened);
}

// A collator may not be used by two threads at once (imports run beside the window): one each.
UCollator *collator(ChineseCollation::Order order)
{
    thread_local const Collator pinyin = open("zh@collation=pinyin");
    thread_local const Collator stroke = open("zh@collation=stroke");
    return order == ChineseCollation::Order::Stroke ? stroke.get() : pinyin.get();
}

} // namespace

QByteArray ChineseCollation::sortKey(const QString &text, Order order)
{
    const auto *utf16 = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(int(text.size()) * 4 + 16, Qt::Uninitialized);
    int length = ucol_getSortKey(collator(order), utf16, int(text.size()),
                                 reinterpret_cast<uint8_t *>(key.data()), int(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(collator(order), utf16, int(text.size()),
                                 reinterpret_cast<uint8_t *>(key.data()), int(key.size()));
    }
    // Without the terminating zero; never empty (even an empty text has level separators), so that
    // an empty key can stand for none.
    key.resize(length > 1 ? length - 1 : 0);
    return key.isEmpty() ? QByteArray(1, '\1') : key;
}

QString ChineseCollation::version(Order order)
{
    UVersionInfo info;
    ucol_getVersion(collator(order), info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return QStringLiteral("zh-%1 %2").arg(name(order), QString::fromLatin1(text));
}

QString ChineseCollation::name(Order order)
{
    return order == Order::Stroke ? QStringLiteral("stroke") : QStringLiteral("pinyin");
}

std::optional<ChineseCollation::Order> ChineseCollation::fromName(const QString &name)
{
    if (name == QLatin1String("pinyin"))
        return Order::Pinyin;
    if (name == QLatin1String("stroke"))
        return Order::Stroke;
    return std::nullopt;
}

} // namespace Pizhu
