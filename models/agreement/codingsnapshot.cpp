// SPDX-License-Identifier: GPL-3.0-or-later
#include "codingsnapshot.h"

#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"

#include <algorithm>

namespace Pizhu {

namespace {

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

} // namespace

int CodingSnapshot::coderCount(qint64 articleId) const
{
    return int(std::count_if(m_coded.cbegin(), m_coded.cend(), [articleId](const QSet<qint64> &articles) {
        return articles.contains(articleId);
    }));
}

bool CodingSnapshot::read(CorpusDatabase &db, const QStringList &chosenCoders, const QList<qint64> &tagIds,
                          const QList<qint64> &articleIds)
{
    coders = chosenCoders;
    m_coded = QList<QSet<qint64>>(coders.size());
    m_passages = QList<QHash<Key, QList<TextSpan>>>(coders.size());
    m_articleTags = QList<QSet<Key>>(coders.size());
    const QSet<qint64> onlyTags(tagIds.cbegin(), tagIds.cend());
    const QSet<qint64> onlyArticles(articleIds.cbegin(), articleIds.cend());
    QVariantList values;
    for (const QString &coder : coders)
        values << coder;
    QSet<qint64> usedTags;

    SqlQuery query(db.sql());
    const QString inCoders = placeholders(coders.size());
    if (!query.exec(QStringLiteral("SELECT coder, article_id, tag_id, start, \"end\" FROM annotations"
                                   " WHERE coder IN (%1) ORDER BY article_id, start, \"end\"")
                        .arg(inCoders),
                    values)) {
        m_error = query.errorText();
        return false;
    }
    while (query.next()) {
        const int coder = int(coders.indexOf(query.text(0)));
        const Key key{query.integer(1), query.integer(2)};
        if (!onlyArticles.isEmpty() && !onlyArticles.contains(key.articleId))
            continue;
        m_coded[coder].insert(key.articleId);
        if (!onlyTags.isEmpty() && !onlyTags.contains(key.tagId))
            continue;
        m_passages[coder][key].append({int(query.integer(3)), int(query.integer(4))});
        usedTags.insert(key.tagId);
    }
    if (!query.exec(QStringLiteral("SELECT coder, article_id, tag_id FROM article_tags WHERE coder IN (%1)")
                        .arg(inCoders),
                    values)) {
        m_error = query.errorText();
        return false;
    }
    while (query.next()) {
        const int coder = int(coders.indexOf(query.text(0)));
        const Key key{query.integer(1), query.integer(2)};
        if (!onlyArticles.isEmpty() && !onlyArticles.contains(key.articleId))
            continue;
        m_coded[coder].insert(key.articleId);
        if (!onlyTags.isEmpty() && !onlyTags.contains(key.tagId))
            continue;
        m_articleTags[coder].insert(key);
        usedTags.insert(key.tagId);
    }
    query.finish();

    QSet<qint64> coded;
    for (const QSet<qint64> &articles : std::as_const(m_coded))
        coded.unite(articles);
    articles = QList<qint64>(coded.cbegin(), coded.cend());
    std::sort(articles.begin(), articles.end());
    for (const qint64 id : std::as_const(articles)) {
        if (!query.exec(QStringLiteral("SELECT a.title, length(t.body) FROM articles AS a"
                                       " JOIN article_texts AS t ON t.article_id = a.id WHERE a.id = ?"),
                        {id}) ||
            !query.next()) {
            m_error = query.errorText();
            return false;
        }
        titles.insert(id, query.text(0));
        lengths.insert(id, int(query.integer(1)));
    }
    query.finish();

    TagStore tagStore(db);
    for (const Tag &tag : tagStore.all()) {
        if (onlyTags.isEmpty() ? usedTags.contains(tag.id) : onlyTags.contains(tag.id)) {
            tags << tag.id;
            tagPaths.insert(tag.id, tagStore.path(tag.id));
        }
    }
    return true;
}

} // namespace Pizhu
