// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityrulestore.h"

#include <QList>
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

private:
    CorpusDatabase &m_db;
    EntityRuleStore m_rules;
    QString m_error;
};

} // namespace Pizhu
