// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscopy.h"

#include "search/searchindex.h"
#include "store/migrations.h"
#include "store/shadowchanges.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"
#include "store/teamschema.h"

#include <vector>

namespace Pizhu {

namespace {

struct TableCopy
{
    const char *name;
    const char *order;
    /** A reference to a row of the same table, set once all its rows are there. */
    const char *deferredColumn;
};

// In the order the references between them allow. The search index and the entity totals are
// not copied: the target builds its own.
const std::vector<TableCopy> &tablesToCopy()
{
    static const std::vector<TableCopy> all = {
        {"articles", "id", ""},
        {"article_texts", "article_id", ""},
        {"bylines", "article_id, position", ""},
        {"article_lines", "article_id, position", ""},
        {"article_attributes", "article_id, name", ""},
        {"tags", "id", "parent_id"},
        {"article_tags", "article_id, tag_id, coder", ""},
        {"annotations", "id", ""},
        {"article_status", "article_id", ""},
        {"entities", "id", "merged_into"},
        {"entity_mentions", "entity_id, start", ""},
        {"entity_rules", "type, key", ""},
        {"entity_models", "name", ""},
        {"article_sets", "id", ""},
        {"article_set_members", "set_id, article_id", ""},
        {"memos", "id", ""},
    };
    return all;
}

QString engineName(const SqlConnection &sql)
{
    return sql.engine() == SqlEngine::PostgreSQL ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

} // namespace

CorpusCopy::CorpusCopy(SqlConnection &from, SqlConnection &to)
    : m_from(from)
    , m_to(to)
{
}

bool CorpusCopy::fail(const QString &reason)
{
    m_error = reason;
    return false;
}

bool CorpusCopy::checkSchema(SqlConnection &sql, const QString &which)
{
    SqlQuery query(sql);
    const bool read = sql.engine() == SqlEngine::PostgreSQL
                          ? query.exec(QStringLiteral("SELECT CAST(value AS integer) FROM corpus_settings"
                                                      " WHERE name = 'schema_version'"))
                          : query.exec(QStringLiteral("PRAGMA user_version"));
    if (!read)
        return fail(tr("the %1 is not a Pizhu corpus (%2)").arg(which, query.errorText()));
    const int version = query.next() ? query.value(0).toInt() : 0;
    if (version != Migrations::latestVersion())
        return fail(tr("the %1 has schema version %2, and this Pizhu copies version %3 only")
                        .arg(which)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    return true;
}

bool CorpusCopy::checkTargetEmpty()
{
    SqlQuery query(m_to);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM tags)"
                                   " + (SELECT count(*) FROM memos)")) ||
        !query.next())
        return fail(query.errorText());
    if (query.integer(0) != 0)
        return fail(tr("the target already holds articles, tags or memos; a copy goes into an empty corpus "
                       "(a new file, or a database made by pizhu init-team)"));
    return true;
}

bool CorpusCopy::run()
{
    m_error.clear();
    m_counts = {};
    if (!checkSchema(m_from, tr("source")) || !checkSchema(m_to, tr("target")))
        return false;
    // The source is read from one snapshot, so that a coder working meanwhile cannot tear it.
    const QString snapshot = m_from.engine() == SqlEngine::PostgreSQL
                                 ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                 : QStringLiteral("BEGIN");
    if (!m_from.exec(snapshot))
        return fail(m_from.lastError().text);
    if (!m_to.exec(m_to.beginWriteStatement())) {
        m_from.exec(QStringLiteral("ROLLBACK"));
        return fail(m_to.lastError().text);
    }
    const bool copied = checkTargetEmpty() && copyAll() && m_to.exec(QStringLiteral("COMMIT"));
    if (!copied) {
        if (m_error.isEmpty())
            m_error = m_to.lastError().text;
        m_to.exec(QStringLiteral("ROLLBACK"));
        m_counts = {};
    }
    m_from.exec(QStringLiteral("ROLLBACK"));
    // The copy is whole by now; were the merge to fail, searches would only be slower until the
    // server merges the entries itself.
    if (copied)
        SearchIndex(m_to).settle();
    return copied;
}

bool CorpusCopy::copyAll()
{
    for (const TableCopy &table : tablesToCopy()) {
        if (!copyTable(QLatin1String(table.name), QLatin1String(table.order),
                       QLatin1String(table.deferredColumn)))
            return false;
    }
    return copySettings() && indexArticles() && advanceIdentities();
}

bool CorpusCopy::copyTable(const QString &table, const QString &order, const QString &deferredColumn)
{
    SqlQuery read(m_from);
    if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order)))
        return fail(tr("%1 cannot be read: %2").arg(table, read.errorText()));
    QStringList columns;
    for (int i = 0; i < read.columnCount(); ++i)
        columns << SqlQuery::identifier(read.columnName(i));
    const int deferred = int(columns.indexOf(SqlQuery::identifier(deferredColumn)));
    const int idColumn = int(columns.indexOf(SqlQuery::identifier(QStringLiteral("id"))));
    SqlQuery write(m_to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QLatin1Char(',')),
                                QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))))
        return fail(tr("%1 cannot be written: %2").arg(table, write.errorText()));
    QList<std::pair<qint64, QVariant>> later;
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = read.value(i);
            if (i == deferred && value.isValid()) {
                later.append({read.value(idColumn).toLongLong(), value});
                write.bindValue(i, QVariant());
            } else {
                write.bindValue(i, value);
            }
        }
        if (!write.exec())
            return fail(tr("%1 cannot be written: %2").arg(table, write.errorText()));
        ++rows;
    }
    for (const auto &[id, value] : std::as_const(later)) {
        if (!write.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, deferredColumn),
                        {value, id}))
            return fail(tr("%1 cannot be written: %2").arg(table, write.errorText()));
    }
    if (table == QLatin1String("articles"))
        m_counts.articles = rows;
    else if (table == QLatin1String("tags"))
        m_counts.tags = rows;
    else if (table == QLatin1String("annotations"))
        m_counts.passages = rows;
    else if (table == QLatin1String("article_tags"))
        m_counts.articleTags = rows;
    else if (table == QLatin1String("memos"))
        m_counts.memos = rows;
    return true;
}

bool CorpusCopy::copySettings()
{
    // The sort order travels with the corpus; the target keeps what says which engine and team it is.
    SqlQuery read(m_from);
    if (!read.exec(
            QStringLiteral("SELECT name, value FROM corpus_settings"
                           " WHERE name IN ('sort_collator', 'title_order', 'article_id_high_water')")))
        return fail(read.errorText());
    SqlQuery write(m_to);
    while (read.next()) {
        if (!write.exec(QStringLiteral("INSERT INTO corpus_settings (name, value) VALUES (?, ?)"
                                       " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                        {read.value(0), read.value(1)}))
            return fail(write.errorText());
    }
    return true;
}

bool CorpusCopy::indexArticles()
{
    SqlQuery read(m_from);
    if (!read.exec(
            QStringLiteral("SELECT a.id, a.title, t.body, t.shadow, t.shadow_changes FROM articles AS a"
                           " JOIN article_texts AS t ON t.article_id = a.id ORDER BY a.id")))
        return fail(read.errorText());
    SearchIndex index(m_to);
    while (read.next()) {
        const std::optional<QString> shadow =
            ShadowChanges::stored(read.text(2), read.value(3), read.value(4));
        if (!shadow)
            return fail(tr("the text of article %1 is damaged: its simplified copy does not fit it")
                            .arg(read.integer(0)));
        if (!index.add(read.integer(0), read.text(1), *shadow))
            return fail(tr("the search index cannot be written: %1").arg(index.errorString()));
    }
    return true;
}

bool CorpusCopy::advanceIdentities()
{
    if (m_to.engine() != SqlEngine::PostgreSQL)
        return true;
    // Rows came with their ids; the next one the server numbers comes after the highest, and
    // after the highest article id ever given, so a deleted article's id is not given again.
    SqlQuery query(m_to);
    for (const QString &table : TeamSchema::numberedTables()) {
        const QString highWater = table == QLatin1String("articles")
                                      ? QStringLiteral(", (SELECT CAST(value AS bigint) FROM corpus_settings"
                                                       " WHERE name = 'article_id_high_water')")
                                      : QString();
        if (!query.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                       " greatest((SELECT max(id) FROM %1)%2, 0) + 1, false)")
                            .arg(table, highWater)))
            return fail(tr("the numbering of %1 cannot be set on %2: %3")
                            .arg(table, engineName(m_to), query.errorText()));
    }
    return true;
}

} // namespace Pizhu
