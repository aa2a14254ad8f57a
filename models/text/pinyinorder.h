// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Pizhu {

/**
 * The order Chinese readers expect of titles and outlets: by pinyin (ICU's zh collation, which
 * covers traditional characters as well), not by code point. A sort key compares byte by byte as
 * the strings compare, so the corpus stores it and lists walk an index of it. Keys depend on the
 * ICU version: version() names it, and keys made by another must be made again.
 */
class PinyinOrder
{
public:
    /** The sort key of \a text, never empty (an empty key can stand for none). */
    static QByteArray sortKey(const QString &text);
    /** The collator's version, e.g. "zh-pinyin 153.120.0.0"; keys of different versions do not mix. */
    static QString version();
};

} // namespace Pizhu
