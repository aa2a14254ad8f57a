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

ApplyEntityRule::ApplyEntityRule(CorpusSession &session, const EntityRule &rule, const QString &text)
    : CorpusCommand(session, text)
    , m_rule(rule)
{
}

void ApplyEntityRule::redo()
{
    writeRedo([this](QString *error) {
        EntityRuleStore rules(m_session.database());
        m_previous = rules.rule(m_rule.type, m_rule.key);
        const bool ok = rules.put(m_rule) && rules.applyEverywhere(m_rule, &m_before);
        *error = rules.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Entities, 0, {}});
}

void ApplyEntityRule::undo()
{
    write([this](QString *error) {
        EntityStore entities(m_session.database());
        for (const StoredEntity &entity : std::as_const(m_before)) {
            if (!entities.update(entity)) {
                *error = entities.errorString();
                return false;
            }
        }
        EntityRuleStore rules(m_session.database());
        const bool ok = m_previous ? rules.put(*m_previous) : rules.remove(m_rule.type, m_rule.key);
        *error = rules.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Entities, 0, {}});
}

ForgetEntityRule::ForgetEntityRule(CorpusSession &session, const EntityRule &rule)
    : CorpusCommand(session,
                    QCoreApplication::translate("Undo Commands", "Forget the rule for “%1”").arg(rule.name))
    , m_rule(rule)
{
}

void ForgetEntityRule::redo()
{
    writeRedo([this](QString *error) {
        EntityRuleStore rules(m_session.database());
        const bool ok = rules.remove(m_rule.type, m_rule.key);
        *error = rules.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Entities, 0, {}});
}

void ForgetEntityRule::undo()
{
    write([this](QString *error) {
        EntityRuleStore rules(m_session.database());
        const bool ok = rules.put(m_rule);
        *error = rules.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Entities, 0, {}});
}

} // namespace Pizhu
