// SPDX-License-Identifier: GPL-3.0-or-later
#include "reextractionwriter.h"

#include "entityrulestore.h"

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
    return store.markExtracted(articleId) || fail();
}

} // namespace Pizhu
