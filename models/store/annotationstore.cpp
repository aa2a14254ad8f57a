// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

#include <QDateTime>

namespace Pizhu {

namespace {

const QString annotationColumns =
    QStringLiteral("id, article_id, tag_id, start, \"end\", note, coder, created, modified");

Annotation annotationFrom(const SqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toInt(),      query.value(4).toInt(),      query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString(),   query.value(8).toString()};
}

} // namespace

QString AnnotationStore::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

AnnotationStore::AnnotationStore(CorpusDatabase &db)
    : m_db(db)
{
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM annotations WHERE id = ?").arg(annotationColumns), {id}) ||
        !query.next())
        return std::nullopt;
    return annotationFrom(query);
}

QList<Annotation> AnnotationStore::forArticle(qint64 articleId) const
{
    return read(QStringLiteral(" WHERE article_id = ?"), {articleId});
}

QList<Annotation> AnnotationStore::forTags(const QList<qint64> &tagIds) const
{
    return read(tagIds.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE tag_id IN (%1)").arg(SqlQuery::idList(tagIds)),
                {});
}

QList<Annotation> AnnotationStore::onArticlesIn(const QString &articleIdsSql,
                                                const QVariantList &values) const
{
    return read(QStringLiteral(" WHERE article_id IN (%1)").arg(articleIdsSql), values);
}

QList<Annotation> AnnotationStore::read(const QString &where, const QVariantList &values) const
{
    QList<Annotation> result;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM annotations%2 ORDER BY article_id, start, \"end\", id")
                        .arg(annotationColumns, where),
                    values)) {
        m_error = query.errorText();
        return result;
    }
    while (query.next())
        result.append(annotationFrom(query));
    return result;
}

bool AnnotationStore::insert(Annotation &a)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("INSERT INTO annotations (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                   " RETURNING id")
                        .arg(annotationColumns),
                    {a.id ? QVariant(a.id) : QVariant(), a.articleId, a.tagId, a.start, a.end,
                     SqlQuery::notNull(a.note), a.coder, a.created, a.modified}) ||
        !query.next()) {
        m_error = query.errorText();
        return false;
    }
    a.id = query.integer(0);
    return true;
}

bool AnnotationStore::remove(qint64 id)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("DELETE FROM annotations WHERE id = ?"), {id})) {
        m_error = query.errorText();
        return false;
    }
    // Another window or coder may have deleted it since this one read it.
    if (query.numRowsAffected() != 1) {
        m_error = tr("the passage %1 is no longer in the corpus: it was deleted elsewhere meanwhile").arg(id);
        return false;
    }
    return true;
}

bool AnnotationStore::setNote(qint64 id, const QString &note, const QString &modified)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("UPDATE annotations SET note = ?, modified = ? WHERE id = ?"),
                    {SqlQuery::notNull(note), modified, id}) ||
        query.numRowsAffected() != 1) {
        m_error = query.errorText().isEmpty() ? tr("there is no passage %1").arg(id) : query.errorText();
        return false;
    }
    return true;
}

std::optional<QList<qint64>> AnnotationStore::retag(qint64 fromTag, qint64 toTag)
{
    QList<qint64> ids;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT id FROM annotations WHERE tag_id = ?"), {fromTag})) {
        m_error = query.errorText();
        return std::nullopt;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (!setTag(ids, toTag))
        return std::nullopt;
    return ids;
}

bool AnnotationStore::setTag(const QList<qint64> &ids, qint64 tagId)
{
    if (ids.isEmpty())
        return true;
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("UPDATE annotations SET tag_id = ? WHERE id IN (%1)").arg(SqlQuery::idList(ids)),
            {tagId})) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

QList<ArticleTag> AnnotationStore::articleTags(qint64 articleId) const
{
    QList<ArticleTag> result;
    SqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral(
                       "SELECT article_id, tag_id, coder, created FROM article_tags WHERE article_id = ?"),
                   {articleId})) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toString()});
    }
    return result;
}

QList<ArticleTag> AnnotationStore::articleTagsOf(const QList<qint64> &tagIds) const
{
    QList<ArticleTag> result;
    SqlQuery query(m_db.sql());
    if (!tagIds.isEmpty() &&
        query.exec(
            QStringLiteral("SELECT article_id, tag_id, coder, created FROM article_tags WHERE tag_id IN (%1)")
                .arg(SqlQuery::idList(tagIds)))) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(), query.value(3).toString()});
    }
    return result;
}

bool AnnotationStore::addArticleTag(const ArticleTag &tag)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, coder, created) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                    {tag.articleId, tag.tagId, tag.coder, tag.created})) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

bool AnnotationStore::removeArticleTag(qint64 articleId, qint64 tagId, const QString &coder)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ? AND coder = ?"),
            {articleId, tagId, coder})) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

QStringList AnnotationStore::coders() const
{
    QStringList coders;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral(
            "SELECT coder FROM annotations UNION SELECT coder FROM article_tags ORDER BY 1"))) {
        m_error = query.errorText();
        return coders;
    }
    while (query.next())
        coders << query.text(0);
    return coders;
}

CodingCount AnnotationStore::countFor(const QList<qint64> &articleIds) const
{
    const QString list = SqlQuery::idList(articleIds);
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM annotations WHERE article_id IN (%1)),"
                                   " (SELECT count(*) FROM article_tags WHERE article_id IN (%1)),"
                                   " (SELECT count(*) FROM memos WHERE article_id IN (%1))")
                        .arg(list)) ||
        !query.next()) {
        m_error = query.errorText();
        return {};
    }
    return {int(query.integer(0)), int(query.integer(1)), int(query.integer(2))};
}

} // namespace Pizhu
