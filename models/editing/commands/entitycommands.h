// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpuscommand.h"
#include "store/entitystore.h"

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

} // namespace Pizhu
