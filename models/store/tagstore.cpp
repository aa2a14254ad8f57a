// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

#include <functional>

namespace Pizhu {

namespace {

QVariant parentValue(qint64 parentId)
{
    return parentId == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(parentId);
}

Tag tagFrom(const SqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),   query.value(5).toInt()};
}

} // namespace

TagStore::TagStore(CorpusDatabase &db)
    : m_db(db)
{
}

QList<Tag> TagStore::all() const
{
    QList<Tag> flat;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT id, parent_id, name, color, description, position FROM tags"
                                   " ORDER BY position, name"))) {
        m_error = query.errorText();
        return flat;
    }
    while (query.next())
        flat.append(tagFrom(query));
    // Parents before children: a depth-first walk from the roots.
    QList<Tag> ordered;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const Tag &tag : std::as_const(flat)) {
            if (tag.parentId == parent) {
                ordered.append(tag);
                walk(tag.id);
            }
        }
    };
    walk(0);
    return ordered;
}

std::optional<Tag> TagStore::tag(qint64 id) const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("SELECT id, parent_id, name, color, description, position FROM tags WHERE id = ?"),
            {id}) ||
        !query.next())
        return std::nullopt;
    return tagFrom(query);
}

QString TagStore::path(qint64 id) const
{
    QStringList parts;
    for (std::optional<Tag> t = tag(id); t; t = t->parentId ? tag(t->parentId) : std::nullopt)
        parts.prepend(t->name);
    return parts.join(QLatin1Char('/'));
}

qint64 TagStore::idForPath(const QString &path) const
{
    qint64 parent = 0;
    SqlQuery query(m_db.sql());
    for (const QString &name : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!query.exec(QStringLiteral("SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ?"),
                        {parent, name.trimmed()}) ||
            !query.next())
            return 0;
        parent = query.value(0).toLongLong();
    }
    return parent;
}

QList<qint64> TagStore::subtree(qint64 id) const
{
    QList<qint64> ids;
    SqlQuery query(m_db.sql());
    if (query.exec(
            QStringLiteral(
                "WITH RECURSIVE below(id) AS (SELECT ? UNION ALL"
                " SELECT t.id FROM tags AS t JOIN below ON t.parent_id = below.id) SELECT id FROM below"),
            {id})) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QHash<qint64, TagCounts> TagStore::counts(const QList<qint64> &tagIds, const QStringList &coders) const
{
    QHash<qint64, TagCounts> counts;
    QStringList conditions;
    QVariantList values;
    if (!tagIds.isEmpty()) {
        conditions << QStringLiteral("tag_id IN (%1)").arg(SqlQuery::idList(tagIds));
    }
    if (!coders.isEmpty()) {
        conditions << QStringLiteral("coder IN (%1)")
                          .arg(QStringList(coders.size(), QStringLiteral("?")).join(u','));
        for (const QString &coder : coders)
            values << coder;
    }
    const QString only = conditions.isEmpty()
                             ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT tag_id, count(DISTINCT article_id), sum(passages) FROM ("
                                   " SELECT tag_id, article_id, 0 AS passages FROM article_tags%1"
                                   " UNION ALL SELECT tag_id, article_id, 1 FROM annotations%1)"
                                   " GROUP BY tag_id")
                        .arg(only),
                    values + values)) {
        m_error = query.errorText();
        return counts;
    }
    while (query.next())
        counts.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toInt()});
    return counts;
}

qint64 TagStore::ensurePath(const QString &path, const QString &color, const QString &description,
                            QList<qint64> *created)
{
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    qint64 parent = 0;
    QStringList done;
    for (qsizetype level = 0; level < names.size(); ++level) {
        done << names.at(level).trimmed();
        qint64 id = idForPath(done.join(QLatin1Char('/')));
        if (!id) {
            const bool last = level == names.size() - 1;
            Tag tag;
            tag.parentId = parent;
            tag.name = done.constLast();
            tag.position = nextPosition(parent);
            tag.color = last && !color.isEmpty() ? color : nextColor();
            tag.description = last ? description : QString();
            if (!insert(tag))
                return 0;
            id = tag.id;
            if (created)
                created->append(id);
        }
        parent = id;
    }
    return parent;
}

bool TagStore::insert(Tag &tag)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("INSERT INTO tags (id, parent_id, name, color, description, position)"
                                   " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                    {tag.id ? QVariant(tag.id) : QVariant(), parentValue(tag.parentId), tag.name, tag.color,
                     SqlQuery::notNull(tag.description), tag.position}) ||
        !query.next()) {
        m_error = query.errorText();
        return false;
    }
    tag.id = query.integer(0);
    return true;
}

bool TagStore::update(const Tag &tag, const Tag &expected)
{
    // Only while the tag is as this window last read it: a change made meanwhile elsewhere (a
    // second lead on a team corpus, another Pizhu on the file) is never overwritten unseen. Its
    // position is left out, as moving a sibling renumbers it.
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral(
                "UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ?, position = ?"
                " WHERE id = ? AND coalesce(parent_id, 0) = ? AND name = ? AND coalesce(color, '') = ?"
                " AND coalesce(description, '') = ?"),
            {parentValue(tag.parentId), tag.name, tag.color, SqlQuery::notNull(tag.description), tag.position,
             tag.id, expected.parentId, expected.name, SqlQuery::notNull(expected.color),
             SqlQuery::notNull(expected.description)})) {
        m_error = query.errorText();
        return false;
    }
    if (query.numRowsAffected() == 1)
        return true;
    const QString now = path(tag.id);
    m_error = now.isEmpty() ? tr("there is no tag %1").arg(tag.id)
                            : tr("the tag “%1” was changed elsewhere meanwhile (it is now “%2”): look at it "
                                 "again, then change it")
                                  .arg(expected.name, now);
    return false;
}

bool TagStore::remove(qint64 id)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("DELETE FROM tags WHERE id = ?"), {id})) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

QStringList TagStore::palette()
{
    // Twelve hues that stay apart from each other and readable under black text.
    return {QStringLiteral("#e6194b"), QStringLiteral("#3cb44b"), QStringLiteral("#ffe119"),
            QStringLiteral("#4363d8"), QStringLiteral("#f58231"), QStringLiteral("#911eb4"),
            QStringLiteral("#42d4f4"), QStringLiteral("#f032e6"), QStringLiteral("#bfef45"),
            QStringLiteral("#fabed4"), QStringLiteral("#469990"), QStringLiteral("#dcbeff")};
}

QString TagStore::nextColor() const
{
    SqlQuery query(m_db.sql());
    const int used =
        query.exec(QStringLiteral("SELECT count(*) FROM tags")) && query.next() ? query.value(0).toInt() : 0;
    return palette().at(used % palette().size());
}

int TagStore::nextPosition(qint64 parentId) const
{
    SqlQuery query(m_db.sql());
    return query.exec(QStringLiteral(
                          "SELECT coalesce(max(position) + 1, 0) FROM tags WHERE coalesce(parent_id, 0) = ?"),
                      {parentId}) &&
                   query.next()
               ? query.value(0).toInt()
               : 0;
}

} // namespace Pizhu
