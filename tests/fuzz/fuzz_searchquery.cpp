// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what a user types in the search box, parsed into an FTS5 expression and
// matched against the same text as an article's shadow.
#include "fuzzsupport.h"
#include "search/searchquery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Pizhu::Fuzz::ensureApplication();
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Pizhu::SearchQuery query = Pizhu::SearchQuery::parse(input);
    if (query.isValid()) {
        const QString fts = query.ftsExpression();
        const QList<Pizhu::TextSpan> hits = query.findIn(input);
        for (const Pizhu::TextSpan &hit : hits) {
            if (hit.start < 0 || hit.end < hit.start)
                __builtin_trap();
        }
        Q_UNUSED(fts);
    }
    return 0;
}
