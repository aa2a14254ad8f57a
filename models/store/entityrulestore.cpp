// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrulestore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

namespace Pizhu {

namespace {

const QString Columns =
    QStringLiteral("type, key, name, action, new_type, into_key, into_name, coder, created");

EntityRule readRule(const SqlQuery &query)
{
    EntityRule rule;
    rule.type = entityTypeFromCode(query.text(0)).value_or(EntityType::Person);
    rule.key = query.text(1);
    rule.name = query.text(2);
    rule.action = entityRuleActionFromCode(query.text(3)).value_or(EntityRuleAction::Reject);
    rule.newType = entityTypeFromCode(query.text(4)).value_or(EntityType::Person);
    rule.intoKey = query.text(5);
    rule.intoName = query.text(6);
    rule.coder = query.text(7);
    rule.created = query.text(8);
    return rule;
}

/** The condition that the corpus has a rule with \a action for the entity being updated. */
QString ruleFor(const QString &action)
{
    return QStringLiteral("FROM entity_rules AS r WHERE r.type = entities.type AND r.key = entities.key"
                          " AND r.action = '%1'")
        .arg(action);
}

/** In an UPDATE of entities: the entity of the same article that the row's merge rule names. */
QString mergeTarget()
{
    return QStringLiteral("(SELECT t.id FROM entity_rules AS r JOIN entities AS t"
                          " ON t.article_id = entities.article_id AND t.type = r.type AND t.key = r.into_key"
                          " AND t.merged_into IS NULL AND t.status <> 'rejected' AND t.id <> entities.id"
                          " WHERE r.type = entities.type AND r.key = entities.key AND r.action = 'merge'"
                          " ORDER BY t.id LIMIT 1)");
}

} // namespace

QString entityRuleActionCode(EntityRuleAction action)
{
    switch (action) {
    case EntityRuleAction::Reject:
        return QStringLiteral("reject");
    case EntityRuleAction::Confirm:
        return QStringLiteral("confirm");
    case EntityRuleAction::Retype:
        return QStringLiteral("retype");
    case EntityRuleAction::Merge:
        return QStringLiteral("merge");
    }
    return {};
}

std::optional<EntityRuleAction> entityRuleActionFromCode(const QString &code)
{
    for (const EntityRuleAction action : {EntityRuleAction::Reject, EntityRuleAction::Confirm,
                                          EntityRuleAction::Retype, EntityRuleAction::Merge}) {
        if (entityRuleActionCode(action) == code)
            return action;
    }
    return std::nullopt;
}

EntityRuleStore::EntityRuleStore(CorpusDatabase &db)
    : m_db(db)
{
}

QList<EntityRule> EntityRuleStore::rules() const
{
    QList<EntityRule> rules;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entity_rules ORDER BY type, key").arg(Columns)))
        return rules;
    while (query.next())
        rules.append(readRule(query));
    return rules;
}

std::optional<EntityRule> EntityRuleStore::rule(EntityType type, const QString &key) const
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM entity_rules WHERE type = ? AND key = ?").arg(Columns),
                    {entityTypeCode(type), key}) ||
        !query.next())
        return std::nullopt;
    return readRule(query);
}

bool EntityRuleStore::put(const EntityRule &rule)
{
    if (!remove(rule.type, rule.key))
        return false;
    const bool retype = rule.action == EntityRuleAction::Retype;
    const bool merge = rule.action == EntityRuleAction::Merge;
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("INSERT INTO entity_rules (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(Columns),
            {entityTypeCode(rule.type), rule.key, rule.name, entityRuleActionCode(rule.action),
             retype ? entityTypeCode(rule.newType) : QString(),
             merge ? SqlQuery::notNull(rule.intoKey) : QString(),
             merge ? SqlQuery::notNull(rule.intoName) : QString(), rule.coder, rule.created})) {
        m_error = query.errorText();
        return false;
    }
    m_hasRules = true;
    return true;
}

bool EntityRuleStore::remove(EntityType type, const QString &key)
{
    SqlQuery query(m_db.sql());
    if (query.exec(QStringLiteral("DELETE FROM entity_rules WHERE type = ? AND key = ?"),
                   {entityTypeCode(type), key}))
        return true;
    m_error = query.errorText();
    return false;
}

bool EntityRuleStore::applyToArticle(qint64 articleId)
{
    if (!m_hasRules) {
        SqlQuery query(m_db.sql());
        m_hasRules = query.exec(QStringLiteral("SELECT 1 FROM entity_rules LIMIT 1")) && query.next();
    }
    if (!*m_hasRules)
        return true;
    return apply(QStringLiteral("article_id = ? AND status = 'auto' AND merged_into IS NULL"), {articleId});
}

bool EntityRuleStore::applyEverywhere(const EntityRule &rule, QList<StoredEntity> *before)
{
    EntityStore entities(m_db);
    *before = entities.correctable(rule.type, rule.key);
    if (!entities.errorString().isEmpty()) {
        m_error = entities.errorString();
        return false;
    }
    return apply(QStringLiteral("type = ? AND key = ? AND status <> 'manual' AND merged_into IS NULL"),
                 {entityTypeCode(rule.type), rule.key});
}

bool EntityRuleStore::apply(const QString &scope, const QVariantList &values)
{
    // Merges come before renames, so that an article holding both names merges them, and one
    // holding only the other name has it renamed.
    const QStringList statements = {
        QStringLiteral("UPDATE entities SET status = 'rejected' WHERE %1 AND EXISTS (SELECT 1 %2)")
            .arg(scope, ruleFor(QStringLiteral("reject"))),
        QStringLiteral("UPDATE entities SET status = 'confirmed' WHERE %1 AND EXISTS (SELECT 1 %2)")
            .arg(scope, ruleFor(QStringLiteral("confirm"))),
        QStringLiteral("UPDATE entities SET type = (SELECT r.new_type %2), status = 'confirmed'"
                       " WHERE %1 AND EXISTS (SELECT 1 %2)")
            .arg(scope, ruleFor(QStringLiteral("retype"))),
        QStringLiteral("UPDATE entities SET merged_into = %2 WHERE %1 AND %2 IS NOT NULL")
            .arg(scope, mergeTarget()),
        QStringLiteral("UPDATE entities SET name = (SELECT r.into_name %2), key = (SELECT r.into_key %2),"
                       " status = 'confirmed' WHERE %1 AND EXISTS (SELECT 1 %2)")
            .arg(scope, ruleFor(QStringLiteral("merge"))),
    };
    SqlQuery query(m_db.sql());
    for (const QString &statement : statements) {
        if (!query.exec(statement, values)) {
            m_error = query.errorText();
            return false;
        }
    }
    return true;
}

} // namespace Pizhu
