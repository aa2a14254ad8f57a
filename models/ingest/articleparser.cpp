// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

namespace Pizhu {

Article ArticleParser::parse(const QString &text)
{
    Article article;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty())
            continue;
        if (article.title.isEmpty())
            article.title = trimmed;
        else
            article.paragraphs.append(trimmed);
    }
    return article;
}

} // namespace Pizhu
