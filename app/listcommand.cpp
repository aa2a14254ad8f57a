// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlescopeoptions.h"
#include "commandline.h"
#include "export/articlejson.h"
#include "search/articlelistquery.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

int CommandLine::runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the articles of a corpus, newest first: id, date, outlet and title, or all of an "
           "article's details with its coding status as JSON."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object per article, with its bylines.")});
    ArticleScopeOptions::add(parser);
    if (!parse(parser, arguments))
        return UsageError;
    const auto fail = [](const QString &message) {
        err() << tr("pizhu list: %1").arg(message) << Qt::endl;
        return UsageError;
    };
    ArticleFilter filter;
    if (const QString problem = ArticleScopeOptions::read(parser, &filter); !problem.isEmpty())
        return fail(problem);
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    if (const QString problem = ArticleScopeOptions::readSet(parser, db, &filter); !problem.isEmpty())
        return fail(problem);

    ArticleStore store(db);
    const ArticleListQuery list(db, filter);
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
                QJsonObject summary = ArticleJson::summary(*article);
                summary.insert(QStringLiteral("status"), codingStatusName(row.status));
                out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << '\n';
            }
        }
        if (rows.size() < page)
            break;
    }
    out().flush();
    if (const QString error = list.errorString().isEmpty() ? store.errorString() : list.errorString();
        !error.isEmpty())
        return fail(error);
    return Success;
}

} // namespace Pizhu
