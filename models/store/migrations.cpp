// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

#include <QStringList>
#include <vector>

namespace Pizhu {

namespace {

// Never edit a released step: add a new one. Each string is one statement.
const std::vector<QStringList> &steps()
{
    static const std::vector<QStringList> all = {
        // 1: articles with their bylines
        {
            QStringLiteral("CREATE TABLE articles ("
                           " id INTEGER PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " published TEXT,"
                           " outlet TEXT,"
                           " body TEXT NOT NULL,"
                           " encoding TEXT,"
                           " source_path TEXT,"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))"),
            QStringLiteral("CREATE INDEX articles_published ON articles(published)"),
            QStringLiteral("CREATE TABLE bylines ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (article_id, position))"),
        },
        // 2: what the full page parser finds, and the lines it sets aside
        {
            QStringLiteral("ALTER TABLE articles ADD COLUMN subtitle TEXT"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN editor TEXT"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN script TEXT NOT NULL DEFAULT 'simplified'"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN url TEXT"),
            QStringLiteral("CREATE INDEX articles_outlet ON articles(outlet)"),
            QStringLiteral("CREATE INDEX articles_title ON articles(title)"),
            QStringLiteral("CREATE TABLE article_lines ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " before_paragraph INTEGER NOT NULL,"
                           " role TEXT NOT NULL,"
                           " text TEXT NOT NULL,"
                           " caption TEXT,"
                           " PRIMARY KEY (article_id, position))"),
            QStringLiteral("CREATE TABLE article_attributes ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL,"
                           " value TEXT NOT NULL,"
                           " PRIMARY KEY (article_id, name))"),
        },
        // 3: texts move out of `articles`, which keeps only what lists show, so listing and
        // sorting 100,000 articles reads little; the simplified shadow (only where it differs from
        // the body) and the full-text index arrive. Rows from before have indexed = 0, and
        // SearchIndex::indexPending() fills them in.
        {
            QStringLiteral("CREATE TABLE article_texts ("
                           " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                           " body TEXT NOT NULL,"
                           " shadow TEXT,"
                           " shadow_map BLOB)"),
            QStringLiteral("INSERT INTO article_texts (article_id, body) SELECT id, body FROM articles"),
            QStringLiteral("ALTER TABLE articles DROP COLUMN body"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX articles_unindexed ON articles(id) WHERE indexed = 0"),
            QStringLiteral("DROP INDEX articles_published"),
            QStringLiteral(
                "CREATE INDEX articles_by_date ON articles(published IS NULL, published DESC, id)"),
            QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5(title, body, content='',"
                           " tokenize='unicode61 remove_diacritics 2')"),
        },
        // 4: the codebook, article-level tags and tagged passages (annotations) with notes.
        {
            QStringLiteral("CREATE TABLE tags ("
                           " id INTEGER PRIMARY KEY,"
                           " parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),"
                           " color TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE UNIQUE INDEX tags_name ON tags(ifnull(parent_id, 0), name)"),
            QStringLiteral("CREATE TABLE article_tags ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " PRIMARY KEY (article_id, tag_id))"),
            QStringLiteral("CREATE INDEX article_tags_tag ON article_tags(tag_id)"),
            QStringLiteral("CREATE TABLE annotations ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                           " start INTEGER NOT NULL CHECK (start >= 0),"
                           " end INTEGER NOT NULL CHECK (end > start),"
                           " note TEXT NOT NULL DEFAULT '',"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX annotations_article ON annotations(article_id, start)"),
            QStringLiteral("CREATE INDEX annotations_tag ON annotations(tag_id)"),
        },
        // 5: indexes for every order the article list can be sorted in.
        {
            QStringLiteral(
                "CREATE INDEX articles_by_date_ascending ON articles(published IS NULL, published, id)"),
            QStringLiteral("DROP INDEX articles_outlet"),
            QStringLiteral("CREATE INDEX articles_by_outlet ON articles(outlet IS NULL, outlet, id)"),
        },
        // 6: people, organisations and figures per article, with their mentions (original code
        // points) and the researcher's corrections (status, type, merges), which re-extraction keeps.
        // Rows from before have extracted = 0, and EntityStore::extractPending() fills them in.
        {
            QStringLiteral("CREATE TABLE entities ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'FIG')),"
                           " name TEXT NOT NULL CHECK (name <> ''),"
                           " key TEXT NOT NULL,"
                           " role TEXT NOT NULL DEFAULT '',"
                           " value REAL,"
                           " unit TEXT NOT NULL DEFAULT '',"
                           " approx TEXT NOT NULL DEFAULT '',"
                           " counts TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'auto'"
                           "  CHECK (status IN ('auto', 'confirmed', 'rejected', 'manual')),"
                           " merged_into INTEGER REFERENCES entities(id) ON DELETE SET NULL,"
                           " mention_count INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX entities_article ON entities(article_id)"),
            QStringLiteral("CREATE INDEX entities_by_key ON entities(type, key, article_id)"),
            QStringLiteral("CREATE TABLE entity_mentions ("
                           " entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
                           " start INTEGER NOT NULL CHECK (start >= 0),"
                           " end INTEGER NOT NULL CHECK (end >= start),"
                           " PRIMARY KEY (entity_id, start)) WITHOUT ROWID"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN extracted INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE INDEX articles_unextracted ON articles(id) WHERE extracted = 0"),
        },
        // 7: one index that answers both "which articles mention this entity" and the corpus table
        // of entities (articles and mentions per name) without reading the table's rows.
        {
            QStringLiteral("CREATE INDEX entities_totals ON entities(type, key, status, article_id, "
                           "mention_count, name)"),
            QStringLiteral("DROP INDEX entities_by_key"),
        },
        // 8: the article list pages by key (each page after the last row of the one before), which
        // needs one index per sort key with the id after it, walked either way.
        {
            QStringLiteral("DROP INDEX articles_by_date"),
            QStringLiteral("DROP INDEX articles_by_date_ascending"),
            QStringLiteral("DROP INDEX articles_by_outlet"),
            QStringLiteral("DROP INDEX articles_title"),
            QStringLiteral("CREATE INDEX articles_by_published ON articles(published, id)"),
            QStringLiteral("CREATE INDEX articles_by_title ON articles(title, id)"),
            QStringLiteral("CREATE INDEX articles_by_outlet ON articles(outlet, id)"),
        },
        // 9: the corpus table of entities reads running totals per name, kept by triggers, instead
        // of grouping every entity row (seconds at 100,000 articles); the index for "which articles
        // mention it" holds only what that needs; merged entities find their target by index.
        {
            QStringLiteral("CREATE TABLE entity_totals ("
                           " type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL,"
                           " articles INTEGER NOT NULL, mentions INTEGER NOT NULL,"
                           " PRIMARY KEY (type, key)) WITHOUT ROWID"),
            QStringLiteral(
                "INSERT INTO entity_totals SELECT type, key, min(name), count(*), sum(mention_count)"
                " FROM entities WHERE status <> 'rejected' GROUP BY type, key"),
            QStringLiteral("CREATE INDEX entity_totals_by_articles ON entity_totals(articles DESC, key)"),
            QStringLiteral(
                "CREATE TRIGGER entity_totals_insert AFTER INSERT ON entities"
                " WHEN new.status <> 'rejected' BEGIN"
                " INSERT INTO entity_totals VALUES (new.type, new.key, new.name, 1, new.mention_count)"
                " ON CONFLICT (type, key) DO UPDATE SET articles = articles + 1,"
                " mentions = mentions + excluded.mentions;"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER entity_totals_delete AFTER DELETE ON entities"
                " WHEN old.status <> 'rejected' BEGIN"
                " UPDATE entity_totals SET articles = articles - 1, mentions = mentions - old.mention_count"
                " WHERE type = old.type AND key = old.key;"
                " DELETE FROM entity_totals WHERE type = old.type AND key = old.key AND articles <= 0;"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER entity_totals_update AFTER UPDATE OF type, key, name, status,"
                " mention_count ON entities BEGIN"
                " UPDATE entity_totals SET articles = articles - 1, mentions = mentions - old.mention_count"
                " WHERE old.status <> 'rejected' AND type = old.type AND key = old.key;"
                " DELETE FROM entity_totals WHERE type = old.type AND key = old.key AND articles <= 0;"
                " INSERT INTO entity_totals SELECT new.type, new.key, new.name, 1, new.mention_count"
                " WHERE new.status <> 'rejected'"
                " ON CONFLICT (type, key) DO UPDATE SET articles = articles + 1,"
                " mentions = mentions + excluded.mentions;"
                " END"),
            QStringLiteral("DROP INDEX entities_totals"),
            QStringLiteral(
                "CREATE INDEX entities_by_key ON entities(type, key, article_id) WHERE status <> 'rejected'"),
            QStringLiteral(
                "CREATE INDEX entities_merged ON entities(merged_into) WHERE merged_into IS NOT NULL"),
        },
        // 10: a checksum of each text, so damage is found when it is read (TextChecksum); older
        // texts get theirs from the backfill, which finds them by the partial index.
        {
            QStringLiteral("ALTER TABLE article_texts ADD COLUMN checksum INTEGER"),
            QStringLiteral(
                "CREATE INDEX article_texts_unchecked ON article_texts(article_id) WHERE checksum IS NULL"),
        },
        // 11: every coder has their own whole-article tags: two coders may both tag an article
        // with one tag, and one coder's untagging leaves the other's (agreement needs both).
        {
            QStringLiteral("CREATE TABLE article_tags_by_coder ("
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " PRIMARY KEY (article_id, tag_id, coder))"),
            QStringLiteral("INSERT INTO article_tags_by_coder SELECT article_id, tag_id, coder, created"
                           " FROM article_tags"),
            QStringLiteral("DROP TABLE article_tags"),
            QStringLiteral("ALTER TABLE article_tags_by_coder RENAME TO article_tags"),
            QStringLiteral("CREATE INDEX article_tags_tag ON article_tags(tag_id)"),
            QStringLiteral("CREATE INDEX annotations_coder ON annotations(coder, article_id)"),
        },
        // 12: where the coding of each article stands (coded, to check, excluded), as marked by
        // whom and when; an article without a row is not coded yet.
        {
            QStringLiteral("CREATE TABLE article_status ("
                           " article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,"
                           " status TEXT NOT NULL CHECK (status IN ('coded', 'check', 'excluded')),"
                           " coder TEXT NOT NULL,"
                           " changed TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX article_status_by_status ON article_status(status, article_id)"),
        },
        // 13: filters on the articles' details (an imported attribute's value, the script) and
        // saved sets of articles ("my sample") that lists, exports and analyses can be limited to.
        {
            QStringLiteral(
                "CREATE INDEX article_attributes_by_value ON article_attributes(name, value, article_id)"),
            QStringLiteral("CREATE INDEX articles_by_script ON articles(script, id)"),
            QStringLiteral("CREATE TABLE article_sets ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE article_set_members ("
                           " set_id INTEGER NOT NULL REFERENCES article_sets(id) ON DELETE CASCADE,"
                           " article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (set_id, article_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX article_set_members_article ON article_set_members(article_id)"),
        },
        // 14: memos on the project (neither target set), an article or a tag, each with its author
        // and times; one on an article or a tag goes with it.
        {
            QStringLiteral("CREATE TABLE memos ("
                           " id INTEGER PRIMARY KEY,"
                           " article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,"
                           " tag_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,"
                           " text TEXT NOT NULL,"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " modified TEXT NOT NULL,"
                           " CHECK (article_id IS NULL OR tag_id IS NULL))"),
            QStringLiteral("CREATE INDEX memos_article ON memos(article_id) WHERE article_id IS NOT NULL"),
            QStringLiteral("CREATE INDEX memos_tag ON memos(tag_id) WHERE tag_id IS NOT NULL"),
        },
        // 15: titles and outlets sort in pinyin order by stored ICU sort keys (ChineseCollation), which
        // the list walks as it walked the plain texts; keys of older rows are NULL until the
        // backfill makes them, and settings records which collator made the keys.
        {
            QStringLiteral("ALTER TABLE articles ADD COLUMN title_key BLOB"),
            QStringLiteral("ALTER TABLE articles ADD COLUMN outlet_key BLOB"),
            QStringLiteral("DROP INDEX articles_by_title"),
            QStringLiteral("CREATE INDEX articles_by_title_key ON articles(title_key, id)"),
            QStringLiteral("CREATE INDEX articles_by_outlet_key ON articles(outlet_key, id)"),
            QStringLiteral("CREATE TABLE corpus_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 16: corrections a researcher made for the whole corpus (EntityRuleStore), which every later
        // import and re-extraction obeys: one rule per extracted type and simplified form; and the
        // entity model adapted to the corpus from its corrections (CorpusEntityModel).
        {
            QStringLiteral("CREATE TABLE entity_models ("
                           " name TEXT PRIMARY KEY,"
                           " model BLOB NOT NULL,"
                           " names INTEGER NOT NULL,"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE entity_rules ("
                           " type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'FIG')),"
                           " key TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " action TEXT NOT NULL CHECK (action IN ('reject', 'confirm', 'retype', 'merge')),"
                           " new_type TEXT CHECK (new_type IN ('PER', 'ORG', 'FIG')),"
                           " into_key TEXT,"
                           " into_name TEXT,"
                           " coder TEXT NOT NULL,"
                           " created TEXT NOT NULL,"
                           " PRIMARY KEY (type, key),"
                           " CHECK ((action = 'retype') = (new_type IS NOT NULL)),"
                           " CHECK ((action = 'merge') = (into_key IS NOT NULL AND into_name IS NOT NULL)))"),
        },
        // 17: the corrected entities alone, so that every import and re-extraction can read the
        // corpus's names (CorpusNames) without reading every entity; and an entity merged into
        // another no longer counted under its own name in the totals (its article counts for the
        // entity it was merged into).
        {
            QStringLiteral("CREATE INDEX entities_corrected ON entities(type, key, status)"
                           " WHERE status IN ('confirmed', 'manual', 'rejected')"),
            QStringLiteral("DROP TRIGGER entity_totals_insert"),
            QStringLiteral("DROP TRIGGER entity_totals_delete"),
            QStringLiteral("DROP TRIGGER entity_totals_update"),
            QStringLiteral(
                "CREATE TRIGGER entity_totals_insert AFTER INSERT ON entities"
                " WHEN new.status <> 'rejected' AND new.merged_into IS NULL BEGIN"
                " INSERT INTO entity_totals VALUES (new.type, new.key, new.name, 1, new.mention_count)"
                " ON CONFLICT (type, key) DO UPDATE SET articles = articles + 1,"
                " mentions = mentions + excluded.mentions;"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER entity_totals_delete AFTER DELETE ON entities"
                " WHEN old.status <> 'rejected' AND old.merged_into IS NULL BEGIN"
                " UPDATE entity_totals SET articles = articles - 1, mentions = mentions - old.mention_count"
                " WHERE type = old.type AND key = old.key;"
                " DELETE FROM entity_totals WHERE type = old.type AND key = old.key AND articles <= 0;"
                " END"),
            QStringLiteral(
                "CREATE TRIGGER entity_totals_update AFTER UPDATE OF type, key, name, status,"
                " mention_count, merged_into ON entities BEGIN"
                " UPDATE entity_totals SET articles = articles - 1, mentions = mentions - old.mention_count"
                " WHERE old.status <> 'rejected' AND old.merged_into IS NULL"
                " AND type = old.type AND key = old.key;"
                " DELETE FROM entity_totals WHERE type = old.type AND key = old.key AND articles <= 0;"
                " INSERT INTO entity_totals SELECT new.type, new.key, new.name, 1, new.mention_count"
                " WHERE new.status <> 'rejected' AND new.merged_into IS NULL"
                " ON CONFLICT (type, key) DO UPDATE SET articles = articles + 1,"
                " mentions = mentions + excluded.mentions;"
                " END"),
            QStringLiteral("DELETE FROM entity_totals"),
            QStringLiteral(
                "INSERT INTO entity_totals SELECT type, key, min(name), count(*), sum(mention_count)"
                " FROM entities WHERE status <> 'rejected' AND merged_into IS NULL GROUP BY type, key"),
        },
        // 18: the simplified shadow kept as what differs from the body (ShadowChanges), a third of the
        // whole copy that the column shadow holds in rows written before.
        {
            QStringLiteral("ALTER TABLE article_texts ADD COLUMN shadow_changes BLOB"),
            // The rows still holding the whole copy, which BackfillJob turns into changes.
            QStringLiteral("CREATE INDEX article_texts_whole_shadow ON article_texts(article_id)"
                           " WHERE shadow IS NOT NULL"),
        },
        // 19: the search index with the body as its first column. FTS5 marks every entry of a
        // column after the first with two bytes, and almost every entry is the body's: the index
        // becomes a fifth smaller. Its entries cannot be moved (a contentless index cannot give
        // back its text), so the articles are indexed again by BackfillJob; without the sizes
        // of each column, which nothing ranks by.
        {
            QStringLiteral("DROP TABLE article_search"),
            QStringLiteral("CREATE VIRTUAL TABLE article_search USING fts5(body, title, content='',"
                           " columnsize=0, tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("UPDATE articles SET indexed = 0 WHERE indexed <> 0"),
        },
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

QString Migrations::stepFailed(int fileVersion, int step, const QString &engineError)
{
    // What a step adds is there already: the version number does not tell the truth about the tables.
    if (engineError.contains(QLatin1String("already exists")) ||
        engineError.contains(QLatin1String("duplicate column name")))
        return tr("the corpus says it has schema version %1, but it already holds what version %2 adds "
                  "(%3): another program, or an older Pizhu stopped half-way, changed it. Nothing was "
                  "changed; restore the corpus from a backup, or ask for help with the file")
            .arg(fileVersion)
            .arg(step)
            .arg(engineError);
    return tr("upgrading the corpus to schema version %1 failed (%2); nothing was changed")
        .arg(step)
        .arg(engineError);
}

bool Migrations::upgrade(SqlConnection &sql, int targetVersion, QString *error)
{
    SqlQuery query(sql);
    const auto readVersion = [&query, error](int *version) {
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            *error = query.errorText();
            return false;
        }
        *version = query.value(0).toInt();
        query.finish();
        if (*version < 0) {
            *error = QStringLiteral("schema version %1 is not one Pizhu wrote").arg(*version);
            return false;
        }
        return true;
    };
    int current = 0;
    if (!readVersion(&current))
        return false;
    if (current >= targetVersion)
        return true;

    // BEGIN IMMEDIATE takes the write lock up front, so two processes cannot migrate at once; the
    // version is read again under the lock, as the other may have just done the work (two
    // programs creating the same new corpus: the second waits, then finds it made).
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = query.errorText();
        return false;
    }
    if (!readVersion(&current)) {
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (current >= targetVersion) {
        query.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    for (int version = current + 1; version <= targetVersion && version <= latestVersion(); ++version) {
        for (const QString &statement : steps()[size_t(version - 1)]) {
            if (!query.exec(statement)) {
                *error = stepFailed(current, version, query.errorText());
                query.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
    }
    const int reached = std::min(targetVersion, latestVersion());
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(reached)) ||
        !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(CorpusDatabase::ApplicationId)) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        *error = query.errorText();
        query.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace Pizhu
