// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/textspan.h"

#include <QList>
#include <QString>

namespace Pizhu {

/**
 * Coding that comes from elsewhere (another coder's corpus, a REFI-QDA project) in a form the
 * corpus can take: a codebook by paths, articles (to match, or to create), and each coder's
 * passages, whole-article tags and notes on them. Offsets are code points into the article's
 * body, as Pizhu stores them.
 */
struct CodingPackage
{
    struct PackageTag
    {
        QString path; ///< "Frames/Conflict"
        QString color;
        QString description;
    };
    struct PackageArticle
    {
        /**
         * Title, metadata and paragraphs (the body every offset counts in); its contentHash, when
         * the source is a Pizhu corpus, matches it to the same import here.
         */
        Article article;
        bool create = true; ///< may be created when no article of the corpus matches
    };
    struct PackagePassage
    {
        int article = 0; ///< index into articles
        QString tagPath;
        TextSpan span;
        QString note;
        QString coder;
        QString created;
        QString modified;
    };
    struct PackageArticleTag
    {
        int article = 0;
        QString tagPath;
        QString coder;
        QString created;
    };

    QList<PackageTag> tags;
    QList<PackageArticle> articles;
    QList<PackagePassage> passages;
    QList<PackageArticleTag> articleTags;
    /** What the source held that the corpus cannot take, each with its reason, for the report. */
    QStringList notMapped;
};

} // namespace Pizhu
