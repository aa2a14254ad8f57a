// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the articles of a corpus: id, date, outlet and title."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    if (!parse(parser, arguments))
        return UsageError;
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;

    ArticleStore store(db);
    constexpr int page = 1000;
    for (int offset = 0;; offset += page) {
        const QList<ArticleSummary> rows = store.summaries(offset, page);
        for (const ArticleSummary &row : rows)
            out() << row.id << '\t' << row.published << '\t' << row.outlet << '\t' << row.title << '\n';
        if (rows.size() < page)
            break;
    }
    out().flush();
    if (!store.errorString().isEmpty()) {
        err() << tr("pizhu list: %1").arg(store.errorString()) << Qt::endl;
        return UsageError;
    }
    return Success;
}

} // namespace Pizhu
