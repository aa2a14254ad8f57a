// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistquery.h"

#include "articlefiltersql.h"
#include "searchhits.h"
#include "searchindex.h"
#include "store/corpusdatabase.h"
#include "store/sqlconnection.h"
#include "store/sqlquery.h"

#include <QStringList>

namespace Pizhu {

namespace {

// Below this many matching articles, reading them by id and sorting is cheaper than walking the
// whole sort index to find them.
constexpr int SelectiveCount = 20000;

QString keyColumn(ArticleFilter::SortKey key)
{
    switch (key) {
    case ArticleFilter::SortKey::Title:
        return QStringLiteral("title_key");
    case ArticleFilter::SortKey::Outlet:
        return QStringLiteral("outlet_key");
    case ArticleFilter::SortKey::Date:
        break;
    }
    return QStringLiteral("published");
}

QVariant keyOf(const ArticleSummary &row, ArticleFilter::SortKey key)
{
    switch (key) {
    case ArticleFilter::SortKey::Title:
        return row.titleKey;
    case ArticleFilter::SortKey::Outlet:
        return row.outletKey;
    case ArticleFilter::SortKey::Date:
        break;
    }
    return row.published;
}

bool isNullKey(const QVariant &key)
{
    return key.typeId() == QMetaType::QByteArray ? key.toByteArray().isEmpty() : key.toString().isEmpty();
}

// The status and passage count of the article of the row, each one index lookup.
QString codingColumns()
{
    return QStringLiteral("(SELECT status FROM article_status WHERE article_id = articles.id),"
                          " (SELECT count(*) FROM annotations WHERE article_id = articles.id)");
}

} // namespace

ArticleListQuery::ArticleListQuery(CorpusDatabase &db, ArticleFilter filter)
    : m_db(&db)
    , m_filter(std::move(filter))
{
}

QString ArticleListQuery::conditions(QVariantList *values, SearchIndex::Matching matching,
                                     bool unconfirmed) const
{
    QStringList conditions;
    QList<const ArticleFilter *> filters = {&m_filter};
    for (const ArticleFilter &also : m_narrowedBy)
        filters << &also;
    for (const ArticleFilter *filter : std::as_const(filters)) {
        if (isKeptSearch(filter->ftsExpression, unconfirmed))
            conditions << m_hits->conditionOn(QStringLiteral("id"));
        else if (!filter->ftsExpression.isEmpty())
            conditions
                << QStringLiteral("id IN (%1)").arg(searchIdsSql(filter->ftsExpression, values, matching));
        ArticleFilterSql::addConditions(*filter, &conditions, values);
    }
    return conditions.join(QStringLiteral(" AND "));
}

QString ArticleListQuery::searchIdsSql(const QString &ftsExpression, QVariantList *values,
                                       SearchIndex::Matching matching) const
{
    if (isKeptSearch(ftsExpression))
        return m_hits->idsSql();
    return SearchIndex::matchingIdsSql(m_db->sql().engine(), ftsExpression, values, matching);
}

bool ArticleListQuery::isKeptSearch(const QString &ftsExpression, bool unconfirmed) const
{
    return m_hits && m_hits->isFilled() && m_hits->expression() == ftsExpression &&
           (unconfirmed || m_hits->isExact());
}

void ArticleListQuery::useHits(SearchHits *hits)
{
    m_hits = hits;
    m_count.reset();
    m_selective.reset();
}

void ArticleListQuery::narrow(const ArticleFilter &also)
{
    m_narrowedBy << also;
    m_count.reset();
    m_selective.reset();
}

namespace {

QString groupingKey(ArticleListQuery::Grouping grouping)
{
    return grouping == ArticleListQuery::Grouping::Day
               ? QStringLiteral("coalesce(substr(published, 1, 10), '')")
               : QStringLiteral("coalesce(outlet, '')");
}

} // namespace

bool ArticleListQuery::execGrouped(SqlQuery &query, const QString &columns, Grouping grouping,
                                   const QString &tail) const
{
    QVariantList values;
    const QString where = conditions(&values);
    const QString sql = QStringLiteral("SELECT %1 AS k, %2 FROM articles%3 %4")
                            .arg(groupingKey(grouping), columns,
                                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, tail);
    if (!query.exec(sql, values)) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

QList<std::pair<QString, int>> ArticleListQuery::countsBy(Grouping grouping) const
{
    QList<std::pair<QString, int>> counts;
    SqlQuery query(m_db->sql());
    if (!execGrouped(query, QStringLiteral("count(*)"), grouping, QStringLiteral("GROUP BY k ORDER BY k")))
        return counts;
    while (query.next())
        counts.append({query.value(0).toString(), int(query.integer(1))});
    return counts;
}

QList<std::pair<QString, qint64>> ArticleListQuery::idsBy(Grouping grouping) const
{
    QList<std::pair<QString, qint64>> ids;
    SqlQuery query(m_db->sql());
    if (!execGrouped(query, QStringLiteral("id"), grouping, QStringLiteral("ORDER BY id")))
        return ids;
    while (query.next())
        ids.append({query.value(0).toString(), query.integer(1)});
    return ids;
}

QString ArticleListQuery::idsSql(QVariantList *values) const
{
    const QString where = conditions(values);
    return QStringLiteral("SELECT id FROM articles") +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
}

QList<qint64> ArticleListQuery::ids() const
{
    QList<qint64> ids;
    QVariantList values;
    const QString sql = idsSql(&values) + QStringLiteral(" ORDER BY id");
    SqlQuery query(m_db->sql());
    if (!query.exec(sql, values)) {
        m_error = query.errorText();
        return ids;
    }
    while (query.next())
        ids << query.integer(0);
    return ids;
}

QHash<qint64, std::pair<CodingStatus, int>> ArticleListQuery::codingOf(const QList<qint64> &ids) const
{
    QHash<qint64, std::pair<CodingStatus, int>> coding;
    if (ids.isEmpty())
        return coding;
    SqlQuery query(m_db->sql());
    if (!query.exec(QStringLiteral("SELECT id, %1 FROM articles WHERE id IN (%2)")
                        .arg(codingColumns(), SqlQuery::idList(ids)))) {
        m_error = query.errorText();
        return coding;
    }
    while (query.next())
        coding.insert(query.integer(0), {codingStatusFromCode(query.text(1)).value_or(CodingStatus::NotCoded),
                                         int(query.integer(2))});
    return coding;
}

int ArticleListQuery::count() const
{
    if (!m_count) {
        const int counted = countUpTo(0);
        if (counted < 0)
            return 0;
        m_count = counted;
    }
    return *m_count;
}

int ArticleListQuery::countUpTo(int limit) const
{
    if (const std::optional<int> kept = keptCount())
        return limit > 0 ? std::min(limit, *kept) : *kept;
    const QString limited = limit > 0 ? QStringLiteral(" LIMIT ?") : QString();
    QVariantList values;
    QString sql;
    if (const QString ids = soleIdsSql(&values); !ids.isEmpty()) {
        sql = QStringLiteral("SELECT count(*) FROM (%1%2) AS hits").arg(ids, limited);
    } else {
        const QString where = conditions(&values);
        const QString filtered = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
        // Not through a subquery when nothing limits it: SQLite counts a whole table from its
        // smallest index without stepping through the rows.
        sql = limit > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM articles%1%2) AS hits")
                              .arg(filtered, limited)
                        : QStringLiteral("SELECT count(*) FROM articles") + filtered;
    }
    if (limit > 0)
        values << limit;
    SqlQuery query(m_db->sql());
    if (!query.exec(sql, values) || !query.next()) {
        m_error = query.errorText();
        return -1;
    }
    return int(query.integer(0));
}

std::optional<int> ArticleListQuery::keptCount() const
{
    // A search whose hits are kept was counted as they were found.
    QVariantList values;
    if (isKeptSearch(m_filter.ftsExpression) && !soleIdsSql(&values).isEmpty())
        return m_hits->count();
    return std::nullopt;
}

QString ArticleListQuery::soleIdsSql(QVariantList *values) const
{
    if (!m_narrowedBy.isEmpty())
        return {};
    ArticleFilter rest = m_filter;
    QVariantList own;
    QString ids;
    if (!rest.ftsExpression.isEmpty()) {
        rest.ftsExpression.clear();
        ids = searchIdsSql(m_filter.ftsExpression, &own);
    } else if (!rest.tagIds.isEmpty() && !rest.withoutTags) {
        rest.tagIds.clear();
        ids = ArticleFilterSql::taggedArticles(m_filter.tagIds);
    } else if (!rest.entityKey.isEmpty()) {
        rest.entityKey.clear();
        own << m_filter.entityType << m_filter.entityKey;
        ids = ArticleFilterSql::mentioningArticles();
    }
    if (ids.isEmpty() || !rest.isEmpty())
        return {};
    *values += own;
    return ids;
}

bool ArticleListQuery::isSelective() const
{
    if (m_filter.isEmpty() ||
        (m_filter.withoutTags && m_filter.ftsExpression.isEmpty() && m_filter.entityKey.isEmpty()))
        return false;
    // Whether there are more than SelectiveCount is all the plan needs: counting stops there, and
    // every page after the first keeps the answer.
    if (!m_selective) {
        // Hits not yet confirmed are at least as many as the articles listed: enough for a plan.
        const int counted = m_count                                      ? *m_count
                            : isKeptSearch(m_filter.ftsExpression, true) ? m_hits->count()
                                                                         : countUpTo(SelectiveCount + 1);
        if (counted < 0)
            return false;
        m_selective = counted <= SelectiveCount;
    }
    return *m_selective;
}

QList<ArticleSummary> ArticleListQuery::run(int limit, const std::optional<ArticleSummary> &after,
                                            bool nullKeys) const
{
    const QString key = keyColumn(m_filter.sortKey);
    const QString direction = m_filter.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString beyond = m_filter.ascending ? QStringLiteral(">") : QStringLiteral("<");
    QVariantList values;
    QStringList where;
    // Dates and outlets may be NULL, and titles' keys until the backfill made them: those rows form
    // a segment of their own at the end of the list.
    where << key + (nullKeys ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL"));
    if (after && nullKeys) {
        where << QStringLiteral("id ") + beyond + QStringLiteral(" ?");
        values << after->id;
    } else if (after) {
        where << QStringLiteral("(%1, id) %2 (?, ?)").arg(key, beyond);
        values << keyOf(*after, m_filter.sortKey) << after->id;
    }
    // Both engines' planners guess how many articles a search selects; Pizhu knows (count()).
    const bool selective = isSelective();
    const QString filtered = conditions(
        &values, selective ? SearchIndex::Matching::AllFromIndex : SearchIndex::Matching::AsPlanned, true);
    if (!filtered.isEmpty())
        where << filtered;
    values << limit;

    QString table = QStringLiteral("articles");
    if (m_db->sql().engine() == SqlEngine::SQLite)
        table +=
            selective ? QStringLiteral(" NOT INDEXED") : QStringLiteral(" INDEXED BY articles_by_") + key;
    const QString order =
        nullKeys ? QStringLiteral("id ") + direction : QStringLiteral("%1 %2, id %2").arg(key, direction);
    SqlQuery query(m_db->sql());
    QList<ArticleSummary> rows;
    if (!query.exec(QStringLiteral("SELECT id, title, published, outlet, title_key, outlet_key, ") +
                        codingColumns() + QStringLiteral(" FROM ") + table +
                        (where.isEmpty() ? QString()
                                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
                        QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?"),
                    values)) {
        m_error = query.errorText();
        return rows;
    }
    while (query.next())
        rows.append({query.integer(0), query.text(1), query.text(2), query.text(3),
                     codingStatusFromCode(query.text(6)).value_or(CodingStatus::NotCoded),
                     int(query.integer(7)), query.value(4).toByteArray(), query.value(5).toByteArray()});
    return rows;
}

QList<ArticleSummary> ArticleListQuery::page(int limit, const std::optional<ArticleSummary> &after) const
{
    // Each pass drops the rows that were not hits, so the next one reads others in their place.
    for (;;) {
        QList<ArticleSummary> rows = unconfirmedPage(limit, after);
        if (!m_error.isEmpty() || !isKeptSearch(m_filter.ftsExpression, true) || m_hits->isExact())
            return rows;
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const ArticleSummary &row : std::as_const(rows))
            ids << row.id;
        const int dropped = m_hits->confirm(ids);
        if (dropped < 0) {
            m_error = m_hits->errorString();
            return {};
        }
        if (dropped == 0)
            return rows;
    }
}

QList<ArticleSummary> ArticleListQuery::unconfirmedPage(int limit,
                                                        const std::optional<ArticleSummary> &after) const
{
    m_error.clear();
    const bool inNullSegment = after && isNullKey(keyOf(*after, m_filter.sortKey));
    QList<ArticleSummary> rows = run(limit, after, inNullSegment);
    if (!inNullSegment && rows.size() < limit && m_error.isEmpty())
        rows += run(limit - int(rows.size()), std::nullopt, true);
    return rows;
}

} // namespace Pizhu
