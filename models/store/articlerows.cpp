// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerows.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

namespace Pizhu {

namespace {

// Parents before children, so that every foreign key finds its row when restored.
const QStringList &articleTables()
{
    static const QStringList tables = {
        QStringLiteral("article_texts"),       QStringLiteral("bylines"),
        QStringLiteral("article_lines"),       QStringLiteral("article_attributes"),
        QStringLiteral("article_tags"),        QStringLiteral("annotations"),
        QStringLiteral("article_status"),      QStringLiteral("entities"),
        QStringLiteral("article_set_members"), QStringLiteral("memos"),
    };
    return tables;
}

} // namespace

std::optional<ArticleRows> ArticleRows::read(CorpusDatabase &db, const QList<qint64> &articleIds,
                                             QString *error)
{
    ArticleRows rows;
    const QString list = SqlQuery::idList(articleIds);
    if (!rows.readTable(db, QStringLiteral("articles"), QStringLiteral("id IN (%1)").arg(list), error))
        return std::nullopt;
    for (const QString &table : articleTables()) {
        if (!rows.readTable(db, table, QStringLiteral("article_id IN (%1)").arg(list), error))
            return std::nullopt;
    }
    const QString ofTheseArticles =
        QStringLiteral("SELECT id FROM entities WHERE article_id IN (%1)").arg(list);
    if (!rows.readTable(db, QStringLiteral("entity_mentions"),
                        QStringLiteral("entity_id IN (%1)").arg(ofTheseArticles), error))
        return std::nullopt;

    // Merges point from an entity to another, in these articles or not; deleting the target sets the
    // link to NULL, so every link that touches these entities is kept and set again after insertion.
    SqlQuery merges(db.sql());
    if (!merges.exec(QStringLiteral("SELECT id, merged_into FROM entities WHERE merged_into IS NOT NULL"
                                    " AND (article_id IN (%1) OR merged_into IN (%2))")
                         .arg(list, ofTheseArticles))) {
        *error = merges.errorText();
        return std::nullopt;
    }
    while (merges.next())
        rows.m_entityMerges.append({merges.integer(0), merges.integer(1)});

    const Table &articles = rows.m_tables.constFirst();
    const int idColumn = int(articles.columns.indexOf(QStringLiteral("id")));
    const int indexedColumn = int(articles.columns.indexOf(QStringLiteral("indexed")));
    for (const QVariantList &row : articles.rows) {
        if (row.at(indexedColumn).toLongLong() != 0)
            rows.m_indexedIds << row.at(idColumn).toLongLong();
    }
    return rows;
}

bool ArticleRows::readTable(CorpusDatabase &db, const QString &name, const QString &where, QString *error)
{
    SqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(name, where))) {
        *error = query.errorText();
        return false;
    }
    Table table{name, {}, {}};
    for (int i = 0; i < query.columnCount(); ++i)
        table.columns << query.columnName(i);
    const int mergedInto = int(table.columns.indexOf(QStringLiteral("merged_into")));
    while (query.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (int i = 0; i < table.columns.size(); ++i)
            row << (i == mergedInto ? QVariant() : query.value(i));
        table.rows << row;
    }
    m_tables << table;
    return true;
}

bool ArticleRows::restore(CorpusDatabase &db, QString *error) const
{
    SqlQuery query(db.sql());
    for (const Table &table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.name,
                     QLatin1Char('"') + table.columns.join(QStringLiteral("\",\"")) + QLatin1Char('"'),
                     QStringList(table.columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
        if (!query.prepare(sql)) {
            *error = query.errorText();
            return false;
        }
        for (const QVariantList &row : table.rows) {
            for (int i = 0; i < row.size(); ++i)
                query.bindValue(i, row.at(i));
            if (!query.exec()) {
                *error = tr("%1 could not be put back: %2").arg(table.name, query.errorText());
                return false;
            }
        }
    }
    for (const auto &[id, target] : m_entityMerges) {
        if (!query.exec(QStringLiteral("UPDATE entities SET merged_into = ? WHERE id = ?"), {target, id})) {
            *error = query.errorText();
            return false;
        }
    }
    return true;
}

} // namespace Pizhu
