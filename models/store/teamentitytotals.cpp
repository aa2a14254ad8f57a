// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamentitytotals.h"

namespace Pizhu {

const QStringList &TeamEntityTotals::statements()
{
    // Inserted entities are counted at commit, once per key: an import adds thousands of entities
    // per transaction, and updating a popular key's row for each of them left hundreds of versions
    // of that row for every later update to step through (a quarter of an import's time). The
    // inserts' counts wait in entity_totals_staged; a transaction's first one leaves a marker in
    // entity_totals_pending, whose deferred trigger folds them in before the commit. A deletion
    // or change folds first, so it never misses what its own transaction added. A new key takes
    // the name of its first row, as SQLite's trigger gives it.
    static const QStringList all =
        QStringList{
            QStringLiteral("CREATE TABLE entity_totals_staged (seq bigint GENERATED ALWAYS AS IDENTITY,"
                           " type text NOT NULL, key text NOT NULL, name text NOT NULL,"
                           " articles integer NOT NULL, mentions integer NOT NULL)"),
            QStringLiteral("CREATE TABLE entity_totals_pending (tx bigint PRIMARY KEY)"),
            QStringLiteral(
                "CREATE FUNCTION entity_totals_fold() RETURNS void LANGUAGE plpgsql SECURITY DEFINER"
                " SET search_path = public AS $$ BEGIN"
                " DELETE FROM entity_totals_pending WHERE tx = txid_current();"
                " WITH moved AS (DELETE FROM entity_totals_staged RETURNING *)"
                "  INSERT INTO entity_totals SELECT type, key, (array_agg(name ORDER BY seq))[1],"
                "  sum(articles), sum(mentions) FROM moved GROUP BY type, key"
                "  ON CONFLICT (type, key) DO UPDATE SET articles = entity_totals.articles + "
                "excluded.articles,"
                "  mentions = entity_totals.mentions + excluded.mentions;"
                " END $$"),
            QStringLiteral(
                "CREATE FUNCTION entity_totals_commit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                " SET search_path = public AS $$ BEGIN PERFORM entity_totals_fold(); RETURN NULL; END $$"),
            QStringLiteral(
                "CREATE CONSTRAINT TRIGGER entity_totals_commit AFTER INSERT ON entity_totals_pending"
                " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION entity_totals_commit()"),
        } +
        counting();
    return all;
}

const QStringList &TeamEntityTotals::counting()
{
    // An entity merged into another is not counted under its own name: its article counts for the
    // entity it was merged into.
    static const QStringList all = {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION entity_totals_add() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
            " SET search_path = public AS $$ BEGIN"
            " INSERT INTO entity_totals_staged (type, key, name, articles, mentions)"
            "  SELECT type, key, (array_agg(name ORDER BY id))[1], count(*), sum(mention_count)"
            "  FROM added WHERE status <> 'rejected' AND merged_into IS NULL GROUP BY type, key ORDER BY "
            "min(id);"
            " IF FOUND THEN INSERT INTO entity_totals_pending VALUES (txid_current()) ON CONFLICT DO NOTHING;"
            " END IF;"
            " RETURN NULL; END $$"),
        QStringLiteral(
            "CREATE OR REPLACE TRIGGER entity_totals_add AFTER INSERT ON entities"
            " REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION entity_totals_add()"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION entity_totals_follow() RETURNS trigger LANGUAGE plpgsql SECURITY "
            "DEFINER"
            " SET search_path = public AS $$ BEGIN"
            " IF EXISTS (SELECT 1 FROM entity_totals_pending WHERE tx = txid_current()) THEN"
            "  PERFORM entity_totals_fold();"
            " END IF;"
            " IF OLD.status <> 'rejected' AND OLD.merged_into IS NULL THEN"
            "  UPDATE entity_totals SET articles = articles - 1, mentions = mentions - OLD.mention_count"
            "   WHERE type = OLD.type AND key = OLD.key;"
            "  DELETE FROM entity_totals WHERE type = OLD.type AND key = OLD.key AND articles <= 0;"
            " END IF;"
            " IF TG_OP = 'UPDATE' AND NEW.status <> 'rejected' AND NEW.merged_into IS NULL THEN"
            "  INSERT INTO entity_totals VALUES (NEW.type, NEW.key, NEW.name, 1, NEW.mention_count)"
            "   ON CONFLICT (type, key) DO UPDATE SET articles = entity_totals.articles + 1,"
            "   mentions = entity_totals.mentions + excluded.mentions;"
            " END IF;"
            " RETURN NULL; END $$"),
        QStringLiteral("CREATE OR REPLACE TRIGGER entity_totals_follow AFTER DELETE"
                       " OR UPDATE OF type, key, name, status, mention_count, merged_into ON entities"
                       " FOR EACH ROW EXECUTE FUNCTION entity_totals_follow()"),
    };
    return all;
}

QStringList TeamEntityTotals::recount()
{
    return {QStringLiteral("DELETE FROM entity_totals"),
            QStringLiteral("INSERT INTO entity_totals SELECT type, key, (array_agg(name ORDER BY id))[1],"
                           " count(*), sum(mention_count) FROM entities"
                           " WHERE status <> 'rejected' AND merged_into IS NULL GROUP BY type, key")};
}

} // namespace Pizhu
