// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpuscommand.h"
#include "store/entityrulestore.h"

namespace Pizhu {

/** Changes what a researcher decides about an entity: its status, its type, or a merge. */
class EditEntity : public CorpusCommand
{
public:
    EditEntity(CorpusSession &session, const StoredEntity &before, const StoredEntity &after,
               const QString &text);
    void redo() override;
    void undo() override;

private:
    StoredEntity m_before;
    StoredEntity m_after;
};

/** Adds an entity by hand, from a selection in the reader. */
class AddEntity : public CorpusCommand
{
public:
    AddEntity(CorpusSession &session, const StoredEntity &entity);
    void redo() override;
    void undo() override;
    qint64 entityId() const { return m_entity.id; }

private:
    StoredEntity m_entity;
};

/**
 * Makes a correction a rule of the corpus (in place of any rule for the same entity) and applies it
 * to every article; undo puts the entities and the rule back as they were.
 */
class ApplyEntityRule : public CorpusCommand
{
public:
    ApplyEntityRule(CorpusSession &session, const EntityRule &rule, const QString &text);
    void redo() override;
    void undo() override;
    /** How many entities the rule changed in its last run. */
    qsizetype changedCount() const { return m_before.size(); }

private:
    EntityRule m_rule;
    std::optional<EntityRule> m_previous;
    QList<StoredEntity> m_before;
};

/** Drops a rule of the corpus; the entities it changed stay as they are. */
class ForgetEntityRule : public CorpusCommand
{
public:
    ForgetEntityRule(CorpusSession &session, const EntityRule &rule);
    void redo() override;
    void undo() override;

private:
    EntityRule m_rule;
};

} // namespace Pizhu
