// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefiltersql.h"

#include "store/sqlquery.h"

namespace Pizhu {

QString ArticleFilterSql::taggedArticles(const QList<qint64> &tagIds)
{
    return QStringLiteral("SELECT article_id FROM article_tags WHERE tag_id IN (%1)"
                          " UNION SELECT article_id FROM annotations WHERE tag_id IN (%1)")
        .arg(SqlQuery::idList(tagIds));
}

QString ArticleFilterSql::mentioningArticles()
{
    return QStringLiteral("SELECT DISTINCT article_id FROM entities WHERE type = ? AND key = ?"
                          " AND status <> 'rejected'");
}

void ArticleFilterSql::addConditions(const ArticleFilter &filter, QStringList *conditions,
                                     QVariantList *values)
{
    if (!filter.tagIds.isEmpty()) {
        *conditions << QStringLiteral("id %1 (%2)")
                           .arg(filter.withoutTags ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                                taggedArticles(filter.tagIds));
    }
    if (!filter.entityKey.isEmpty()) {
        values->append(filter.entityType);
        values->append(filter.entityKey);
        *conditions << QStringLiteral("id IN (%1)").arg(mentioningArticles());
    }
    // Dates are ISO 8601 text, so "on or before the 31st" is "before the first day after it".
    if (!filter.dateFrom.isEmpty()) {
        values->append(filter.dateFrom);
        *conditions << QStringLiteral("published >= ?");
    }
    if (!filter.dateTo.isEmpty()) {
        values->append(QString(filter.dateTo + QChar(0xffff)));
        *conditions << QStringLiteral("published <= ?");
    }
    if (!filter.articleIds.isEmpty()) {
        *conditions << QStringLiteral("id IN (%1)").arg(SqlQuery::idList(filter.articleIds));
    }
    if (!filter.statuses.isEmpty()) {
        QStringList stored;
        for (const CodingStatus status : filter.statuses) {
            if (status != CodingStatus::NotCoded)
                stored << QLatin1Char('\'') + codingStatusCode(status) + QLatin1Char('\'');
        }
        QStringList either;
        if (!stored.isEmpty())
            either << QStringLiteral("id IN (SELECT article_id FROM article_status WHERE status IN (%1))")
                          .arg(stored.join(QLatin1Char(',')));
        if (filter.statuses.contains(CodingStatus::NotCoded))
            either << QStringLiteral("id NOT IN (SELECT article_id FROM article_status)");
        *conditions << QLatin1Char('(') + either.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    addDetailsConditions(filter, conditions, values);
}

void ArticleFilterSql::addDetailsConditions(const ArticleFilter &filter, QStringList *conditions,
                                            QVariantList *values)
{
    const auto placeholders = [](qsizetype count) {
        return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
    };
    if (!filter.outlets.isEmpty()) {
        for (const QString &outlet : filter.outlets)
            values->append(outlet);
        *conditions << QStringLiteral("outlet IN (%1)").arg(placeholders(filter.outlets.size()));
    }
    if (!filter.scripts.isEmpty()) {
        for (const Script script : filter.scripts)
            values->append(scriptName(script));
        *conditions << QStringLiteral("script IN (%1)").arg(placeholders(filter.scripts.size()));
    }
    for (const AttributeCondition &attribute : filter.attributes) {
        values->append(attribute.name);
        if (attribute.value.isEmpty()) {
            *conditions << QStringLiteral("id IN (SELECT article_id FROM article_attributes WHERE name = ?)");
            continue;
        }
        values->append(attribute.value);
        *conditions << QStringLiteral(
            "id IN (SELECT article_id FROM article_attributes WHERE name = ? AND value = ?)");
    }
    if (filter.articleSetId != 0) {
        values->append(filter.articleSetId);
        *conditions << QStringLiteral("id IN (SELECT article_id FROM article_set_members WHERE set_id = ?)");
    }
}

} // namespace Pizhu
