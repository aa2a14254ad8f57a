// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "export/articlejson.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Pizhu {

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the articles of a corpus: id, date, outlet and title."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per article, with its bylines.")});
    if (!parse(parser, arguments))
        return UsageError;
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;

    ArticleStore store(db);
    const bool json = parser.isSet(QStringLiteral("json"));
    constexpr int page = 1000;
    for (int offset = 0;; offset += page) {
        const QList<ArticleSummary> rows = store.summaries(offset, page);
        for (const ArticleSummary &row : rows) {
            if (!json) {
                out() << row.id << '\t' << row.published << '\t' << row.outlet << '\t' << row.title << '\n';
            } else if (const std::optional<Article> article = store.article(row.id)) {
                out() << QJsonDocument(ArticleJson::summary(*article)).toJson(QJsonDocument::Compact) << '\n';
            }
        }
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
