// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace Pizhu {

class CorpusDatabase;
class SqlQuery;

/** The body and its simplified shadow, for finding hits without loading the whole article. */
struct ArticleText
{
    QString body;
    QString title;
    Conversion shadow;
};

/**
 * Reads and writes the rows of articles: metadata, texts with their shadow, bylines, set-aside
 * lines and attributes. What is made from an article (its index entries, its entities) is
 * written beside it by the importer, in the same savepoint.
 */
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
     * Stores \a article, which must have its shadow, and sets its id. Call inside a savepoint or
     * transaction: on failure some rows may be written. An article whose content hash is already
     * stored is not stored again: the result is Duplicate and the id is the stored one's.
     */
    InsertResult insert(Article &article);

    std::optional<Article> article(qint64 id) const;
    /** The id of the article with this content hash, or 0. */
    qint64 idForHash(const QString &contentHash) const;
    std::optional<ArticleText> text(qint64 id) const;
    /**
     * The texts of \a ids in one query (a server answers each query after a round trip); an
     * article that is missing or damaged is left out (lastReadFoundDamage(), and errorString()
     * names the last damaged one).
     */
    QHash<qint64, ArticleText> texts(const QList<qint64> &ids) const;
    /** How many articles the corpus holds. */
    int count() const;
    /** Of \a ids, those of articles the corpus holds, in ascending order and each once. */
    QList<qint64> existingIds(const QList<qint64> &ids) const;
    /** Replaces the article's title, date, outlet and bylines (not its index entries). */
    bool setDetails(qint64 id, const ArticleDetails &details);
    /** Deletes the article and everything stored with it (texts, coding, entities; not its index entries). */
    bool remove(qint64 id);

    QString errorString() const { return m_error; }
    /** Whether the last read failed because the stored text no longer matches its checksum. */
    bool lastReadFoundDamage() const { return m_damaged; }

private:
    /** The text of a row of TextColumns (articlestore.cpp), or nothing when the row is damaged. */
    std::optional<ArticleText> textOfRow(qint64 id, const SqlQuery &query) const;
    /** The shadow of a row read, or nothing when the row is damaged (m_damaged, m_error). */
    std::optional<QString> intactShadow(qint64 id, const QString &body, const QVariant &shadowColumn,
                                        const QVariant &changesColumn, const QVariant &checksum) const;
    QVariantList detailValues(const Article &article) const;
    static QVariantList textValues(const Article &article);
    InsertResult insertOnServer(Article &article);
    bool write(const QString &sql, const QVariantList &values);
    bool insertBylines(const Article &article);
    bool insertAsides(const Article &article);
    bool insertAttributes(const Article &article);
    bool readDetails(Article &article) const;

    CorpusDatabase &m_db;
    mutable QString m_error;
    mutable bool m_damaged = false;
};

} // namespace Pizhu
