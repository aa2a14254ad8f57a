// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfilljob.h"

#include "corpusentitymodel.h"
#include "extract/entityextractor.h"
#include "search/searchindex.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/reextractionwriter.h"
#include "store/shadowchanges.h"
#include "store/sqlquery.h"
#include "store/textchecksum.h"
#include "store/transaction.h"
#include "text/chinesecollation.h"
#include "text/scriptconverter.h"

namespace Pizhu {

namespace {

// What each step has left to do, as a condition on articles.
const char *const NotIndexed = "indexed = 0";
const char *const NotExtracted = "extracted = 0";
const char *const NoChecksum = "id IN (SELECT article_id FROM article_texts WHERE checksum IS NULL)";
const char *const NoSortKey = "title_key IS NULL";
const char *const WholeShadow = "id IN (SELECT article_id FROM article_texts WHERE shadow IS NOT NULL)";

QList<qint64> pendingIds(CorpusDatabase &db, const char *condition, int limit, QString *error)
{
    QList<qint64> ids;
    SqlQuery query(db.sql());
    if (!query.exec(QStringLiteral("SELECT id FROM articles WHERE %1 ORDER BY id LIMIT ?")
                        .arg(QLatin1String(condition)),
                    {limit})) {
        *error = query.errorText();
        return ids;
    }
    while (query.next())
        ids.append(query.integer(0));
    return ids;
}

qint64 pendingCount(CorpusDatabase &db, const char *condition)
{
    SqlQuery query(db.sql());
    return query.exec(
               QStringLiteral("SELECT count(*) FROM articles WHERE %1").arg(QLatin1String(condition))) &&
                   query.next()
               ? query.integer(0)
               : 0;
}

} // namespace

bool BackfillJob::isNeeded(CorpusDatabase &db)
{
    SqlQuery query(db.sql());
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM articles WHERE %1)"
                                     " OR EXISTS (SELECT 1 FROM articles WHERE %2)"
                                     " OR EXISTS (SELECT 1 FROM articles WHERE %3)"
                                     " OR EXISTS (SELECT 1 FROM articles WHERE %4)"
                                     " OR EXISTS (SELECT 1 FROM articles WHERE %5)")
                          .arg(QLatin1String(NotIndexed), QLatin1String(NotExtracted),
                               QLatin1String(NoChecksum), QLatin1String(NoSortKey),
                               QLatin1String(WholeShadow))) &&
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
        if (!update.exec(QStringLiteral("UPDATE article_texts SET shadow = NULL, shadow_changes = ?,"
                                        " shadow_map = ?, checksum = NULL WHERE article_id = ?"),
                         {ShadowChanges::column(body, shadow.text),
                          shadow.map.isIdentity() ? QVariant() : QVariant(shadow.map.toBytes()), id}))
            return fail(update.errorText());
        if (!index.add(id, title, shadow.text))
            return fail(index.errorString());
    }
    return true;
}

bool BackfillJob::extractBatch(CorpusDatabase &db, const QList<qint64> &ids)
{
    ArticleStore articles(db);
    ReextractionWriter writer(db);
    const std::shared_ptr<const EntityExtractor> extractor = CorpusEntityModel(db).extractor();
    for (const qint64 id : ids) {
        const std::optional<Article> article = articles.article(id);
        if (!article)
            return fail(articles.errorString());
        if (!writer.write(id, extractor->extract(*article)))
            return fail(writer.errorString());
    }
    return true;
}

bool BackfillJob::checksumBatch(CorpusDatabase &db, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        SqlQuery read(db.sql());
        if (!read.exec(
                QStringLiteral("SELECT body, shadow, shadow_changes FROM article_texts WHERE article_id = ?"),
                {id}) ||
            !read.next())
            return fail(read.errorText());
        const std::optional<QString> shadow =
            ShadowChanges::stored(read.text(0), read.value(1), read.value(2));
        if (!shadow)
            return fail(tr("the text of article %1 is damaged: its simplified copy does not fit it").arg(id));
        const qint64 checksum = TextChecksum::of(read.text(0), *shadow);
        read.finish();
        SqlQuery update(db.sql());
        if (!update.exec(QStringLiteral("UPDATE article_texts SET checksum = ? WHERE article_id = ?"),
                         {checksum, id}))
            return fail(update.errorText());
    }
    return true;
}

bool BackfillJob::shadowChangesBatch(CorpusDatabase &db, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        SqlQuery read(db.sql());
        if (!read.exec(QStringLiteral("SELECT body, shadow FROM article_texts WHERE article_id = ?"), {id}) ||
            !read.next())
            return fail(read.errorText());
        const QString body = read.text(0);
        const QString shadow = read.text(1);
        read.finish();
        SqlQuery update(db.sql());
        if (!update.exec(QStringLiteral("UPDATE article_texts SET shadow = NULL, shadow_changes = ?"
                                        " WHERE article_id = ?"),
                         {ShadowChanges::column(body, shadow), id}))
            return fail(update.errorText());
    }
    return true;
}

bool BackfillJob::sortKeyBatch(CorpusDatabase &db, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        SqlQuery read(db.sql());
        if (!read.exec(QStringLiteral("SELECT title, outlet FROM articles WHERE id = ?"), {id}) ||
            !read.next())
            return fail(read.errorText());
        const QString title = read.text(0);
        const QString outlet = read.text(1);
        read.finish();
        SqlQuery update(db.sql());
        if (!update.exec(
                QStringLiteral("UPDATE articles SET title_key = ?, outlet_key = ? WHERE id = ?"),
                {ChineseCollation::sortKey(title, db.sortOrder()),
                 outlet.isEmpty() ? QVariant() : QVariant(ChineseCollation::sortKey(outlet, db.sortOrder())),
                 id}))
            return fail(update.errorText());
    }
    return true;
}

bool BackfillJob::run(CorpusDatabase &db, JobControl &control)
{
    struct Step
    {
        const char *condition;
        QString status;
        bool (BackfillJob::*batch)(CorpusDatabase &, const QList<qint64> &);
    };
    // The checksum last: indexing an older article rewrites its shadow.
    const Step steps[] = {
        {NotIndexed, tr("Indexing articles for search"), &BackfillJob::indexBatch},
        {NotExtracted, tr("Finding people, organisations and figures"), &BackfillJob::extractBatch},
        {WholeShadow, tr("Keeping only what the simplified copies change"), &BackfillJob::shadowChangesBatch},
        {NoChecksum, tr("Recording checksums of the texts"), &BackfillJob::checksumBatch},
        {NoSortKey, tr("Putting titles and outlets in Chinese order"), &BackfillJob::sortKeyBatch},
    };
    for (const Step &step : steps) {
        const qint64 total = pendingCount(db, step.condition);
        qint64 done = 0;
        while (!control.isCancelled()) {
            QString error;
            const QList<qint64> ids = pendingIds(db, step.condition, BatchSize, &error);
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
    // As after an import: were the merge to fail, searches would only be slower for a while.
    SearchIndex(db).settle();
    return true;
}

} // namespace Pizhu
