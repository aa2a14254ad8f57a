// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "export/articlejson.h"
#include "search/articlelistquery.h"
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
    const ArticleListQuery list(db, {});
    const bool json = parser.isSet(QStringLiteral("json"));
    constexpr int page = 1000;
    std::optional<ArticleSummary> last;
    for (;;) {
        const QList<ArticleSummary> rows = list.page(page, last);
        if (!rows.isEmpty())
            last = rows.constLast();
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
    if (const QString error = list.errorString().isEmpty() ? store.errorString() : list.errorString();
        !error.isEmpty()) {
        err() << tr("pizhu list: %1").arg(error) << Qt::endl;
        return UsageError;
    }
    return Success;
}

} // namespace Pizhu
