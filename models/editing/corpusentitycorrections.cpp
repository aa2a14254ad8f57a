// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusentitycorrections.h"

#include "commands/entitycommands.h"
#include "corpussession.h"
#include "store/annotationstore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "text/scriptconverter.h"

namespace Pizhu {

namespace {

EntityRule ruleFor(EntityType type, const QString &key, const QString &name, EntityRuleAction action)
{
    EntityRule rule;
    rule.type = type;
    rule.key = key;
    rule.name = name;
    rule.action = action;
    return rule;
}

} // namespace

CorpusEntityCorrections::CorpusEntityCorrections(CorpusSession &session)
    : m_session(session)
{
}

bool CorpusEntityCorrections::rejectEverywhere(EntityType type, const QString &key, const QString &name)
{
    const EntityRule rule = ruleFor(type, key, name, EntityRuleAction::Reject);
    return apply(rule, QCoreApplication::translate("Undo Commands", "Reject “%1” everywhere").arg(name));
}

bool CorpusEntityCorrections::confirmEverywhere(EntityType type, const QString &key, const QString &name)
{
    const EntityRule rule = ruleFor(type, key, name, EntityRuleAction::Confirm);
    return apply(rule, QCoreApplication::translate("Undo Commands", "Confirm “%1” everywhere").arg(name));
}

bool CorpusEntityCorrections::retypeEverywhere(EntityType type, const QString &key, const QString &name,
                                               EntityType newType)
{
    if (newType == type)
        return refuse(tr("“%1” is of that type already").arg(name));
    EntityRule rule = ruleFor(type, key, name, EntityRuleAction::Retype);
    rule.newType = newType;
    return apply(
        rule, QCoreApplication::translate("Undo Commands", "Change the type of “%1” everywhere").arg(name));
}

bool CorpusEntityCorrections::mergeEverywhere(EntityType type, const QString &key, const QString &name,
                                              const QString &intoName)
{
    const QString into = intoName.trimmed();
    const QString intoKey = ScriptConverter::forMode(ScriptMode::Simplified).convertText(into);
    if (into.isEmpty())
        return refuse(tr("name the entity that “%1” is to be merged into").arg(name));
    if (intoKey == key)
        return refuse(tr("“%1” cannot be merged into itself").arg(name));
    EntityRule rule = ruleFor(type, key, name, EntityRuleAction::Merge);
    rule.intoKey = intoKey;
    rule.intoName = into;
    return apply(
        rule,
        QCoreApplication::translate("Undo Commands", "Merge “%1” into “%2” everywhere").arg(name, into));
}

bool CorpusEntityCorrections::forget(EntityType type, const QString &key)
{
    m_error.clear();
    const std::optional<EntityRule> rule = EntityRuleStore(m_session.database()).rule(type, key);
    if (!rule)
        return refuse(tr("the corpus has no rule for the %1 “%2”").arg(entityTypeCode(type), key));
    return m_session.push(new ForgetEntityRule(m_session, *rule));
}

QString CorpusEntityCorrections::errorString() const
{
    return m_error.isEmpty() ? m_session.errorString() : m_error;
}

bool CorpusEntityCorrections::apply(EntityRule rule, const QString &text)
{
    m_error.clear();
    m_changed = 0;
    if (rule.key.isEmpty() || rule.name.trimmed().isEmpty())
        return refuse(tr("an entity without a name cannot be corrected"));
    rule.coder = SqlQuery::notNull(m_session.coder());
    rule.created = AnnotationStore::timestamp();
    auto *command = new ApplyEntityRule(m_session, rule, text);
    // The stack deletes a command whose first run failed, and keeps one that succeeded.
    if (!m_session.push(command))
        return false;
    m_changed = command->changedCount();
    return true;
}

bool CorpusEntityCorrections::refuse(const QString &reason)
{
    m_error = reason;
    return false;
}

} // namespace Pizhu
