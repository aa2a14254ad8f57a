// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortkeys.h"

#include "sqlquery.h"
#include "transaction.h"

namespace Pizhu {

namespace {

const char OrderSetting[] = "title_order";
const char CollatorSetting[] = "sort_collator";

QString setting(SqlConnection &sql, const char *name)
{
    SqlQuery query(sql);
    return query.exec(QStringLiteral("SELECT value FROM corpus_settings WHERE name = ?"),
                      {QLatin1String(name)}) &&
                   query.next()
               ? query.text(0)
               : QString();
}

bool store(SqlQuery &query, const char *name, const QString &value)
{
    return query.exec(QStringLiteral("INSERT INTO corpus_settings (name, value) VALUES (?, ?)"
                                     " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                      {QLatin1String(name), value});
}

} // namespace

ChineseCollation::Order SortKeys::order(SqlConnection &sql)
{
    return ChineseCollation::fromName(setting(sql, OrderSetting)).value_or(ChineseCollation::Order::Pinyin);
}

bool SortKeys::reconcile(SqlConnection &sql, ChineseCollation::Order order, QString *error)
{
    if (setting(sql, CollatorSetting) == ChineseCollation::version(order))
        return true;
    Transaction transaction(sql);
    SqlQuery query(sql);
    if (!transaction.isActive() ||
        !query.exec(QStringLiteral("UPDATE articles SET title_key = NULL, outlet_key = NULL"
                                   " WHERE title_key IS NOT NULL OR outlet_key IS NOT NULL")) ||
        !store(query, CollatorSetting, ChineseCollation::version(order))) {
        *error = transaction.isActive() ? query.errorText() : transaction.errorText();
        return false;
    }
    query.finish();
    if (!transaction.commit()) {
        *error = transaction.errorText();
        return false;
    }
    return true;
}

bool SortKeys::setOrder(SqlConnection &sql, ChineseCollation::Order order, QString *error)
{
    {
        SqlQuery query(sql);
        if (!store(query, OrderSetting, ChineseCollation::name(order))) {
            *error = query.errorText();
            return false;
        }
    }
    return reconcile(sql, order, error);
}

} // namespace Pizhu
