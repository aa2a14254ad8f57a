// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "csvfile.h"
#include "search/articlelistquery.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "text/codepoints.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace Pizhu {

namespace {

struct Context
{
    CorpusDatabase &db;
    CsvWriter &writer;
    const CsvExport::Options &options;
    const CsvExport::Progress &progress;
    QString error;

    QString inScript(const QString &text) const
    {
        return ScriptConverter::forMode(options.script).convertText(text);
    }
    bool report(int done, int total) { return !progress || progress(done, total); }
    /** " AND \a column IN (the articles in scope)", or nothing when every article is. */
    QString inScope(const QString &column, QVariantList *values) const
    {
        if (options.scope.isEmpty())
            return {};
        return QStringLiteral(" AND %1 IN (%2)")
            .arg(column, ArticleListQuery(db, options.scope).idsSql(values));
    }
};

QString slice(const QString &text, int start, int end)
{
    const qsizetype from = CodePoints::toUtf16(text, start);
    return text.mid(from, CodePoints::toUtf16(text, end) - from);
}

/** Each tag's name and path, by id. */
QHash<qint64, QPair<QString, QString>> tagNames(CorpusDatabase &db)
{
    TagStore tags(db);
    QHash<qint64, QPair<QString, QString>> names;
    for (const Tag &tag : tags.all())
        names.insert(tag.id, {tag.name, tags.path(tag.id)});
    return names;
}

bool writeAnnotations(Context &c)
{
    c.writer.writeRow({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("outlet"),
                       QStringLiteral("date"), QStringLiteral("tag"), QStringLiteral("tag_path"),
                       QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text"),
                       QStringLiteral("note"), QStringLiteral("coder"), QStringLiteral("created"),
                       QStringLiteral("modified")});
    const AnnotationStore store(c.db);
    QVariantList values;
    const QList<Annotation> annotations =
        c.options.scope.isEmpty()
            ? store.forTags({})
            : store.onArticlesIn(ArticleListQuery(c.db, c.options.scope).idsSql(&values), values);
    const QHash<qint64, QPair<QString, QString>> names = tagNames(c.db);
    ArticleStore articles(c.db);
    qint64 currentId = 0;
    std::optional<Article> article;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        if (a.articleId != currentId) {
            currentId = a.articleId;
            article = articles.article(a.articleId);
            if (!article && articles.lastReadFoundDamage()) {
                c.error = articles.errorString();
                return false;
            }
        }
        if (!article)
            continue;
        c.writer.writeRow({a.articleId, c.inScript(article->title), article->outlet, article->published,
                           names.value(a.tagId).first, names.value(a.tagId).second, a.start, a.end,
                           c.inScript(slice(article->body(), a.start, a.end)), a.note, a.coder, a.created,
                           a.modified});
        if (i % 200 == 0 && !c.report(int(i), int(annotations.size())))
            return false;
    }
    return true;
}

bool writeArticles(Context &c)
{
    c.writer.writeRow({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("subtitle"),
                       QStringLiteral("date"), QStringLiteral("outlet"), QStringLiteral("bylines"),
                       QStringLiteral("editor"), QStringLiteral("script"), QStringLiteral("encoding"),
                       QStringLiteral("source_path"), QStringLiteral("url"), QStringLiteral("paragraphs"),
                       QStringLiteral("characters"), QStringLiteral("status")});
    ArticleStore store(c.db);
    const ArticleListQuery list(c.db, c.options.scope);
    const int total = list.count();
    int done = 0;
    std::optional<ArticleSummary> last;
    for (;;) {
        const QList<ArticleSummary> page = list.page(500, last);
        if (!page.isEmpty())
            last = page.constLast();
        for (const ArticleSummary &summary : page) {
            const std::optional<Article> a = store.article(summary.id);
            if (!a && store.lastReadFoundDamage()) {
                c.error = store.errorString();
                return false;
            }
            if (!a)
                continue;
            QStringList bylines;
            for (const Byline &b : a->bylines)
                bylines << (b.role.isEmpty() ? b.name : b.role + QLatin1Char(' ') + b.name);
            c.writer.writeRow({a->id, c.inScript(a->title), c.inScript(a->subtitle), a->published, a->outlet,
                               bylines.join(QStringLiteral("; ")), a->editor, scriptName(a->script),
                               a->encoding, a->sourcePath, a->url, int(a->paragraphs.size()),
                               CodePoints::count(a->body()), codingStatusName(summary.status)});
            ++done;
            if ((done == 1 || done % 200 == 0) && !c.report(done, total))
                return false;
        }
        if (page.size() < 500)
            return true;
    }
}

bool writeArticleTags(Context &c)
{
    c.writer.writeRow({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("outlet"),
                       QStringLiteral("date"), QStringLiteral("tag"), QStringLiteral("tag_path"),
                       QStringLiteral("coder"), QStringLiteral("created")});
    const QHash<qint64, QPair<QString, QString>> names = tagNames(c.db);
    SqlQuery query(c.db.sql());
    QVariantList values;
    const QString scope = c.inScope(QStringLiteral("t.article_id"), &values);
    if (!query.exec(
            QStringLiteral("SELECT t.article_id, a.title, a.outlet, a.published, t.tag_id, t.coder, t.created"
                           " FROM article_tags AS t JOIN articles AS a ON a.id = t.article_id WHERE TRUE%1"
                           " ORDER BY a.published IS NULL, a.published DESC, a.id, t.tag_id, t.coder")
                .arg(scope),
            values)) {
        c.error = query.errorText();
        return false;
    }
    int done = 0;
    while (query.next()) {
        const qint64 tagId = query.value(4).toLongLong();
        c.writer.writeRow({query.value(0), c.inScript(query.value(1).toString()), query.value(2),
                           query.value(3), names.value(tagId).first, names.value(tagId).second,
                           query.value(5), query.value(6)});
        if (++done % 500 == 0 && !c.report(done, -1))
            return false;
    }
    return true;
}

/**
 * One row per article (per article and coder with Options::byCoder): for each tag its passage
 * count, then, under "article:" and the tag path, 1 where the tag is on the whole article.
 */
bool writeMatrix(Context &c)
{
    TagStore tags(c.db);
    const QList<Tag> codebook = tags.all();
    const bool byCoder = c.options.byCoder;
    QVariantList header = {QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("status")};
    if (byCoder)
        header << QStringLiteral("coder");
    const int firstCount = int(header.size());
    QHash<qint64, int> offset; ///< tag id → index among the tags
    for (const Tag &tag : codebook) {
        offset.insert(tag.id, int(offset.size()));
        header << tags.path(tag.id);
    }
    for (const Tag &tag : codebook)
        header << QString(QStringLiteral("article:") + tags.path(tag.id));
    c.writer.writeRow(header);
    const int tagCount = int(codebook.size());
    SqlQuery query(c.db.sql());
    const QString coder = byCoder ? QStringLiteral("coder") : QStringLiteral("''");
    QVariantList values;
    const QString scope = c.inScope(QStringLiteral("a.id"), &values);
    if (!query.exec(QStringLiteral(
                        "SELECT a.id, a.title, n.coder, n.tag_id, n.passages, n.whole,"
                        " (SELECT status FROM article_status WHERE article_id = a.id) FROM articles AS a"
                        " LEFT JOIN (SELECT article_id, %1 AS coder, tag_id, sum(passage) AS passages,"
                        "                   max(whole) AS whole"
                        "            FROM (SELECT article_id, coder, tag_id, 1 AS passage, 0 AS whole "
                        "FROM annotations"
                        "                  UNION ALL"
                        "                  SELECT article_id, coder, tag_id, 0, 1 FROM article_tags) AS coded"
                        "            GROUP BY %3) AS n ON n.article_id = a.id"
                        " WHERE TRUE%2 ORDER BY a.published IS NULL, a.published DESC, a.id, n.coder")
                        .arg(coder, scope,
                             byCoder ? QStringLiteral("article_id, coder, tag_id")
                                     : QStringLiteral("article_id, tag_id")),
                    values)) {
        c.error = query.errorText();
        return false;
    }
    QVariantList row;
    std::optional<QPair<qint64, QString>> current;
    int done = 0;
    auto flush = [&] {
        if (current)
            c.writer.writeRow(row);
    };
    while (query.next()) {
        const QPair<qint64, QString> key{query.value(0).toLongLong(), query.value(2).toString()};
        if (key != current) {
            flush();
            current = key;
            row = {key.first, c.inScript(query.value(1).toString()),
                   codingStatusName(
                       codingStatusFromCode(query.value(6).toString()).value_or(CodingStatus::NotCoded))};
            if (byCoder)
                row << key.second;
            for (int i = 0; i < 2 * tagCount; ++i)
                row << 0;
            if (++done % 500 == 0 && !c.report(done, -1))
                return false;
        }
        const auto tag = offset.constFind(query.value(3).toLongLong());
        if (query.value(3).isNull() || tag == offset.cend())
            continue;
        row[firstCount + *tag] = query.value(4).toInt();
        row[firstCount + tagCount + *tag] = query.value(5).toInt();
    }
    flush();
    return true;
}

bool writeEntities(Context &c)
{
    c.writer.writeRow({QStringLiteral("article_id"), QStringLiteral("title"), QStringLiteral("type"),
                       QStringLiteral("text"), QStringLiteral("value"), QStringLiteral("unit"),
                       QStringLiteral("role"), QStringLiteral("mentions"), QStringLiteral("status"),
                       QStringLiteral("approx"), QStringLiteral("counts"), QStringLiteral("key")});
    // One row per entity; an entity merged into another is counted in that one's mentions.
    SqlQuery query(c.db.sql());
    QVariantList values;
    const QString scope = c.inScope(QStringLiteral("e.article_id"), &values);
    if (!query.exec(
            QStringLiteral(
                "SELECT e.article_id, a.title, e.type, e.name, e.value, e.unit, e.role,"
                " e.mention_count + coalesce((SELECT sum(m.mention_count) FROM entities AS m WHERE "
                "m.merged_into = "
                "e.id), 0),"
                " e.status, e.approx, e.counts, e.key"
                " FROM entities AS e JOIN articles AS a ON a.id = e.article_id WHERE e.merged_into IS NULL%1"
                " ORDER BY a.published IS NULL, a.published DESC, a.id, e.type, e.id")
                .arg(scope),
            values)) {
        c.error = query.errorText();
        return false;
    }
    int done = 0;
    while (query.next()) {
        QVariantList row;
        for (int column = 0; column < 12; ++column)
            row << query.value(column);
        row[1] = c.inScript(row.at(1).toString());
        row[3] = c.inScript(row.at(3).toString());
        row[6] = c.inScript(row.at(6).toString());
        c.writer.writeRow(row);
        if (++done % 500 == 0 && !c.report(done, -1))
            return false;
    }
    return true;
}

/** Every memo; with a scope, of the memos on articles only those on the articles in it. */
bool writeMemos(Context &c)
{
    c.writer.writeRow({QStringLiteral("memo_id"), QStringLiteral("about"), QStringLiteral("article_id"),
                       QStringLiteral("title"), QStringLiteral("tag_path"), QStringLiteral("coder"),
                       QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("text")});
    SqlQuery query(c.db.sql());
    QVariantList values;
    const QString scope = c.inScope(QStringLiteral("m.article_id"), &values);
    if (!query.exec(
            QStringLiteral("SELECT m.id, m.article_id, a.title, m.tag_id, m.coder, m.created, m.modified,"
                           " m.text FROM memos AS m LEFT JOIN articles AS a ON a.id = m.article_id"
                           " WHERE m.article_id IS NULL OR (TRUE%1)"
                           " ORDER BY m.article_id IS NOT NULL, m.tag_id IS NOT NULL, m.article_id,"
                           " m.tag_id, m.created, m.id")
                .arg(scope),
            values)) {
        c.error = query.errorText();
        return false;
    }
    const QHash<qint64, QPair<QString, QString>> names = tagNames(c.db);
    int done = 0;
    while (query.next()) {
        const bool onArticle = query.value(1).isValid();
        const bool onTag = query.value(3).isValid();
        const QString about = onArticle ? QStringLiteral("article")
                              : onTag   ? QStringLiteral("tag")
                                        : QStringLiteral("project");
        c.writer.writeRow({query.value(0), about, query.value(1), c.inScript(query.value(2).toString()),
                           onTag ? names.value(query.integer(3)).second : QString(), query.value(4),
                           query.value(5), query.value(6), query.value(7)});
        if (++done % 500 == 0 && !c.report(done, -1))
            return false;
    }
    return true;
}

} // namespace

std::optional<CsvExport::Table> CsvExport::tableFromName(const QString &name)
{
    if (name == QLatin1String("annotations"))
        return Table::Annotations;
    if (name == QLatin1String("entities"))
        return Table::Entities;
    if (name == QLatin1String("articles"))
        return Table::Articles;
    if (name == QLatin1String("matrix"))
        return Table::Matrix;
    if (name == QLatin1String("article-tags"))
        return Table::ArticleTags;
    if (name == QLatin1String("memos"))
        return Table::Memos;
    return std::nullopt;
}

bool CsvExport::write(CorpusDatabase &db, const QString &path, const Options &options, QString *error,
                      const Progress &progress)
{
    const QString where = QDir::toNativeSeparators(path);
    CsvFile file(path, options.byteOrderMark);
    if (!file.open()) {
        *error = tr("%1: %2").arg(where, file.errorString());
        return false;
    }
    Context context{db, file.writer(), options, progress, {}};
    bool complete = false;
    switch (options.table) {
    case Table::Annotations:
        complete = writeAnnotations(context);
        break;
    case Table::Entities:
        complete = writeEntities(context);
        break;
    case Table::Articles:
        complete = writeArticles(context);
        break;
    case Table::Matrix:
        complete = writeMatrix(context);
        break;
    case Table::ArticleTags:
        complete = writeArticleTags(context);
        break;
    case Table::Memos:
        complete = writeMemos(context);
        break;
    }
    if (!complete) {
        file.cancel();
        *error = context.error.isEmpty()
                     ? tr("%1: the export was cancelled; no file was written").arg(where)
                     : tr("%1: the export failed (%2); no file was written").arg(where, context.error);
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(where, file.errorString());
        return false;
    }
    return true;
}

} // namespace Pizhu
