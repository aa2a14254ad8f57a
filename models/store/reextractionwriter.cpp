// SPDX-License-Identifier: GPL-3.0-or-later
#include "reextractionwriter.h"

#include "corpusdatabase.h"
#include "entityrulestore.h"
#include "sqlquery.h"

#include <QHash>

namespace Pizhu {

ReextractionWriter::ReextractionWriter(CorpusDatabase &db)
    : m_db(db)
    , m_rules(db)
{
}

bool ReextractionWriter::write(qint64 articleId, const QList<ExtractedEntity> &entities)
{
    EntityStore store(m_db);
    const auto fail = [&] {
        m_error = store.errorString();
        return false;
    };
    const QSet<QString> was = m_countChanges ? suggestions(articleId) : QSet<QString>();
    if (!store.removeAutomatic(articleId))
        return fail();
    QHash<QString, StoredEntity> corrected;
    for (const StoredEntity &entity : store.forArticle(articleId))
        corrected.insert(entity.key, entity);
    for (const ExtractedEntity &found : entities) {
        const auto it = corrected.constFind(found.key);
        if (it != corrected.cend()) {
            if (it->status != EntityStatus::Manual && !store.replaceMentions(it->id, found.mentions))
                return fail();
            continue;
        }
        StoredEntity entity = StoredEntity::from(found, articleId);
        if (!store.insert(entity))
            return fail();
    }
    if (!m_rules.applyToArticle(articleId)) {
        m_error = m_rules.errorString();
        return false;
    }
    if (m_countChanges) {
        const QSet<QString> is = suggestions(articleId);
        const qsizetype changed = (was - is).size() + (is - was).size();
        if (changed > 0) {
            m_changedSuggestions += changed;
            m_changedArticles.append(articleId);
        }
    }
    return store.markExtracted(articleId) || fail();
}

QSet<QString> ReextractionWriter::suggestions(qint64 articleId) const
{
    QSet<QString> found;
    SqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral("SELECT type, key FROM entities WHERE article_id = ? AND status = 'auto'"
                                  " AND merged_into IS NULL"),
                   {articleId})) {
        while (query.next())
            found.insert(query.text(0) + QLatin1Char(' ') + query.text(1));
    }
    return found;
}

} // namespace Pizhu
