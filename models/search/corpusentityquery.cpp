// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusentityquery.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "text/scriptconverter.h"

namespace Pizhu {

CorpusEntityQuery::CorpusEntityQuery(CorpusDatabase &db)
    : m_db(db)
{
}

bool CorpusEntity::matches(const QString &filter, const QString &simplifiedFilter) const
{
    return key.contains(simplifiedFilter, Qt::CaseInsensitive) || name.contains(filter, Qt::CaseInsensitive);
}

QString CorpusEntityQuery::simplified(const QString &filter)
{
    return ScriptConverter::forMode(ScriptMode::Simplified).convertText(filter);
}

QList<CorpusEntity> CorpusEntityQuery::run(const QString &filter, int limit) const
{
    QList<CorpusEntity> result;
    SqlQuery query(m_db.sql());
    const auto pattern = [](const QString &text) -> QString {
        return QLatin1Char('%') + QString(text).remove(QLatin1Char('%')).remove(QLatin1Char('_')) +
               QLatin1Char('%');
    };
    // A name is found in either script: keys are simplified, so the filter is too.
    const QString where = filter.isEmpty() ? QString() : QStringLiteral(" WHERE key LIKE ? OR name LIKE ?");
    QVariantList values;
    if (!filter.isEmpty())
        values << pattern(simplified(filter)) << pattern(filter);
    values << limit;
    if (!query.exec(QStringLiteral("SELECT type, key, name, articles, mentions FROM entity_totals%1"
                                   " ORDER BY articles DESC, key LIMIT ?")
                        .arg(where),
                    values)) {
        m_error = query.errorText();
        return result;
    }
    while (query.next()) {
        result.append({entityTypeFromCode(query.text(0)).value_or(EntityType::Person), query.text(1),
                       query.text(2), int(query.integer(3)), int(query.integer(4))});
    }
    return result;
}

} // namespace Pizhu
