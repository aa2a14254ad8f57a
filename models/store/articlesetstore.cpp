// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesetstore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

namespace Pizhu {

ArticleSetStore::ArticleSetStore(CorpusDatabase &db)
    : m_db(db)
{
}

QList<ArticleSet> ArticleSetStore::read(const QString &where, const QVariantList &values) const
{
    QList<ArticleSet> sets;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT id, name, coder, created,"
                                   " (SELECT count(*) FROM article_set_members WHERE set_id = s.id)"
                                   " FROM article_sets AS s %1 ORDER BY name")
                        .arg(where),
                    values)) {
        m_error = query.errorText();
        return sets;
    }
    while (query.next())
        sets << ArticleSet{query.integer(0), query.text(1), query.text(2), query.text(3),
                           int(query.integer(4))};
    m_error.clear();
    return sets;
}

QList<ArticleSet> ArticleSetStore::all() const
{
    return read({}, {});
}

std::optional<ArticleSet> ArticleSetStore::find(qint64 id) const
{
    const QList<ArticleSet> sets = read(QStringLiteral("WHERE id = ?"), {id});
    return sets.isEmpty() ? std::nullopt : std::optional(sets.constFirst());
}

std::optional<ArticleSet> ArticleSetStore::findByName(const QString &name) const
{
    const QList<ArticleSet> sets = read(QStringLiteral("WHERE name = ?"), {name});
    return sets.isEmpty() ? std::nullopt : std::optional(sets.constFirst());
}

QList<qint64> ArticleSetStore::members(qint64 id) const
{
    QList<qint64> ids;
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("SELECT article_id FROM article_set_members WHERE set_id = ? ORDER BY article_id"),
            {id})) {
        m_error = query.errorText();
        return ids;
    }
    while (query.next())
        ids << query.integer(0);
    return ids;
}

qint64 ArticleSetStore::insert(const ArticleSet &set, const QList<qint64> &articleIds)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("INSERT INTO article_sets (id, name, coder, created) VALUES (?, ?, ?, ?)"
                                   " RETURNING id"),
                    {set.id != 0 ? QVariant(set.id) : QVariant(), set.name, SqlQuery::notNull(set.coder),
                     SqlQuery::notNull(set.created)}) ||
        !query.next()) {
        m_error = query.errorText();
        return 0;
    }
    const qint64 id = query.integer(0);
    query.finish();
    if (!query.prepare(
            QStringLiteral("INSERT INTO article_set_members (set_id, article_id) VALUES (?, ?)"))) {
        m_error = query.errorText();
        return 0;
    }
    for (const qint64 articleId : articleIds) {
        query.bindInteger(0, id);
        query.bindInteger(1, articleId);
        if (!query.exec()) {
            m_error = query.errorText();
            return 0;
        }
    }
    return id;
}

bool ArticleSetStore::remove(qint64 id)
{
    SqlQuery query(m_db.sql());
    // The members go by the foreign key's cascade.
    if (!query.exec(QStringLiteral("DELETE FROM article_sets WHERE id = ?"), {id})) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

} // namespace Pizhu
