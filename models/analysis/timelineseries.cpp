// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineseries.h"

#include "search/corpusentityquery.h"
#include "search/searchquery.h"
#include "store/tagstore.h"

namespace Pizhu {

std::optional<TimelineSeries> TimelineSeries::ofWords(const QString &words, QString *error)
{
    const SearchQuery query = SearchQuery::parse(words);
    if (!query.isValid()) {
        *error = tr("“%1”: %2").arg(words, query.error());
        return std::nullopt;
    }
    ArticleFilter mentioning;
    mentioning.ftsExpression = query.ftsExpression();
    return TimelineSeries{words.trimmed(), mentioning};
}

TimelineSeries TimelineSeries::ofTag(CorpusDatabase &db, qint64 tagId)
{
    ArticleFilter tagged;
    tagged.tagIds = {tagId};
    return {TagStore(db).path(tagId), tagged};
}

std::optional<TimelineSeries> TimelineSeries::ofTagPath(CorpusDatabase &db, const QString &path,
                                                        QString *error)
{
    const qint64 id = TagStore(db).idForPath(path);
    if (!id) {
        *error = tr("the codebook has no tag “%1”").arg(path);
        return std::nullopt;
    }
    return ofTag(db, id);
}

std::optional<TimelineSeries> TimelineSeries::ofEntity(CorpusDatabase &db, const QString &name,
                                                       QString *error)
{
    const QString key = CorpusEntityQuery::simplified(name.trimmed());
    const CorpusEntityQuery query(db);
    for (const CorpusEntity &entity : query.run(name.trimmed(), 50)) {
        if (entity.key != key || entity.type == EntityType::Figure)
            continue;
        ArticleFilter naming;
        naming.entityType = entityTypeCode(entity.type);
        naming.entityKey = entity.key;
        return TimelineSeries{entity.name, naming};
    }
    *error = !query.errorString().isEmpty()
                 ? query.errorString()
                 : tr("no person or organisation in this corpus is named “%1”").arg(name.trimmed());
    return std::nullopt;
}

QList<TimelineSeries> TimelineSeries::ofEveryTag(CorpusDatabase &db)
{
    QList<TimelineSeries> series;
    for (const Tag &tag : TagStore(db).all())
        series << ofTag(db, tag.id);
    return series;
}

} // namespace Pizhu
