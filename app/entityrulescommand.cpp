// SPDX-License-Identifier: GPL-3.0-or-later
// pizhu entity-rules: the corrections kept as rules of a corpus, listed, made and forgotten.
#include "commandline.h"
#include "editing/corpusentitycorrections.h"
#include "editing/corpussession.h"
#include "store/corpusdatabase.h"
#include "text/scriptconverter.h"

#include <QCommandLineParser>

namespace Pizhu {

namespace {

/** What a rule does, as the listing prints it: "reject", "retype ORG", "merge 特朗普". */
QString ruleAction(const EntityRule &rule)
{
    switch (rule.action) {
    case EntityRuleAction::Retype:
        return QStringLiteral("retype %1").arg(entityTypeCode(rule.newType));
    case EntityRuleAction::Merge:
        return QStringLiteral("merge %1").arg(rule.intoName);
    case EntityRuleAction::Reject:
    case EntityRuleAction::Confirm:
        break;
    }
    return entityRuleActionCode(rule.action);
}

} // namespace

int CommandLine::runEntityRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Corrects an entity in every article of a corpus at once and keeps the correction as a "
           "rule of the corpus, which later imports and re-extractions obey. Without a correction, "
           "lists the corpus's rules (type, name, action, coder, time), tab-separated."));
    parser.addOption(
        {QStringLiteral("db"), tr("The corpus file, or a team corpus's address."), tr("FILE|ADDRESS")});
    parser.addOption({QStringLiteral("type"),
                      tr("The entity's type as extracted: PER (the default), ORG or FIG."), tr("TYPE"),
                      QStringLiteral("PER")});
    parser.addOption({QStringLiteral("reject"), tr("Reject the entity NAME everywhere."), tr("NAME")});
    parser.addOption({QStringLiteral("confirm"), tr("Confirm the entity NAME everywhere."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("retype"), tr("Make the entity NAME always of the type given by --as."), tr("NAME")});
    parser.addOption({QStringLiteral("as"), tr("With --retype: PER, ORG or FIG."), tr("TYPE")});
    parser.addOption(
        {QStringLiteral("merge"), tr("Make the entity NAME always the one given by --into."), tr("NAME")});
    parser.addOption({QStringLiteral("into"), tr("With --merge: the name it stands for."), tr("NAME")});
    parser.addOption(
        {QStringLiteral("forget"), tr("Drop the rule for NAME; what it changed stays."), tr("NAME")});
    if (!parse(parser, arguments))
        return UsageError;
    const QStringList verbs = {QStringLiteral("reject"), QStringLiteral("confirm"), QStringLiteral("retype"),
                               QStringLiteral("merge"), QStringLiteral("forget")};
    QStringList given;
    for (const QString &verb : verbs) {
        if (parser.isSet(verb))
            given << verb;
    }
    const std::optional<EntityType> type = entityTypeFromCode(parser.value(QStringLiteral("type")).toUpper());
    const std::optional<EntityType> newType =
        entityTypeFromCode(parser.value(QStringLiteral("as")).toUpper());
    const auto usageError = [](const QString &message) {
        err() << tr("pizhu entity-rules: %1").arg(message) << Qt::endl;
        return UsageError;
    };
    if (given.size() > 1)
        return usageError(
            tr("give one correction at a time, not --%1").arg(given.join(QStringLiteral(", --"))));
    if (!type)
        return usageError(
            tr("--type must be PER, ORG or FIG, not “%1”").arg(parser.value(QStringLiteral("type"))));
    if (given == QStringList{QStringLiteral("retype")} && !newType)
        return usageError(tr("--retype needs --as PER, ORG or FIG"));
    if (given == QStringList{QStringLiteral("merge")} &&
        parser.value(QStringLiteral("into")).trimmed().isEmpty())
        return usageError(tr("--merge needs --into NAME"));

    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    if (given.isEmpty()) {
        for (const EntityRule &rule : EntityRuleStore(db).rules()) {
            out() << entityTypeCode(rule.type) << '\t' << rule.name << '\t' << ruleAction(rule) << '\t'
                  << rule.coder << '\t' << rule.created << '\n';
        }
        return Success;
    }
    const QString verb = given.first();
    const QString name = parser.value(verb).trimmed();
    const QString key = ScriptConverter::forMode(ScriptMode::Simplified).convertText(name);
    CorpusSession session(db);
    CorpusEntityCorrections corrections(session);
    bool done = false;
    if (verb == QLatin1String("reject"))
        done = corrections.rejectEverywhere(*type, key, name);
    else if (verb == QLatin1String("confirm"))
        done = corrections.confirmEverywhere(*type, key, name);
    else if (verb == QLatin1String("retype"))
        done = corrections.retypeEverywhere(*type, key, name, *newType);
    else if (verb == QLatin1String("merge"))
        done = corrections.mergeEverywhere(*type, key, name, parser.value(QStringLiteral("into")));
    else
        done = corrections.forget(*type, key);
    if (!done) {
        err() << tr("pizhu entity-rules: %1").arg(corrections.errorString()) << Qt::endl;
        return SomeInputsFailed;
    }
    if (verb == QLatin1String("forget"))
        out()
            << tr("Forgot the rule for “%1”; later imports and re-extractions no longer apply it.").arg(name)
            << Qt::endl;
    else
        out() << tr("Corrected “%1” in %n article(s); later imports and re-extractions do the same.", nullptr,
                    int(corrections.changedCount()))
                     .arg(name)
              << Qt::endl;
    return Success;
}

} // namespace Pizhu
