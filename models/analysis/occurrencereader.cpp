// SPDX-License-Identifier: GPL-3.0-or-later
#include "occurrencereader.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

#include <QHash>
#include <algorithm>

namespace Pizhu {

OccurrenceReader::OccurrenceReader(CorpusDatabase &db, std::optional<QSet<qint64>> scope)
    : m_db(db)
    , m_scope(std::move(scope))
{
}

std::vector<OccurrenceReader::Named> OccurrenceReader::frequentEntities(const QString &type, int limit)
{
    std::vector<Named> found;
    SqlQuery query(m_db.sql());
    if (!m_scope) {
        // The running totals know the answer for the whole corpus.
        if (!query.exec(QStringLiteral("SELECT key, name FROM entity_totals WHERE type = ?"
                                       " ORDER BY articles DESC, key LIMIT ?"),
                        {type, limit})) {
            m_error = query.errorText();
            return {};
        }
        while (query.next())
            found.push_back({query.text(0), query.text(1)});
        return found;
    }
    // Within a scope they are counted again, from the index of keys and articles.
    if (!query.exec(
            QStringLiteral("SELECT key, article_id FROM entities WHERE type = ? AND status <> 'rejected'"),
            {type})) {
        m_error = query.errorText();
        return {};
    }
    QHash<QString, int> articles;
    while (query.next()) {
        if (inScope(query.integer(1)))
            ++articles[query.text(0)];
    }
    query.finish();
    // An entity merged into another counts no more, as in the whole corpus's totals; the index of
    // keys does not hold merged_into, so the merged (few, by their own index) are taken off.
    if (!query.exec(QStringLiteral("SELECT key, article_id FROM entities WHERE merged_into IS NOT NULL"
                                   " AND type = ? AND status <> 'rejected'"),
                    {type})) {
        m_error = query.errorText();
        return {};
    }
    while (query.next()) {
        const auto counted = articles.find(query.text(0));
        if (inScope(query.integer(1)) && counted != articles.end() && --*counted == 0)
            articles.erase(counted);
    }
    query.finish();
    QList<QString> keys = articles.keys();
    std::sort(keys.begin(), keys.end(), [&articles](const QString &a, const QString &b) {
        return articles.value(a) != articles.value(b) ? articles.value(a) > articles.value(b) : a < b;
    });
    keys = keys.mid(0, limit);
    for (const QString &key : std::as_const(keys)) {
        if (!query.exec(QStringLiteral("SELECT name FROM entity_totals WHERE type = ? AND key = ?"),
                        {type, key})) {
            m_error = query.errorText();
            return {};
        }
        found.push_back({key, query.next() ? query.text(0) : key});
    }
    return found;
}

bool OccurrenceReader::read(const QString &sql, const QVariantList &values, int columns,
                            std::vector<Occurrence> *into, const QSet<qint64> &leftOut)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(sql, values)) {
        m_error = query.errorText();
        return false;
    }
    // Columns: the article, then (with 3 or more) the span, then (with 2 or 4) the entity's id.
    const bool spans = columns >= 3;
    const int idColumn = columns % 2 == 0 ? columns - 1 : -1;
    while (query.next()) {
        const qint64 article = query.integer(0);
        if (!inScope(article) || (idColumn >= 0 && leftOut.contains(query.integer(idColumn))))
            continue;
        Occurrence occurrence{article};
        if (spans) {
            occurrence.start = int(query.integer(1));
            occurrence.end = int(query.integer(2));
        }
        into->push_back(occurrence);
    }
    return true;
}

QSet<qint64> OccurrenceReader::mergedAway(const QString &type, const QString &key)
{
    if (!m_hasMerges) {
        SqlQuery query(m_db.sql());
        m_hasMerges =
            query.exec(QStringLiteral("SELECT 1 FROM entities WHERE merged_into IS NOT NULL LIMIT 1")) &&
            query.next();
    }
    QSet<qint64> ids;
    if (!*m_hasMerges)
        return ids;
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("SELECT id FROM entities WHERE merged_into IS NOT NULL AND type = ? AND key = ?"),
            {type, key})) {
        m_error = query.errorText();
        return ids;
    }
    while (query.next())
        ids.insert(query.integer(0));
    return ids;
}

std::vector<Occurrence> OccurrenceReader::entity(const QString &type, const QString &key, bool mentions)
{
    // The index of keys holds the article and the id, not merged_into: a variant merged into
    // another entity (张傑 into 张杰) is left out by its id, and merges are few.
    const QSet<qint64> merged = mergedAway(type, key);
    std::vector<Occurrence> found;
    if (!mentions) {
        read(QStringLiteral(
                 "SELECT article_id, id FROM entities WHERE type = ? AND key = ? AND status <> 'rejected'"),
             {type, key}, 2, &found, merged);
        return found;
    }
    if (!read(QStringLiteral("SELECT e.article_id, m.start, m.\"end\", e.id FROM entities e"
                             " JOIN entity_mentions m ON m.entity_id = e.id"
                             " WHERE e.type = ? AND e.key = ? AND e.status <> 'rejected'"),
              {type, key}, 4, &found, merged))
        return {};
    // A variant merged into this entity is mentioned where it is.
    if (*m_hasMerges &&
        !read(QStringLiteral(
                  "SELECT v.article_id, m.start, m.\"end\" FROM entities e"
                  " JOIN entities v ON v.merged_into = e.id JOIN entity_mentions m ON m.entity_id = v.id"
                  " WHERE e.type = ? AND e.key = ? AND e.status <> 'rejected' AND v.status <> 'rejected'"),
              {type, key}, 3, &found))
        return {};
    return found;
}

std::vector<Occurrence> OccurrenceReader::tag(qint64 tagId, bool spans)
{
    std::vector<Occurrence> found;
    if (!spans) {
        read(QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id = ?1"
                            " UNION SELECT article_id FROM annotations WHERE tag_id = ?1"),
             {tagId}, 1, &found);
        return found;
    }
    // A tag on a whole article is in no paragraph more than another: only passages are placed.
    read(QStringLiteral("SELECT article_id, start, \"end\" FROM annotations WHERE tag_id = ?"), {tagId}, 3,
         &found);
    return found;
}

} // namespace Pizhu
