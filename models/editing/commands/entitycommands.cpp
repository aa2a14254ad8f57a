// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommands.h"

#include "editing/corpussession.h"

namespace Pizhu {

namespace {

bool updateEntity(CorpusSession &session, const StoredEntity &entity, QString *error)
{
    EntityStore store(session.database());
    const bool ok = store.update(entity);
    *error = store.errorString();
    return ok;
}

} // namespace

EditEntity::EditEntity(CorpusSession &session, const StoredEntity &before, const StoredEntity &after,
                       const QString &text)
    : CorpusCommand(session, text)
    , m_before(before)
    , m_after(after)
{
}

void EditEntity::redo()
{
    writeRedo([this](QString *error) { return updateEntity(m_session, m_after, error); });
    m_session.notify({ChangeEvent::Kind::Entities, m_after.articleId, {}});
}

void EditEntity::undo()
{
    write([this](QString *error) { return updateEntity(m_session, m_before, error); });
    m_session.notify({ChangeEvent::Kind::Entities, m_before.articleId, {}});
}

AddEntity::AddEntity(CorpusSession &session, const StoredEntity &entity)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Add entity “%1”").arg(entity.name))
    , m_entity(entity)
{
}

void AddEntity::redo()
{
    writeRedo([this](QString *error) {
        EntityStore store(m_session.database());
        const bool ok = store.insert(m_entity);
        *error = store.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Entities, m_entity.articleId, {}});
}

void AddEntity::undo()
{
    write([this](QString *error) {
        EntityStore store(m_session.database());
        const bool ok = store.remove(m_entity.id);
        *error = store.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Entities, m_entity.articleId, {}});
}

} // namespace Pizhu
