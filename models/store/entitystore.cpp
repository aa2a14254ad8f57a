// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitystore.h"

#include "articlestore.h"
#include "corpusdatabase.h"
#include "extract/entityextractor.h"
#include "nativestatement.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "transaction.h"

#include <QHash>

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

StatementCache &EntityStore::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(m_db.connection());
    return *m_statements;
}

bool EntityStore::run(const QString &sql, const QVariantList &values) const
{
    if (statements().exec(sql, values))
        return true;
    m_error = statements().errorText();
    return false;
}

QList<StoredEntity> EntityStore::forArticle(qint64 articleId) const
{
    QList<StoredEntity> entities;
    QHash<qint64, qsizetype> byId;
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entities WHERE article_id = ?").arg(Columns),
                    {articleId})) {
        m_error = query.errorText();
        return entities;
    }
    while (query.next()) {
        byId.insert(query.value(0).toLongLong(), entities.size());
        entities.append(readEntity(query));
    }
    SqlQuery mentions(m_db.connection());
    if (!mentions.exec(QStringLiteral("SELECT m.entity_id, m.start, m.end FROM entity_mentions AS m"
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
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entities WHERE id = ?").arg(Columns), {id}) ||
        !query.next()) {
        m_error = query.lastError().isValid() ? query.errorText() : tr("no entity %1").arg(id);
        return std::nullopt;
    }
    StoredEntity entity = readEntity(query);
    query.finish();
    SqlQuery mentions(m_db.connection());
    if (!mentions.exec(
            QStringLiteral("SELECT start, end FROM entity_mentions WHERE entity_id = ? ORDER BY start"),
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

void EntityStore::prepareInserts()
{
    // Import runs these for every entity and mention, so they go to SQLite directly.
    if (m_insertEntity)
        return;
    m_insertEntity = std::make_unique<NativeStatement>(
        m_db.connection(),
        QStringLiteral(
            "INSERT INTO entities (id, article_id, type, name, key, role, value, unit, approx,"
            " counts, status, merged_into, mention_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_insertMention = std::make_unique<NativeStatement>(
        m_db.connection(),
        QStringLiteral("INSERT INTO entity_mentions (entity_id, start, end) VALUES (?, ?, ?)"));
}

bool EntityStore::insertMentions(qint64 entityId, const QList<TextSpan> &mentions)
{
    prepareInserts();
    NativeStatement &mention = *m_insertMention;
    for (const TextSpan &span : mentions) {
        mention.bind(1, entityId);
        mention.bind(2, qint64(span.start));
        mention.bind(3, qint64(span.end));
        if (!mention.run()) {
            m_error = mention.errorText();
            return false;
        }
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
    prepareInserts();
    entity.mentions = distinct(entity.mentions);
    NativeStatement &row = *m_insertEntity;
    if (entity.id)
        row.bind(1, entity.id);
    else
        row.bindNull(1);
    row.bind(2, entity.articleId);
    row.bind(3, entityTypeCode(entity.type));
    row.bind(4, entity.name);
    row.bind(5, entity.key);
    row.bind(6, entity.role);
    if (entity.value)
        row.bind(7, *entity.value);
    else
        row.bindNull(7);
    row.bind(8, entity.unit);
    row.bind(9, entity.approx);
    row.bind(10, entity.counts);
    row.bind(11, entityStatusCode(entity.status));
    if (entity.mergedInto)
        row.bind(12, entity.mergedInto);
    else
        row.bindNull(12);
    row.bind(13, qint64(entity.mentions.size()));
    if (!row.run()) {
        m_error = row.errorText();
        return false;
    }
    entity.id = row.lastInsertId();
    return insertMentions(entity.id, entity.mentions);
}

bool EntityStore::remove(qint64 id)
{
    return run(QStringLiteral("DELETE FROM entities WHERE id = ?"), {id});
}

bool EntityStore::update(const StoredEntity &entity)
{
    return run(
        QStringLiteral("UPDATE entities SET type = ?, status = ?, role = ?, merged_into = ? WHERE id = ?"),
        {entityTypeCode(entity.type), entityStatusCode(entity.status), SqlQuery::notNull(entity.role),
         nullable(entity.mergedInto), entity.id});
}

bool EntityStore::insertExtraction(qint64 articleId, const QList<ExtractedEntity> &entities)
{
    for (const ExtractedEntity &found : entities) {
        StoredEntity entity = StoredEntity::from(found, articleId);
        if (!insert(entity))
            return false;
    }
    return run(QStringLiteral("UPDATE articles SET extracted = 1 WHERE id = ?"), {articleId});
}

bool EntityStore::storeExtraction(qint64 articleId, const QList<ExtractedEntity> &entities)
{
    // Corrections stay: anything a researcher touched, and the targets of merges.
    if (!run(QStringLiteral(
                 "DELETE FROM entities WHERE article_id = ? AND status = 'auto' AND merged_into IS NULL"
                 " AND id NOT IN (SELECT merged_into FROM entities WHERE article_id = ?"
                 " AND merged_into IS NOT NULL)"),
             {articleId, articleId}))
        return false;
    QHash<QString, StoredEntity> corrected;
    for (const StoredEntity &entity : forArticle(articleId))
        corrected.insert(entity.key, entity);
    for (const ExtractedEntity &found : entities) {
        const auto it = corrected.constFind(found.key);
        if (it != corrected.cend()) {
            if (it->status != EntityStatus::Manual && !replaceMentions(it->id, found.mentions))
                return false;
            continue;
        }
        StoredEntity entity = StoredEntity::from(found, articleId);
        if (!insert(entity))
            return false;
    }
    return run(QStringLiteral("UPDATE articles SET extracted = 1 WHERE id = ?"), {articleId});
}

bool EntityStore::reextract(qint64 articleId)
{
    ArticleStore articles(m_db);
    std::optional<Article> article = articles.article(articleId);
    if (!article) {
        m_error = articles.errorString();
        return false;
    }
    return storeExtraction(articleId, EntityExtractor::instance().extract(*article));
}

QList<qint64> EntityStore::articleIds() const
{
    QList<qint64> ids;
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"))) {
        m_error = query.errorText();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<CorpusEntity> EntityStore::corpusEntities(const QString &filter, int limit) const
{
    QList<CorpusEntity> result;
    SqlQuery query(m_db.connection());
    const QString pattern =
        QLatin1Char('%') + QString(filter).replace(QLatin1Char('%'), QString()) + QLatin1Char('%');
    if (!query.exec(
            QStringLiteral("SELECT type, key, min(name), count(DISTINCT article_id), sum(mention_count)"
                           " FROM entities WHERE status <> 'rejected' AND (key LIKE ? OR name LIKE ?)"
                           " GROUP BY type, key ORDER BY count(DISTINCT article_id) DESC, key LIMIT ?"),
            {pattern, pattern, limit})) {
        m_error = query.errorText();
        return result;
    }
    while (query.next()) {
        result.append({entityTypeFromCode(query.value(0).toString()).value_or(EntityType::Person),
                       query.value(1).toString(), query.value(2).toString(), query.value(3).toInt(),
                       query.value(4).toInt()});
    }
    return result;
}

bool EntityStore::extractPending(CorpusDatabase &db, QString *error)
{
    constexpr int batch = 200;
    EntityStore store(db);
    for (;;) {
        SqlQuery select(db.connection());
        if (!select.exec(QStringLiteral("SELECT id FROM articles WHERE extracted = 0 LIMIT ?"), {batch})) {
            *error = select.errorText();
            return false;
        }
        QList<qint64> pending;
        while (select.next())
            pending.append(select.value(0).toLongLong());
        select.finish();
        if (pending.isEmpty())
            return true;
        Transaction transaction(db.connection());
        for (const qint64 id : std::as_const(pending)) {
            if (!store.reextract(id)) {
                *error = store.errorString();
                return false;
            }
        }
        if (!transaction.commit()) {
            *error = transaction.errorText();
            return false;
        }
    }
}

} // namespace Pizhu
