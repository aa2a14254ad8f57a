// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

namespace {

const QString Columns =
    QStringLiteral("id, article_id, type, name, key, role, value, unit, approx, counts, status, merged_into");

StoredEntity readEntity(const SqlQuery &query)
{
    StoredEntity entity;
    entity.id = query.value(0).toLongLong();
    entity.articleId = query.value(1).toLongLong();
    entity.type = entityTypeFromCode(query.value(2).toString()).value_or(EntityType::Person);
    entity.name = query.value(3).toString();
    entity.key = query.value(4).toString();
    entity.role = query.value(5).toString();
    if (!query.value(6).isNull())
        entity.value = query.value(6).toDouble();
    entity.unit = query.value(7).toString();
    entity.approx = query.value(8).toString();
    entity.counts = query.value(9).toString();
    entity.status = entityStatusFromCode(query.value(10).toString());
    entity.mergedInto = query.value(11).toLongLong();
    return entity;
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

QString entityStatusCode(EntityStatus status)
{
    switch (status) {
    case EntityStatus::Automatic:
        return QStringLiteral("auto");
    case EntityStatus::Confirmed:
        return QStringLiteral("confirmed");
    case EntityStatus::Rejected:
        return QStringLiteral("rejected");
    case EntityStatus::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

EntityStatus entityStatusFromCode(const QString &code)
{
    for (const EntityStatus status :
         {EntityStatus::Automatic, EntityStatus::Confirmed, EntityStatus::Rejected, EntityStatus::Manual}) {
        if (code == entityStatusCode(status))
            return status;
    }
    return EntityStatus::Automatic;
}

StoredEntity StoredEntity::from(const ExtractedEntity &entity, qint64 articleId)
{
    StoredEntity stored;
    stored.articleId = articleId;
    stored.type = entity.type;
    stored.name = entity.text;
    stored.key = entity.key;
    stored.role = entity.role;
    stored.value = entity.value;
    stored.unit = entity.unit;
    stored.approx = entity.approx;
    stored.counts = entity.counts;
    stored.mentions = entity.mentions;
    return stored;
}

EntityStore::EntityStore(CorpusDatabase &db)
    : m_db(db)
{
}

EntityStore::~EntityStore() = default;

bool EntityStore::fail(const SqlQuery &query) const
{
    m_error = query.errorText();
    return false;
}

bool EntityStore::run(const QString &sql, const QVariantList &values) const
{
    SqlQuery query(m_db.sql());
    return query.exec(sql, values) || fail(query);
}

QList<StoredEntity> EntityStore::forArticle(qint64 articleId) const
{
    QList<StoredEntity> entities;
    QHash<qint64, qsizetype> byId;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entities WHERE article_id = ?").arg(Columns),
                    {articleId})) {
        m_error = query.errorText();
        return entities;
    }
    while (query.next()) {
        byId.insert(query.value(0).toLongLong(), entities.size());
        entities.append(readEntity(query));
    }
    SqlQuery mentions(m_db.sql());
    if (!mentions.exec(QStringLiteral("SELECT m.entity_id, m.start, m.\"end\" FROM entity_mentions AS m"
                                      " JOIN entities AS e ON e.id = m.entity_id WHERE e.article_id = ?"
                                      " ORDER BY m.entity_id, m.start"),
                       {articleId})) {
        m_error = mentions.errorText();
        return {};
    }
    while (mentions.next()) {
        if (const auto it = byId.constFind(mentions.value(0).toLongLong()); it != byId.cend())
            entities[*it].mentions.append({mentions.value(1).toInt(), mentions.value(2).toInt()});
    }
    const auto first = [](const StoredEntity &e) {
        return e.mentions.isEmpty() ? INT_MAX : e.mentions.front().start;
    };
    std::stable_sort(entities.begin(), entities.end(),
                     [&](const StoredEntity &a, const StoredEntity &b) { return first(a) < first(b); });
    return entities;
}

std::optional<StoredEntity> EntityStore::entity(qint64 id) const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entities WHERE id = ?").arg(Columns), {id}) ||
        !query.next()) {
        m_error = query.error().isError() ? query.errorText() : tr("no entity %1").arg(id);
        return std::nullopt;
    }
    StoredEntity entity = readEntity(query);
    query.finish();
    SqlQuery mentions(m_db.sql());
    if (!mentions.exec(
            QStringLiteral("SELECT start, \"end\" FROM entity_mentions WHERE entity_id = ? ORDER BY start"),
            {id})) {
        m_error = mentions.errorText();
        return std::nullopt;
    }
    while (mentions.next())
        entity.mentions.append({mentions.value(0).toInt(), mentions.value(1).toInt()});
    return entity;
}

QList<TextSpan> EntityStore::distinct(QList<TextSpan> mentions)
{
    std::sort(mentions.begin(), mentions.end());
    mentions.erase(std::unique(mentions.begin(), mentions.end(),
                               [](const TextSpan &a, const TextSpan &b) { return a.start == b.start; }),
                   mentions.end());
    return mentions;
}

bool EntityStore::insertMentions(qint64 entityId, const QList<TextSpan> &mentions)
{
    SqlQuery mention(m_db.sql());
    if (!mention.prepare(
            QStringLiteral("INSERT INTO entity_mentions (entity_id, start, \"end\") VALUES (?, ?, ?)")))
        return fail(mention);
    for (const TextSpan &span : mentions) {
        mention.bindInteger(0, entityId);
        mention.bindInteger(1, span.start);
        mention.bindInteger(2, span.end);
        if (!mention.exec())
            return fail(mention);
    }
    return true;
}

bool EntityStore::replaceMentions(qint64 entityId, const QList<TextSpan> &mentions)
{
    const QList<TextSpan> unique = distinct(mentions);
    return run(QStringLiteral("DELETE FROM entity_mentions WHERE entity_id = ?"), {entityId}) &&
           insertMentions(entityId, unique) &&
           run(QStringLiteral("UPDATE entities SET mention_count = ? WHERE id = ?"),
               {unique.size(), entityId});
}

bool EntityStore::insert(StoredEntity &entity)
{
    entity.mentions = distinct(entity.mentions);
    SqlQuery row(m_db.sql());
    if (!row.exec(
            QStringLiteral(
                "INSERT INTO entities (id, article_id, type, name, key, role, value, unit, approx,"
                " counts, status, merged_into, mention_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING id"),
            {entity.id ? QVariant(entity.id) : QVariant(), entity.articleId, entityTypeCode(entity.type),
             entity.name, entity.key, SqlQuery::notNull(entity.role),
             entity.value ? QVariant(*entity.value) : QVariant(), SqlQuery::notNull(entity.unit),
             SqlQuery::notNull(entity.approx), SqlQuery::notNull(entity.counts),
             entityStatusCode(entity.status), entity.mergedInto ? QVariant(entity.mergedInto) : QVariant(),
             entity.mentions.size()}) ||
        !row.next())
        return fail(row);
    entity.id = row.integer(0);
    row.finish();
    return insertMentions(entity.id, entity.mentions);
}

bool EntityStore::remove(qint64 id)
{
    return run(QStringLiteral("DELETE FROM entities WHERE id = ?"), {id});
}

QList<StoredEntity> EntityStore::correctable(EntityType type, const QString &key) const
{
    QList<StoredEntity> entities;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entities WHERE type = ? AND key = ? AND status <> 'manual'"
                                   " AND merged_into IS NULL ORDER BY id")
                        .arg(Columns),
                    {entityTypeCode(type), key})) {
        fail(query);
        return entities;
    }
    while (query.next())
        entities.append(readEntity(query));
    return entities;
}

bool EntityStore::update(const StoredEntity &entity)
{
    return run(QStringLiteral(
                   "UPDATE entities SET type = ?, status = ?, name = ?, key = ?, role = ?, merged_into = ?"
                   " WHERE id = ?"),
               {entityTypeCode(entity.type), entityStatusCode(entity.status), entity.name, entity.key,
                SqlQuery::notNull(entity.role), nullable(entity.mergedInto), entity.id});
}

bool EntityStore::insertExtraction(qint64 articleId, const QList<ExtractedEntity> &entities)
{
    // A server answers every statement over its socket, and an article has some twenty entity and
    // mention rows: there they go, with the article's mark, in one statement (which halved an
    // import's round trips). SQLite's statements cost no round trip: one cached insert per row.
    if (m_db.sql().engine() == SqlEngine::PostgreSQL && !entities.isEmpty())
        return insertTogether(articleId, entities);
    for (const ExtractedEntity &found : entities) {
        StoredEntity entity = StoredEntity::from(found, articleId);
        if (!insert(entity))
            return false;
    }
    return markExtracted(articleId);
}

bool EntityStore::insertTogether(qint64 articleId, const QList<ExtractedEntity> &entities)
{
    QJsonArray rows;
    for (const ExtractedEntity &found : entities) {
        const StoredEntity entity = StoredEntity::from(found, articleId);
        QJsonArray mentions;
        for (const TextSpan &span : distinct(entity.mentions))
            mentions.append(QJsonArray{span.start, span.end});
        rows.append(QJsonObject{
            {QStringLiteral("type"), entityTypeCode(entity.type)},
            {QStringLiteral("name"), entity.name},
            {QStringLiteral("key"), entity.key},
            {QStringLiteral("role"), SqlQuery::notNull(entity.role)},
            {QStringLiteral("value"), entity.value ? QJsonValue(*entity.value) : QJsonValue()},
            {QStringLiteral("unit"), SqlQuery::notNull(entity.unit)},
            {QStringLiteral("approx"), SqlQuery::notNull(entity.approx)},
            {QStringLiteral("counts"), SqlQuery::notNull(entity.counts)},
            {QStringLiteral("mentions"), mentions},
        });
    }
    // Each row takes its id first, so that its mentions can name it; ids are taken in the rows'
    // order, so they ascend as the extraction lists the entities (as one insert each would give).
    return run(
        QStringLiteral(
            "WITH found AS MATERIALIZED (SELECT nextval(pg_get_serial_sequence('entities', 'id')) AS id, e"
            "  FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS r(e, n) ORDER BY n),"
            " stored AS (INSERT INTO entities (id, article_id, type, name, key, role, value, unit, approx,"
            "  counts, status, mention_count) SELECT id, ?, e->>'type', e->>'name', e->>'key', e->>'role',"
            "  CAST(e->>'value' AS double precision), e->>'unit', e->>'approx', e->>'counts', 'auto',"
            "  jsonb_array_length(e->'mentions') FROM found ORDER BY id),"
            " marked AS (UPDATE articles SET extracted = 1 WHERE id = ?)"
            " INSERT INTO entity_mentions (entity_id, start, \"end\") SELECT id, CAST(m->>0 AS integer),"
            "  CAST(m->>1 AS integer) FROM found, jsonb_array_elements(e->'mentions') AS m"),
        {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)), articleId, articleId});
}

bool EntityStore::markExtracted(qint64 articleId)
{
    return run(QStringLiteral("UPDATE articles SET extracted = 1 WHERE id = ?"), {articleId});
}

bool EntityStore::removeAutomatic(qint64 articleId)
{
    // Anything a researcher touched stays, and so do the targets of merges.
    return run(
        QStringLiteral("DELETE FROM entities WHERE article_id = ? AND status = 'auto' AND merged_into IS NULL"
                       " AND id NOT IN (SELECT merged_into FROM entities WHERE article_id = ?"
                       " AND merged_into IS NOT NULL)"),
        {articleId, articleId});
}

} // namespace Pizhu
