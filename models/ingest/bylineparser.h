// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <optional>

namespace Pizhu {

/**
 * Reads the people a news page credits, in the forms Chinese outlets use:
 * "记者 尚丽娟", "通讯员闫文婧、贾光斌", "田桂雲 王永平 康會起", "许小燕 文/图",
 * "河南日报客户端记者 卢松 通讯员 赵君明 陆梦娇". A role applies to the names after it; a role
 * after the last name ("文/图") applies to the names before it.
 */
class BylineParser
{
public:
    /**
     * The bylines in \a credit, or nothing when the text is not a credit: every part must be a
     * role or a name, and there must be at least one name.
     */
    static std::optional<QList<Byline>> parse(const QString &credit);

    /** Like parse(), for a line standing on its own: only a credit that names a role counts. */
    static std::optional<QList<Byline>> parseLine(const QString &line);

    /** Whether \a token looks like a personal name: a surname and one or two Hanzi, or a name with '·'. */
    static bool isNameLike(QStringView token);

    /** The role word \a token ends with ("河南日报客户端记者" → "记者"), or empty. */
    static QString roleIn(QStringView token, qsizetype *roleStart = nullptr);
};

} // namespace Pizhu
