// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingest/article.h"

#include <QCoreApplication>
#include <QList>
#include <memory>
#include <optional>

namespace Pizhu {

class CorpusDatabase;
class EntityStore;
class SqlQuery;
class StatementCache;

/** The columns the article list shows, without the body. */
struct ArticleSummary
{
    qint64 id = 0;
    QString title;
    QString published;
    QString outlet;
};

/** Which articles a list shows; the conditions compose (all must hold). */
struct ArticleFilter
{
    QString ftsExpression;    ///< an FTS5 MATCH expression (SearchQuery::ftsExpression()), or empty
    QList<qint64> tagIds;     ///< articles tagged (as a whole or in a passage) with any of these...
    bool withoutTags = false; ///< ...or, if set, with none of them
    QString entityType;       ///< with entityKey: articles that mention this entity ("PER", 李公乐)
    QString entityKey;        ///< the entity's simplified form; empty for no entity condition

    /** The order of the list: by date (newest first by default), title or outlet. */
    enum class SortKey
    {
        Date,
        Title,
        Outlet,
    };
    SortKey sortKey = SortKey::Date;
    bool ascending = false;

    bool isEmpty() const { return ftsExpression.isEmpty() && tagIds.isEmpty() && entityKey.isEmpty(); }
};

/** The body and its simplified shadow, for finding hits without loading the whole article. */
struct ArticleText
{
    QString body;
    QString title;
    Conversion shadow;
};

/** Reads and writes articles (and their bylines) in one corpus. */
class ArticleStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleStore)

public:
    enum class InsertResult
    {
        Inserted,
        Duplicate,
        Failed,
    };

    explicit ArticleStore(CorpusDatabase &db);
    ~ArticleStore();

    /**
     * Stores \a article and sets its id: all of it or, on failure, nothing (a savepoint, so a
     * caller may batch several articles in one Transaction). An article whose content hash is already
     * stored is not stored again: the result is Duplicate and the id is the stored one's.
     */
    InsertResult insert(Article &article);

    std::optional<Article> article(qint64 id) const;
    /** The id of the article with this content hash, or 0. */
    qint64 idForHash(const QString &contentHash) const;
    std::optional<ArticleText> text(qint64 id) const;
    int count(const ArticleFilter &filter = {}) const;
    /** Summaries in list order (newest first, undated last), \a limit rows from \a offset. */
    QList<ArticleSummary> summaries(int offset, int limit, const ArticleFilter &filter = {}) const;

    QString errorString() const { return m_error; }

private:
    StatementCache &statements() const;
    /** Runs a write through the statement cache; nullptr (and errorString()) on failure. */
    const SqlQuery *write(const QString &sql, const QVariantList &values);
    bool insertBylines(const Article &article);
    bool insertAsides(const Article &article);
    bool insertAttributes(const Article &article);
    bool insertEntities(Article &article);
    bool readDetails(Article &article) const;

    CorpusDatabase &m_db;
    mutable std::unique_ptr<StatementCache> m_statements; ///< prepared once, reused for every article
    std::unique_ptr<EntityStore> m_entities;
    mutable QString m_error;
};

} // namespace Pizhu
