// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortkeyversion.h"

#include "sqlquery.h"
#include "text/pinyinorder.h"
#include "transaction.h"

namespace Pizhu {

namespace {

const char SettingName[] = "pinyin_collation";

} // namespace

bool SortKeyVersion::isCurrent(SqlConnection &sql)
{
    SqlQuery query(sql);
    return query.exec(QStringLiteral("SELECT value FROM corpus_settings WHERE name = ?"),
                      {QLatin1String(SettingName)}) &&
           query.next() && query.text(0) == PinyinOrder::version();
}

bool SortKeyVersion::reconcile(SqlConnection &sql, QString *error)
{
    if (isCurrent(sql))
        return true;
    Transaction transaction(sql);
    SqlQuery query(sql);
    if (!transaction.isActive() ||
        !query.exec(QStringLiteral("UPDATE articles SET title_key = NULL, outlet_key = NULL"
                                   " WHERE title_key IS NOT NULL OR outlet_key IS NOT NULL")) ||
        !query.exec(QStringLiteral("INSERT INTO corpus_settings (name, value) VALUES (?, ?)"
                                   " ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                    {QLatin1String(SettingName), PinyinOrder::version()})) {
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

} // namespace Pizhu
