// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlestore.h"

#include "corpusdatabase.h"
#include "entitystore.h"
#include "search/searchindex.h"
#include "sqlquery.h"
#include "statementcache.h"
#include "text/codepoints.h"
#include "transaction.h"

namespace Pizhu {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

ArticleStore::ArticleStore(CorpusDatabase &db)
    : m_db(db)
{
}

ArticleStore::~ArticleStore() = default;

ArticleStore::InsertResult ArticleStore::insert(Article &article)
{
    if (const qint64 existing = idForHash(article.contentHash)) {
        article.id = existing;
        return InsertResult::Duplicate;
    }
    Savepoint transaction(m_db.connection());
    if (!transaction.isActive()) {
        m_error = transaction.errorText();
        return InsertResult::Failed;
    }
    const QString body = article.body();
    const Conversion &shadow = article.ensureShadow();
    const SqlQuery *inserted = write(
        QStringLiteral("INSERT INTO articles (title, subtitle, published, outlet, editor, script,"
                       " url, encoding, source_path, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {article.title, textOrNull(article.subtitle), textOrNull(article.published),
         textOrNull(article.outlet), textOrNull(article.editor), scriptName(article.script),
         textOrNull(article.url), article.encoding, article.sourcePath, article.contentHash});
    if (!inserted)
        return InsertResult::Failed;
    article.id = inserted->lastInsertId().toLongLong();
    if (!write(QStringLiteral(
                   "INSERT INTO article_texts (article_id, body, shadow, shadow_map) VALUES (?, ?, ?, ?)"),
               {article.id, body,
                shadow.text == body ? QVariant(QMetaType::fromType<QString>()) : QVariant(shadow.text),
                shadow.map.isIdentity() ? QVariant(QMetaType::fromType<QByteArray>())
                                        : QVariant(shadow.map.toBytes())})) {
        article.id = 0;
        return InsertResult::Failed;
    }
    QString indexError;
    if (!insertBylines(article) || !insertAsides(article) || !insertAttributes(article) ||
        !SearchIndex::add(statements(), article, &indexError) || !insertEntities(article) ||
        !transaction.release()) {
        if (!indexError.isEmpty())
            m_error = indexError;
        if (m_error.isEmpty())
            m_error = transaction.errorText();
        article.id = 0;
        return InsertResult::Failed;
    }
    return InsertResult::Inserted;
}

bool ArticleStore::insertEntities(Article &article)
{
    if (!m_entities)
        m_entities = std::make_unique<EntityStore>(m_db);
    if (!m_entities->insertExtraction(article.id, article.ensureEntities())) {
        m_error = m_entities->errorString();
        return false;
    }
    return true;
}

StatementCache &ArticleStore::statements() const
{
    if (!m_statements)
        m_statements = std::make_unique<StatementCache>(m_db.connection());
    return *m_statements;
}

const SqlQuery *ArticleStore::write(const QString &sql, const QVariantList &values)
{
    const SqlQuery *query = statements().exec(sql, values);
    if (!query)
        m_error = statements().errorText();
    return query;
}

bool ArticleStore::insertBylines(const Article &article)
{
    for (qsizetype i = 0; i < article.bylines.size(); ++i) {
        const Byline &byline = article.bylines.at(i);
        if (!write(
                QStringLiteral("INSERT INTO bylines (article_id, position, name, role) VALUES (?, ?, ?, ?)"),
                {article.id, int(i), byline.name, SqlQuery::notNull(byline.role)}))
            return false;
    }
    return true;
}

bool ArticleStore::insertAsides(const Article &article)
{
    for (qsizetype i = 0; i < article.asides.size(); ++i) {
        const AsideLine &line = article.asides.at(i);
        if (!write(QStringLiteral(
                       "INSERT INTO article_lines (article_id, position, before_paragraph, role, text,"
                       " caption) VALUES (?, ?, ?, ?, ?, ?)"),
                   {article.id, int(i), line.beforeParagraph, lineRoleName(line.role), line.text,
                    textOrNull(line.caption)}))
            return false;
    }
    return true;
}

bool ArticleStore::insertAttributes(const Article &article)
{
    for (auto it = article.attributes.cbegin(); it != article.attributes.cend(); ++it) {
        if (!write(
                QStringLiteral("INSERT INTO article_attributes (article_id, name, value) VALUES (?, ?, ?)"),
                {article.id, it.key(), it.value()}))
            return false;
    }
    return true;
}

std::optional<Article> ArticleStore::article(qint64 id) const
{
    SqlQuery query(m_db.connection());
    if (!query.exec(
            QStringLiteral(
                "SELECT a.title, a.subtitle, a.published, a.outlet, a.editor, t.body, a.script, a.url,"
                " a.encoding, a.source_path, a.content_hash, t.shadow, t.shadow_map"
                " FROM articles AS a JOIN article_texts AS t ON t.article_id = a.id WHERE a.id = ?"),
            {id})) {
        m_error = query.errorText();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Article article;
    article.id = id;
    article.title = query.value(0).toString();
    article.subtitle = query.value(1).toString();
    article.published = query.value(2).toString();
    article.outlet = query.value(3).toString();
    article.editor = query.value(4).toString();
    const QString body = query.value(5).toString();
    article.paragraphs = body.isEmpty() ? QStringList() : body.split(QLatin1Char('\n'));
    article.script = scriptFromName(query.value(6).toString());
    article.url = query.value(7).toString();
    article.encoding = query.value(8).toString();
    article.sourcePath = query.value(9).toString();
    article.contentHash = query.value(10).toString();
    article.shadow = Conversion{query.value(11).isNull() ? body : query.value(11).toString(),
                                OffsetMap::fromBytes(query.value(12).toByteArray(), CodePoints::count(body))};
    if (!readDetails(article))
        return std::nullopt;
    return article;
}

bool ArticleStore::readDetails(Article &article) const
{
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT name, role FROM bylines WHERE article_id = ? ORDER BY position"),
                    {article.id})) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        article.bylines.append({query.value(0).toString(), query.value(1).toString()});

    if (!query.exec(QStringLiteral("SELECT before_paragraph, role, text, caption FROM article_lines"
                                   " WHERE article_id = ? ORDER BY position"),
                    {article.id})) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        article.asides.append({query.value(0).toInt(), lineRoleFromName(query.value(1).toString()),
                               query.value(2).toString(), query.value(3).toString()});

    if (!query.exec(QStringLiteral("SELECT name, value FROM article_attributes WHERE article_id = ?"),
                    {article.id})) {
        m_error = query.errorText();
        return false;
    }
    while (query.next())
        article.attributes.insert(query.value(0).toString(), query.value(1).toString());
    return true;
}

qint64 ArticleStore::idForHash(const QString &contentHash) const
{
    SqlQuery *query =
        statements().exec(QStringLiteral("SELECT id FROM articles WHERE content_hash = ?"), {contentHash});
    if (!query) {
        m_error = statements().errorText();
        return 0;
    }
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return id;
}

namespace {

QString whereClause(const ArticleFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.ftsExpression.isEmpty()) {
        values->append(filter.ftsExpression);
        conditions << QStringLiteral("id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
    }
    if (!filter.tagIds.isEmpty()) {
        QStringList ids;
        for (const qint64 id : filter.tagIds)
            ids << QString::number(id);
        const QString list = ids.join(QLatin1Char(','));
        conditions << QStringLiteral("id %1 (SELECT article_id FROM article_tags WHERE tag_id IN (%2)"
                                     " UNION SELECT article_id FROM annotations WHERE tag_id IN (%2))")
                          .arg(filter.withoutTags ? QStringLiteral("NOT IN") : QStringLiteral("IN"), list);
    }
    if (!filter.entityKey.isEmpty()) {
        values->append(filter.entityType);
        values->append(filter.entityKey);
        conditions << QStringLiteral("id IN (SELECT article_id FROM entities WHERE type = ? AND key = ?"
                                     " AND status <> 'rejected')");
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Every order has an index to walk, so a page costs the same wherever it is in the list;
// undated articles and those without an outlet come last either way.
QString orderedBy(const ArticleFilter &filter, const QString &where)
{
    const QString direction = filter.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    switch (filter.sortKey) {
    case ArticleFilter::SortKey::Title:
        return QStringLiteral(" INDEXED BY articles_title") + where + QStringLiteral(" ORDER BY title ") +
               direction + QStringLiteral(", id");
    case ArticleFilter::SortKey::Outlet:
        return QStringLiteral(" INDEXED BY articles_by_outlet") + where +
               QStringLiteral(" ORDER BY outlet IS NULL, outlet ") + direction + QStringLiteral(", id");
    case ArticleFilter::SortKey::Date:
        break;
    }
    return filter.ascending ? QStringLiteral(" INDEXED BY articles_by_date_ascending") + where +
                                  QStringLiteral(" ORDER BY published IS NULL, published ASC, id")
                            : QStringLiteral(" INDEXED BY articles_by_date") + where +
                                  QStringLiteral(" ORDER BY published IS NULL, published DESC, id");
}

} // namespace

std::optional<ArticleText> ArticleStore::text(qint64 id) const
{
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT t.body, a.title, t.shadow, t.shadow_map FROM articles AS a"
                                   " JOIN article_texts AS t ON t.article_id = a.id WHERE a.id = ?"),
                    {id}) ||
        !query.next()) {
        m_error = query.errorText();
        return std::nullopt;
    }
    const QString body = query.value(0).toString();
    return ArticleText{
        body, query.value(1).toString(),
        Conversion{query.value(2).isNull() ? body : query.value(2).toString(),
                   OffsetMap::fromBytes(query.value(3).toByteArray(), CodePoints::count(body))}};
}

int ArticleStore::count(const ArticleFilter &filter) const
{
    // A search alone is counted by the index itself, without visiting the articles.
    const QString sql =
        filter.tagIds.isEmpty() && filter.entityKey.isEmpty() && !filter.ftsExpression.isEmpty()
            ? QStringLiteral("SELECT count(*) FROM article_search WHERE article_search MATCH ?")
            : QString();
    if (!sql.isEmpty()) {
        SqlQuery query(m_db.connection());
        if (!query.exec(sql, {filter.ftsExpression}) || !query.next()) {
            m_error = query.errorText();
            return 0;
        }
        return query.value(0).toInt();
    }
    QVariantList values;
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM articles") + whereClause(filter, &values), values) ||
        !query.next()) {
        m_error = query.errorText();
        return 0;
    }
    return query.value(0).toInt();
}

QList<ArticleSummary> ArticleStore::summaries(int offset, int limit, const ArticleFilter &filter) const
{
    QList<ArticleSummary> result;
    QVariantList values;
    const QString where = whereClause(filter, &values);
    values << limit << offset;
    SqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT id, title, published, outlet FROM articles") +
                        orderedBy(filter, where) + QStringLiteral(" LIMIT ? OFFSET ?"),
                    values)) {
        m_error = query.errorText();
        return result;
    }
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString()});
    return result;
}

} // namespace Pizhu
