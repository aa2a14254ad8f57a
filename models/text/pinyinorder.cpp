// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinyinorder.h"

#include <memory>
#include <unicode/ucol.h>

namespace Pizhu {

namespace {

struct CollatorCloser
{
    void operator()(UCollator *collator) const { ucol_close(collator); }
};

// A collator may not be used by two threads at once (imports run beside the window): one each.
UCollator *collator()
{
    thread_local const std::unique_ptr<UCollator, CollatorCloser> pinyin = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *opened = ucol_open("zh@collation=pinyin", &status);
        if (U_FAILURE(status))
            qFatal("ICU has no Chinese collation: %s", u_errorName(status));
        return std::unique_ptr<UCollator, CollatorCloser>(opened);
    }();
    return pinyin.get();
}

} // namespace

QByteArray PinyinOrder::sortKey(const QString &text)
{
    const auto *utf16 = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(int(text.size()) * 4 + 16, Qt::Uninitialized);
    int length = ucol_getSortKey(collator(), utf16, int(text.size()), reinterpret_cast<uint8_t *>(key.data()),
                                 int(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(collator(), utf16, int(text.size()), reinterpret_cast<uint8_t *>(key.data()),
                                 int(key.size()));
    }
    // Without the terminating zero; never empty (even an empty text has level separators), so that
    // an empty key can stand for none.
    key.resize(length > 1 ? length - 1 : 0);
    return key.isEmpty() ? QByteArray(1, '\1') : key;
}

QString PinyinOrder::version()
{
    UVersionInfo info;
    ucol_getVersion(collator(), info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return QStringLiteral("zh-pinyin ") + QString::fromLatin1(text);
}

} // namespace Pizhu
