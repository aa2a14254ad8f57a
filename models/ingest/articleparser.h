// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"

namespace Pizhu {

/** Turns the decoded text of one scraped page into an Article. */
class ArticleParser
{
public:
    /** The first non-empty line is the title, every further non-empty line a paragraph. */
    static Article parse(const QString &text);
};

} // namespace Pizhu
