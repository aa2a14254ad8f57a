// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamupgrade.h"

#include "sqlconnection.h"
#include "sqlquery.h"
#include "teamentitytotals.h"

namespace Pizhu {

namespace {

struct Change
{
    int revision;
    QStringList statements;
};

const QList<Change> &changes()
{
    static const QList<Change> all = {
        // Neighbouring Hanzi indexed as pairs (SearchIndex::hanziPairs), so that a two-character
        // query is an exact lookup rather than a check of both characters' positions in every
        // article that has both. The pairs follow Pizhu's tokens, not the server's parser, so the
        // articles are indexed again by BackfillJob.
        {2,
         {QStringLiteral("ALTER TABLE article_search ADD COLUMN pairs tsvector"),
          // New entries wait in the indexes' pending lists (PostgreSQL's 4 MB), which makes an import
          // a third faster than 256 kB did; an import's end merges them (SearchIndex::settle), which
          // only the indexes' owner may do, so the function runs with its rights.
          QStringLiteral("CREATE INDEX article_search_pairs ON article_search USING gin (pairs)"),
          QStringLiteral("ALTER INDEX article_search_terms RESET (gin_pending_list_limit)"),
          QStringLiteral(
              "CREATE FUNCTION settle_search_index() RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
              " SET search_path = public AS $$ BEGIN"
              " PERFORM gin_clean_pending_list('article_search_terms'::regclass);"
              " PERFORM gin_clean_pending_list('article_search_pairs'::regclass); END $$"),
          // The tsvectors lie out of line (TOAST), so the table looks small to the planner, and to
          // find every article holding a common character it may read every article's tsvector
          // rather than the index, ten times slower. Counts and searches that select few articles
          // go through this function, which may not scan the table.
          QStringLiteral("CREATE FUNCTION matching_articles(pair_query tsquery, phrase_query tsquery)"
                         " RETURNS SETOF bigint LANGUAGE plpgsql STABLE SET enable_seqscan = off AS $$ BEGIN"
                         " IF pair_query IS NULL THEN"
                         "  RETURN QUERY SELECT article_id FROM article_search WHERE terms @@ phrase_query;"
                         " ELSIF phrase_query IS NULL THEN"
                         "  RETURN QUERY SELECT article_id FROM article_search WHERE pairs @@ pair_query;"
                         " ELSE RETURN QUERY SELECT article_id FROM article_search"
                         "  WHERE pairs @@ pair_query AND terms @@ phrase_query;"
                         " END IF; END $$"),
          QStringLiteral("UPDATE articles SET indexed = 0 WHERE indexed <> 0")}},
        // Schema version 16: the corpus's own entity rules, and its adapted entity model (which only
        // the lead changes, as it changes extraction for everyone). A new corpus gets its groups' rights on
        // the
        // table from TeamSchema once the groups exist; an upgraded one has them here.
        {3,
         {QStringLiteral("CREATE TABLE entity_rules ("
                         " type text NOT NULL CHECK (type IN ('PER', 'ORG', 'FIG')),"
                         " key text NOT NULL,"
                         " name text NOT NULL,"
                         " action text NOT NULL CHECK (action IN ('reject', 'confirm', 'retype', 'merge')),"
                         " new_type text CHECK (new_type IN ('PER', 'ORG', 'FIG')),"
                         " into_key text,"
                         " into_name text,"
                         " coder text NOT NULL,"
                         " created text NOT NULL,"
                         " PRIMARY KEY (type, key),"
                         " CHECK ((action = 'retype') = (new_type IS NOT NULL)),"
                         " CHECK ((action = 'merge') = (into_key IS NOT NULL AND into_name IS NOT NULL)))"),
          QStringLiteral("CREATE TABLE entity_models ("
                         " name text PRIMARY KEY,"
                         " model bytea NOT NULL,"
                         " names integer NOT NULL,"
                         " coder text NOT NULL,"
                         " created text NOT NULL)"),
          QStringLiteral("CREATE TRIGGER entity_rules_noticed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                         " ON entity_rules FOR EACH STATEMENT EXECUTE FUNCTION notice_change()"),
          QStringLiteral("CREATE TRIGGER entity_models_noticed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE"
                         " ON entity_models FOR EACH STATEMENT EXECUTE FUNCTION notice_change()"),
          QStringLiteral("DO $$ DECLARE"
                         " lead text := (SELECT value FROM corpus_settings WHERE name = 'lead_role');"
                         " coders text := (SELECT value FROM corpus_settings WHERE name = 'coder_role');"
                         " BEGIN IF lead IS NOT NULL THEN"
                         " EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON entity_rules TO %I, %I',"
                         "  lead, coders);"
                         " EXECUTE format('GRANT SELECT ON entity_models TO %I, %I', lead, coders);"
                         " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON entity_models TO %I', lead);"
                         " END IF; END $$"),
          QStringLiteral("UPDATE corpus_settings SET value = '16' WHERE name = 'schema_version'")}},
        // Schema version 17: the corrected entities alone, for CorpusNames; and merged entities no
        // longer counted under their own names in the totals.
        {4, QStringList{QStringLiteral("CREATE INDEX entities_corrected ON entities(type, key, status)"
                                       " WHERE status IN ('confirmed', 'manual', 'rejected')"),
                        QStringLiteral(
                            "UPDATE corpus_settings SET value = '17' WHERE name = 'schema_version'")} +
                TeamEntityTotals::counting() + TeamEntityTotals::recount()},
        // Schema version 18: the simplified shadow kept as what differs from the body.
        {5,
         {QStringLiteral("ALTER TABLE article_texts ADD COLUMN shadow_changes bytea"),
          QStringLiteral("CREATE INDEX article_texts_whole_shadow ON article_texts(article_id)"
                         " WHERE shadow IS NOT NULL"),
          QStringLiteral("UPDATE corpus_settings SET value = '18' WHERE name = 'schema_version'")}},
        // Schema version 19 changed only the order of the columns of SQLite's search index.
        {6, {QStringLiteral("UPDATE corpus_settings SET value = '19' WHERE name = 'schema_version'")}},
        // The articles' tokens written by Pizhu, as the corpus file's index holds them, rather than
        // made by the server's parser (SearchIndex::add): the articles are indexed again by
        // BackfillJob, as for the pairs.
        {7, {QStringLiteral("UPDATE articles SET indexed = 0 WHERE indexed <> 0")}},
    };
    return all;
}

} // namespace

int TeamUpgrade::latestRevision()
{
    return changes().constLast().revision;
}

QStringList TeamUpgrade::statementsAfter(int revision)
{
    QStringList statements;
    for (const Change &change : changes()) {
        if (change.revision > revision)
            statements << change.statements;
    }
    statements << QStringLiteral("INSERT INTO corpus_settings (name, value) VALUES ('team_revision', '%1')"
                                 " ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                      .arg(latestRevision());
    return statements;
}

int TeamUpgrade::revisionOf(SqlConnection &sql, QString *error)
{
    SqlQuery query(sql);
    if (!query.exec(QStringLiteral("SELECT coalesce((SELECT value FROM corpus_settings"
                                   " WHERE name = 'team_revision'), '1')")) ||
        !query.next()) {
        *error = query.errorText();
        return -1;
    }
    return query.text(0).toInt();
}

bool TeamUpgrade::upgrade(SqlConnection &sql, QString *error)
{
    const int revision = revisionOf(sql, error);
    if (revision < 0)
        return false;
    if (revision >= latestRevision())
        return true;
    SqlQuery query(sql);
    QStringList statements = statementsAfter(revision);
    statements.prepend(QStringLiteral("BEGIN"));
    statements << QStringLiteral("COMMIT");
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *error = tr("upgrading the team corpus failed (%1); nothing was changed").arg(query.errorText());
            sql.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

} // namespace Pizhu
