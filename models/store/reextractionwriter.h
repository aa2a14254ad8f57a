// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityrulestore.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Pizhu {

class CorpusDatabase;

/**
 * Stores a new extraction of an article that already has entities, by the rule that makes
 * corrections last: automatic entities are replaced; corrected ones (confirmed, rejected, retyped,
 * merged, and the targets of merges) stay with their ids, matched by their simplified form, and
 * only get their mentions refreshed; entities added by hand keep theirs. The corpus's entity rules
 * then apply to what is new.
 */
class ReextractionWriter
{
public:
    explicit ReextractionWriter(CorpusDatabase &db);

    /** Call inside a transaction; false with errorString() on failure. */
    bool write(qint64 articleId, const QList<ExtractedEntity> &entities);

    QString errorString() const { return m_error; }

    /**
     * From now on, counts the suggestions (automatic entities) that each write changes, as a
     * researcher reviewing an adapted model sees them: a name found, or no longer found.
     */
    void countChanges() { m_countChanges = true; }
    qsizetype changedSuggestions() const { return m_changedSuggestions; }
    /** The articles whose suggestions changed, in the order written. */
    const QList<qint64> &changedArticles() const { return m_changedArticles; }

private:
    /** The article's automatic entities, as "type key". */
    QSet<QString> suggestions(qint64 articleId) const;

    CorpusDatabase &m_db;
    EntityRuleStore m_rules;
    QString m_error;
    bool m_countChanges = false;
    qsizetype m_changedSuggestions = 0;
    QList<qint64> m_changedArticles;
};

} // namespace Pizhu
