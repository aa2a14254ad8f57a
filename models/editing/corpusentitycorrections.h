// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/entityrulestore.h"

#include <QCoreApplication>

namespace Pizhu {

class CorpusSession;

/**
 * Corrections of an entity for the whole corpus ("reject everywhere", "always an organisation"):
 * each is one undoable step on the session's stack that changes every article at once and is kept
 * as a rule of the corpus (EntityRuleStore), which later imports and re-extractions obey.
 * An entity is named by its type and simplified form, as the corpus's entity table groups them.
 */
class CorpusEntityCorrections
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusEntityCorrections)

public:
    explicit CorpusEntityCorrections(CorpusSession &session);

    bool rejectEverywhere(EntityType type, const QString &key, const QString &name);
    bool confirmEverywhere(EntityType type, const QString &key, const QString &name);
    bool retypeEverywhere(EntityType type, const QString &key, const QString &name, EntityType newType);
    /** 川普 into 特朗普: merged where an article names both, renamed where it names only 川普. */
    bool mergeEverywhere(EntityType type, const QString &key, const QString &name, const QString &intoName);
    /** Drops the corpus's rule for the entity; what it changed stays as it is. */
    bool forget(EntityType type, const QString &key);

    /** How many entities the last correction changed. */
    qsizetype changedCount() const { return m_changed; }
    QString errorString() const;

private:
    bool apply(EntityRule rule, const QString &text);
    bool refuse(const QString &reason);

    CorpusSession &m_session;
    qsizetype m_changed = 0;
    QString m_error;
};

} // namespace Pizhu
