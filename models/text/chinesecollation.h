// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace Pizhu {

/**
 * The orders Chinese readers expect of titles and outlets, not code point order: by pinyin (the
 * mainland's, and the default) or by stroke count (usual in Taiwan and Hong Kong), from ICU's zh
 * collations, which cover both scripts. A sort key compares byte by byte as the strings compare, so
 * the corpus stores it and lists walk an index of it. Keys depend on the order and the ICU version:
 * version() names both, and keys of another version must be made again.
 */
class ChineseCollation
{
public:
    enum class Order
    {
        Pinyin,
        Stroke,
    };

    /** The sort key of \a text in \a order, never empty (an empty key can stand for none). */
    static QByteArray sortKey(const QString &text, Order order);
    /** The collator's name and version, e.g. "zh-pinyin 153.120.0.0". */
    static QString version(Order order);

    static QString name(Order order); ///< "pinyin", "stroke", as stored
    static std::optional<Order> fromName(const QString &name);
};

} // namespace Pizhu
