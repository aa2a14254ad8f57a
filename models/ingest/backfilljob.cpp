// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfilljob.h"

#include "extract/entityextractor.h"
#include "search/searchindex.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/reextractionwriter.h"
#include "store/sqlquery.h"
#include "store/transaction.h"
#include "text/scriptconverter.h"

namespace Pizhu {

namespace {

QList<qint64> pendingIds(CorpusDatabase &db, const QString &column, int limit, QString *error)
{
    QList<qint64> ids;
    SqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("SELECT id FROM articles WHERE %1 = 0 ORDER BY id LIMIT ?").arg(column),
                    {limit})) {
        *error = query.errorText();
        return ids;
    }
    while (query.next())
        ids.append(query.integer(0));
    return ids;
}

qint64 pendingCount(CorpusDatabase &db, const QString &column)
{
    SqlQuery query(db.sql());
    return query.exec(QStringLiteral("SELECT count(*) FROM articles WHERE %1 = 0").arg(column)) &&
                   query.next()
               ? query.integer(0)
               : 0;
}

} // namespace

bool BackfillJob::isNeeded(CorpusDatabase &db)
{
    SqlQuery query(db.sql());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles WHERE indexed = 0)"
                                     " OR EXISTS (SELECT 1 FROM articles WHERE extracted = 0)")) &&
           query.next() && query.integer(0) != 0;
}

QString BackfillJob::title() const
{
    return tr("Preparing older articles");
}

bool BackfillJob::indexBatch(CorpusDatabase &db, const QList<qint64> &ids)
{
    const ScriptConverter &simplified = ScriptConverter::forMode(ScriptMode::Simplified);
    SearchIndex index(db);
    for (const qint64 id : ids) {
        SqlQuery read(db.sql());
        if (!read.exec(QStringLiteral("SELECT a.title, t.body FROM articles AS a"
                                      " JOIN article_texts AS t ON t.article_id = a.id WHERE a.id = ?"),
                       {id}) ||
            !read.next())
            return fail(read.errorText());
        const QString title = read.text(0);
        const QString body = read.text(1);
        read.finish();
        const Conversion shadow = simplified.convert(body);
        SqlQuery update(db.sql());
        if (!update.exec(
                QStringLiteral("UPDATE article_texts SET shadow = ?, shadow_map = ? WHERE article_id = ?"),
                {shadow.text == body ? QVariant() : QVariant(shadow.text),
                 shadow.map.isIdentity() ? QVariant() : QVariant(shadow.map.toBytes()), id}))
            return fail(update.errorText());
        if (!index.add(id, simplified.convertText(title), shadow.text))
            return fail(index.errorString());
    }
    return true;
}

bool BackfillJob::extractBatch(CorpusDatabase &db, const QList<qint64> &ids)
{
    ArticleStore articles(db);
    ReextractionWriter writer(db);
    for (const qint64 id : ids) {
        const std::optional<Article> article = articles.article(id);
        if (!article)
            return fail(articles.errorString());
        if (!writer.write(id, EntityExtractor::instance().extract(*article)))
            return fail(writer.errorString());
    }
    return true;
}

bool BackfillJob::run(CorpusDatabase &db, JobControl &control)
{
    struct Step
    {
        QString column;
        QString status;
        bool (BackfillJob::*batch)(CorpusDatabase &, const QList<qint64> &);
    };
    const Step steps[] = {
        {QStringLiteral("indexed"), tr("Indexing articles for search"), &BackfillJob::indexBatch},
        {QStringLiteral("extracted"), tr("Finding people, organisations and figures"),
         &BackfillJob::extractBatch},
    };
    for (const Step &step : steps) {
        const qint64 total = pendingCount(db, step.column);
        qint64 done = 0;
        while (!control.isCancelled()) {
            QString error;
            const QList<qint64> ids = pendingIds(db, step.column, BatchSize, &error);
            if (!error.isEmpty())
                return fail(error);
            if (ids.isEmpty())
                break;
            control.progress(done, total, step.status);
            Transaction transaction(db.sql());
            if (!transaction.isActive())
                return fail(transaction.errorText());
            if (!(this->*step.batch)(db, ids))
                return false;
            if (!transaction.commit())
                return fail(transaction.errorText());
            done += ids.size();
        }
        control.progress(done, total, step.status);
    }
    return true;
}

} // namespace Pizhu
