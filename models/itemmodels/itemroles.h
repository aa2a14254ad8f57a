// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Pizhu {

/** Roles shared by Pizhu's item models, so views can ask for ids without knowing the model. */
enum ItemRole
{
    ArticleIdRole = Qt::UserRole + 1, ///< qint64: the corpus id of the article a row stands for
    SnippetRole,        ///< Pizhu::Snippet: the excerpt around a search's hits, for the delegate
    HitCountRole,       ///< int: how often a search's terms occur in the article
    EntityIdRole,       ///< qint64: the stored entity a row stands for (0 for a group row)
    EntityTypeRole,     ///< int: Pizhu::EntityType of the row
    EntityMentionsRole, ///< QList<Pizhu::TextSpan>: the mentions, original offsets
    EntityKeyRole,      ///< QString: the simplified form that groups an entity across articles
    SortRole,           ///< what a column sorts by (a figure's value, a count)
    SpanRole,           ///< Pizhu::TextSpan: the stretch of text a row stands for (empty: the whole article)
    CodingStatusRole,   ///< int: Pizhu::CodingStatus of the article a row stands for
};

} // namespace Pizhu
