// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/entity.h"
#include "search/searchindex.h"
#include "store/articlerows.h"
#include "store/articlestore.h"
#include "store/entityrulestore.h"
#include "store/sqlerror.h"

#include <QList>

namespace Pizhu {

class CorpusDatabase;
class EntityExtractor;

/** An article with what is made from it before it is stored: its shadow and its entities. */
struct PreparedArticle
{
    Article article; ///< with its shadow
    QList<ExtractedEntity> entities;
};

/**
 * Stores an article with everything made from it (its rows and texts, its search index entries,
 * its entities) in one savepoint: all of it or, on failure, nothing. The importer's one write
 * step; prepare() is the part that needs no database, so it can run on another thread.
 */
class ArticleWriter
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleWriter)

public:
    explicit ArticleWriter(CorpusDatabase &db);

    /**
     * Makes the shadow (unless the article has one) and extracts the entities with \a extractor
     * (the corpus's: CorpusEntityModel). Thread-safe.
     */
    static PreparedArticle prepare(Article article, const EntityExtractor &extractor);

    /** Stores \a prepared and sets its article's id; see ArticleStore::insert for duplicates. */
    ArticleStore::InsertResult write(PreparedArticle &prepared);
    /** The corpus's extractor (CorpusEntityModel), loaded on first use. */
    const EntityExtractor &extractor();
    /** Prepares \a article with extractor(), stores it and sets its id. */
    ArticleStore::InsertResult write(Article &article);
    /** Deletes the article with its index entries and everything stored with it, in one savepoint. */
    bool remove(qint64 articleId);
    /** Replaces the article's title, date, outlet and bylines, and its title in the search index. */
    bool setDetails(qint64 articleId, const ArticleDetails &details);
    /** Puts back articles read before they were removed, with their search index entries. */
    bool restore(const ArticleRows &rows);

    /** Makes the next write ask again for the corpus's rules, as an import does at each batch. */
    void rulesMayHaveChanged() { m_rules.rulesMayHaveChanged(); }

    QString errorString() const { return m_error; }
    /** The engine's error behind the last failure, taken before the savepoint was rolled back. */
    SqlError error() const { return m_sqlError; }

private:
    /** Whether the article's entries are in the search index (older corpora fill it in the background). */
    bool isIndexed(qint64 articleId) const;

    CorpusDatabase &m_db;
    ArticleStore m_articles;
    SearchIndex m_index;
    EntityStore m_entities;
    EntityRuleStore m_rules;
    std::shared_ptr<const EntityExtractor> m_extractor; ///< see extractor()
    QString m_error;
    SqlError m_sqlError;
};

} // namespace Pizhu
