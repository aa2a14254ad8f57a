// SPDX-License-Identifier: GPL-3.0-or-later
// The running entity totals checked against counting the entity rows afresh, on either engine.
#pragma once

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"

namespace Pizhu::TestSupport {

/**
 * How many (type, key) totals differ from a fresh count of the entities (neither rejected nor
 * merged into another); -1 if it cannot ask.
 */
inline qint64 entityTotalsDifferences(CorpusDatabase &db)
{
    SqlQuery query(db.sql());
    const bool ok = query.exec(QStringLiteral(
        "WITH counted AS (SELECT type, key, count(*) AS articles, sum(mention_count) AS mentions"
        " FROM entities WHERE status <> 'rejected' AND merged_into IS NULL GROUP BY type, key)"
        " SELECT count(*) FROM (SELECT type, key, articles, mentions FROM counted"
        " EXCEPT SELECT type, key, articles, mentions FROM entity_totals"
        " UNION ALL SELECT type, key, articles, mentions FROM entity_totals"
        " EXCEPT SELECT type, key, articles, mentions FROM counted) AS differing"));
    return ok && query.next() ? query.integer(0) : -1;
}

} // namespace Pizhu::TestSupport
