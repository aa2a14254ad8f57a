// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/articlewriter.h"
#include "ingest/backfilljob.h"
#include "search/articlelistquery.h"
#include "search/corpussearch.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusbackup.h"
#include "store/corpuscheckjob.h"
#include "store/corpusdatabase.h"
#include "store/entitystore.h"
#include "store/sqlquery.h"
#include "testarticles.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCorpusDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QVariant scalar(const CorpusDatabase &db, const QString &sql)
    {
        SqlQuery query(db.sql());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1-%2.pizhu")
                                    .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                         QString::fromLatin1(QTest::currentDataTag())
                                             .replace(QLatin1Char(' '), QLatin1Char('-'))));
    }

    void createsANewCorpus()
    {
        CorpusDatabase db;
        QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
        QCOMPARE(db.status(), CorpusDatabase::Status::Created);
        QCOMPARE(db.schemaVersion(), CorpusDatabase::currentSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), CorpusDatabase::ApplicationId);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(ArticleStore(db).count(), 0);
    }

    void createsMissingFolders()
    {
        const QString nested = m_dir.filePath(QStringLiteral("a/b/c/corpus.pizhu"));
        CorpusDatabase db;
        QVERIFY2(db.open(nested), qPrintable(db.errorString()));
        QVERIFY(QFile::exists(nested));
    }

    void reopensAndKeepsArticles()
    {
        {
            CorpusDatabase db;
            QVERIFY(db.open(m_path));
            Article article =
                makeArticle(QStringLiteral("标题"), {QStringLiteral("第一段"), QStringLiteral("第二段")},
                            QStringLiteral("2022-03-25T16:43:49"));
            article.bylines = {{QStringLiteral("尚丽娟"), QStringLiteral("记者")}};
            QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted);
        }
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        QCOMPARE(db.status(), CorpusDatabase::Status::Opened);
        ArticleStore store(db);
        QCOMPARE(store.count(), 1);
        const auto article = store.article(ArticleListQuery(db, {}).page(10).first().id);
        QVERIFY(article);
        QCOMPARE(article->title, QStringLiteral("标题"));
        QCOMPARE(article->paragraphs, QStringList({QStringLiteral("第一段"), QStringLiteral("第二段")}));
        QCOMPARE(article->published, QStringLiteral("2022-03-25T16:43:49"));
        QCOMPARE(article->bylines, QList<Byline>({{QStringLiteral("尚丽娟"), QStringLiteral("记者")}}));
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 1; version < CorpusDatabase::currentSchemaVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
        // With one version there is nothing to migrate yet, but reopening v1 must still work.
        QTest::addRow("from current") << CorpusDatabase::currentSchemaVersion();
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, fromVersion);
        {
            CorpusDatabase old;
            QVERIFY2(old.open(m_path, fromVersion), qPrintable(old.errorString()));
            QCOMPARE(old.schemaVersion(), fromVersion);
            if (fromVersion < 3) {
                // Before version 3 the body lived in `articles`; the store no longer writes that shape.
                SqlQuery query(old.sql());
                QVERIFY2(
                    query.exec(
                        QStringLiteral("INSERT INTO articles (title, body, content_hash) VALUES (?, ?, ?)"),
                        {QStringLiteral("旧文章"), QStringLiteral("正文"), QStringLiteral("hash-1")}),
                    qPrintable(query.errorText()));
            } else if (fromVersion < CorpusDatabase::currentSchemaVersion()) {
                // Versions 3 to 5 had no entities, up to 9 no checksums: the rows are written as
                // they were, and what those versions made later comes from the backfill.
                SqlQuery query(old.sql());
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO articles (id, title, content_hash) VALUES (1, ?, ?)"),
                    {QStringLiteral("旧文章"), QStringLiteral("hash-1")}));
                QVERIFY(
                    query.exec(QStringLiteral("INSERT INTO article_texts (article_id, body) VALUES (1, ?)"),
                               {QStringLiteral("记者李公乐说，9.9万名党员参加。")}));
                if (fromVersion >= 4) { // the codebook and whole-article tags came with version 4
                    QVERIFY(query.exec(QStringLiteral(
                        "INSERT INTO tags (id, name, color) VALUES (1, 'Frames', '#ff0000')")));
                    QVERIFY(query.exec(QStringLiteral("INSERT INTO article_tags (article_id, tag_id, coder, "
                                                      "created) VALUES (1, 1, '甲', '2020-01-01')")));
                }
            } else {
                Article article = makeArticle(QStringLiteral("旧文章"), {QStringLiteral("正文")});
                article.contentHash = QStringLiteral("hash-1");
                QCOMPARE(ArticleWriter(old).write(article), ArticleStore::InsertResult::Inserted);
            }
        }
        CorpusDatabase db;
        QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), CorpusDatabase::currentSchemaVersion());
        QCOMPARE(db.status(), fromVersion < CorpusDatabase::currentSchemaVersion()
                                  ? CorpusDatabase::Status::Migrated
                                  : CorpusDatabase::Status::Opened);
        if (fromVersion < CorpusDatabase::currentSchemaVersion()) {
            // A copy of the corpus as it was, made before the schema changed.
            QCOMPARE(db.migrationBackupPath(), m_path + QStringLiteral(".v%1-backup").arg(fromVersion));
            QSqlDatabase copy =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
            copy.setDatabaseName(db.migrationBackupPath());
            QVERIFY(copy.open());
            {
                SqlConnection copySql(copy);
                SqlQuery query(copySql);
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
                QCOMPARE(query.value(0).toInt(), fromVersion);
                QVERIFY(query.exec(QStringLiteral("SELECT title FROM articles")) && query.next());
                QCOMPARE(query.value(0).toString(), QStringLiteral("旧文章"));
            }
            copy.close();
            copy = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
        } else {
            QVERIFY(db.migrationBackupPath().isEmpty());
        }
        // What an older Pizhu did not make (index entries, entities) is made by the backfill job,
        // which the window and the command line run after opening such a corpus.
        QCOMPARE(BackfillJob::isNeeded(db), fromVersion < CorpusDatabase::currentSchemaVersion());
        BackfillJob backfill;
        JobControl control;
        QVERIFY2(backfill.run(db, control), qPrintable(backfill.errorString()));
        QVERIFY(!BackfillJob::isNeeded(db));
        // The search index (made again at version 19, body first) finds the title and the body.
        const auto found = [&db](const char *query) {
            return CorpusSearch(db).count(SearchQuery::parse(QString::fromUtf8(query)));
        };
        QCOMPARE(found("旧文章"), 1);
        const bool oldBody = fromVersion >= 3 && fromVersion < CorpusDatabase::currentSchemaVersion();
        QCOMPARE(found(oldBody ? "党员" : "正文"), 1);
        QCOMPARE(found("章正"), 0); // a phrase does not run on from the title into the body
        ArticleStore store(db);
        QCOMPARE(store.count(), 1);
        const auto article = store.article(store.idForHash(QStringLiteral("hash-1")));
        QCOMPARE(article->title, QStringLiteral("旧文章"));
        if (fromVersion >= 3 && fromVersion < CorpusDatabase::currentSchemaVersion()) {
            // Articles from before extraction got their entities from the backfill.
            const QList<StoredEntity> entities = EntityStore(db).forArticle(article->id);
            QStringList found;
            for (const StoredEntity &entity : entities)
                found << entityTypeCode(entity.type) + QLatin1Char(' ') + entity.name;
            QCOMPARE(found, (QStringList{QStringLiteral("PER 李公乐"), QStringLiteral("FIG 9.9万名党员")}));
        } else {
            QCOMPARE(article->paragraphs, QStringList{QStringLiteral("正文")});
        }
        if (fromVersion >= 4 && fromVersion < CorpusDatabase::currentSchemaVersion()) {
            // Whole-article tags kept their coder; since version 11 a second coder may add the same.
            AnnotationStore annotations(db);
            QCOMPARE(annotations.articleTags(1),
                     (QList<ArticleTag>{{1, 1, QStringLiteral("甲"), QStringLiteral("2020-01-01")}}));
            QVERIFY(annotations.addArticleTag({1, 1, QStringLiteral("乙"), QStringLiteral("2020-01-02")}));
            QCOMPARE(annotations.articleTags(1).size(), 2);
        }
        // Every text has its checksum now, and reading checks it.
        SqlQuery unchecked(db.sql());
        QVERIFY(unchecked.exec(QStringLiteral("SELECT count(*) FROM article_texts WHERE checksum IS NULL")) &&
                unchecked.next());
        QCOMPARE(unchecked.integer(0), 0);
        QVERIFY(!store.lastReadFoundDamage());
    }

    void aDamagedTextIsNamedNotServed()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        Article article =
            makeArticle(QStringLiteral("原文"), {QStringLiteral("记者李公乐说，9.9万名党员参加。")});
        QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted);
        Article intact = makeArticle(QStringLiteral("另一篇"), {QStringLiteral("立法會昨日通過議案。")});
        QCOMPARE(ArticleWriter(db).write(intact), ArticleStore::InsertResult::Inserted);
        ArticleStore store(db);
        QVERIFY(store.article(article.id));
        QVERIFY(store.text(article.id));
        QCOMPARE(store.texts({article.id, intact.id}).size(), 2);
        // One character changed behind Pizhu's back, as a bad sector or another program would.
        SqlQuery query(db.sql());
        QVERIFY(query.exec(QStringLiteral("UPDATE article_texts SET body = replace(body, '9.9', '8.9')"
                                          " WHERE article_id = ?"),
                           {article.id}));
        QVERIFY(!store.article(article.id));
        QVERIFY(store.lastReadFoundDamage());
        QVERIFY2(store.errorString().contains(QStringLiteral("article %1 is damaged").arg(article.id)),
                 qPrintable(store.errorString()));
        QVERIFY(!store.text(article.id));
        QVERIFY(store.lastReadFoundDamage());
        // Read with others, it is left out and named; the others are served as they are alone.
        const QHash<qint64, ArticleText> texts = store.texts({article.id, intact.id, intact.id + 100});
        QCOMPARE(texts.keys(), QList<qint64>{intact.id});
        QVERIFY(store.lastReadFoundDamage());
        QVERIFY2(store.errorString().contains(QStringLiteral("article %1 is damaged").arg(article.id)),
                 qPrintable(store.errorString()));
        QCOMPARE(texts.value(intact.id).body, store.text(intact.id)->body);
        QCOMPARE(texts.value(intact.id).shadow.text, QStringLiteral("立法会昨日通过议案。"));
        QCOMPARE(texts.value(intact.id).title, QStringLiteral("另一篇"));
        QVERIFY(store.texts({intact.id, intact.id + 100}).contains(intact.id));
        QVERIFY(!store.lastReadFoundDamage());
        // A missing article is not damage.
        QVERIFY(!store.article(article.id + 100));
        QVERIFY(!store.lastReadFoundDamage());
    }

    void indexesAgainWhenTheIndexIsRemade()
    {
        // Version 19 made the search index again (the body its first column): the articles a
        // version 18 corpus had indexed are indexed again, in both scripts, and found as before.
        {
            CorpusDatabase old;
            QVERIFY2(old.open(m_path, 18), qPrintable(old.errorString()));
            Article traditional =
                makeArticle(QStringLiteral("立法會通過議案"), {QStringLiteral("香港立法會昨日通過議案。")});
            Article simplified =
                makeArticle(QStringLiteral("党员大会"), {QStringLiteral("9.9万名党员参加。")});
            QCOMPARE(ArticleWriter(old).write(traditional), ArticleStore::InsertResult::Inserted);
            QCOMPARE(ArticleWriter(old).write(simplified), ArticleStore::InsertResult::Inserted);
            QCOMPARE(CorpusSearch(old).count(SearchQuery::parse(QStringLiteral("议案"))), 1);
        }
        CorpusDatabase db;
        QVERIFY2(db.open(m_path), qPrintable(db.errorString()));
        QCOMPARE(db.status(), CorpusDatabase::Status::Migrated);
        const auto found = [&db](const QString &query) {
            return CorpusSearch(db).count(SearchQuery::parse(query));
        };
        QCOMPARE(found(QStringLiteral("议案")), 0); // until the backfill has run
        QVERIFY(BackfillJob::isNeeded(db));
        BackfillJob backfill;
        JobControl control;
        QVERIFY2(backfill.run(db, control), qPrintable(backfill.errorString()));
        QVERIFY(!BackfillJob::isNeeded(db));
        QCOMPARE(found(QStringLiteral("议案")), 1);
        QCOMPARE(found(QStringLiteral("議案")), 1);
        QCOMPARE(found(QStringLiteral("立法会通过")), 1);
        QCOMPARE(found(QStringLiteral("党员")), 1);
        QCOMPARE(found(QStringLiteral("党员大会")), 1); // a title
        QCOMPARE(found(QStringLiteral("会9")), 0);      // a phrase does not run on into the body
        QCOMPARE(found(QStringLiteral("党 议案")), 0);
        ArticleStore store(db);
        QCOMPARE(store.count(), 2);
        QVERIFY(!store.lastReadFoundDamage());
    }

    void keepsOnlyWhatTheShadowChanges()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        Article article = makeArticle(QStringLiteral("立法會通過議案"),
                                      {QStringLiteral("香港立法會昨日通過議案，國際機場管理局將擴建。"),
                                       QStringLiteral("記者李公樂報道。")});
        QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted);
        const QString shadow =
            QStringLiteral("香港立法会昨日通过议案，国际机场管理局将扩建。\n记者李公乐报道。");
        QCOMPARE(article.shadow->text, shadow);
        // The file holds the changes only, far smaller than the shadow itself.
        QVERIFY(scalar(db, QStringLiteral("SELECT shadow FROM article_texts")).isNull());
        const QByteArray changes =
            scalar(db, QStringLiteral("SELECT shadow_changes FROM article_texts")).toByteArray();
        QVERIFY2(!changes.isEmpty() && changes.size() < shadow.toUtf8().size() / 2,
                 qPrintable(QStringLiteral("%1 bytes").arg(changes.size())));
        ArticleStore store(db);
        QCOMPARE(store.article(article.id)->shadow->text, shadow);
        QCOMPARE(store.text(article.id)->shadow.text, shadow);
        // A simplified article stores no shadow at all.
        Article simplified = makeArticle(QStringLiteral("简体"), {QStringLiteral("记者李公乐报道。")});
        QCOMPARE(ArticleWriter(db).write(simplified), ArticleStore::InsertResult::Inserted);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_texts"
                                           " WHERE shadow IS NULL AND shadow_changes IS NULL")),
                 QVariant(1));

        // A row stored whole, as before schema version 18, reads the same and is made changes by the
        // backfill, its checksum still true.
        SqlQuery query(db.sql());
        QVERIFY(query.exec(QStringLiteral("UPDATE article_texts SET shadow = ?, shadow_changes = NULL"
                                          " WHERE article_id = ?"),
                           {shadow, article.id}));
        QCOMPARE(store.article(article.id)->shadow->text, shadow);
        QVERIFY(BackfillJob::isNeeded(db));
        BackfillJob backfill;
        JobControl control;
        QVERIFY2(backfill.run(db, control), qPrintable(backfill.errorString()));
        QVERIFY(!BackfillJob::isNeeded(db));
        QVERIFY(
            scalar(db,
                   QStringLiteral("SELECT shadow FROM article_texts WHERE article_id = %1").arg(article.id))
                .isNull());
        QCOMPARE(scalar(db, QStringLiteral("SELECT shadow_changes FROM article_texts WHERE article_id = %1")
                                .arg(article.id))
                     .toByteArray(),
                 changes);
        QCOMPARE(store.article(article.id)->shadow->text, shadow);
        QVERIFY(!store.lastReadFoundDamage());

        // Changes that no longer fit the body are damage, named like any other.
        QVERIFY(
            query.exec(QStringLiteral("UPDATE article_texts SET shadow_changes = X'FF' WHERE article_id = ?"),
                       {article.id}));
        QVERIFY(!store.article(article.id));
        QVERIFY(store.lastReadFoundDamage());
        QVERIFY2(store.errorString().contains(QStringLiteral("article %1 is damaged").arg(article.id)),
                 qPrintable(store.errorString()));
        CorpusCheckJob check;
        QVERIFY(check.run(db, control));
        QVERIFY2(
            check.problems()
                .join(QLatin1Char('\n'))
                .contains(
                    QStringLiteral("article %1: its simplified copy does not fit its text").arg(article.id)),
            qPrintable(check.problems().join(QLatin1Char('\n'))));
    }

    void backsUpWhileOpen()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        Article article = makeArticle(QStringLiteral("标题"), {QStringLiteral("正文")});
        QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted); // still in the WAL
        const QString copy = m_dir.filePath(QStringLiteral("copy.pizhu"));
        QString error;
        QVERIFY2(CorpusBackup::write(db.sql(), copy, &error), qPrintable(error));
        CorpusDatabase restored;
        QVERIFY2(restored.open(copy), qPrintable(restored.errorString()));
        QCOMPARE(restored.status(), CorpusDatabase::Status::Opened);
        QCOMPARE(ArticleStore(restored).count(), 1);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));

        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/copy.pizhu"));
        QVERIFY(!CorpusBackup::write(db.sql(), nowhere, &error));
        QVERIFY2(error.contains(QLatin1String("copy.pizhu")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }

    void backupClearsWhatAKilledOneLeftAndRefusesADamagedCopy()
    {
        qint64 schemaBytes = 0; // the pages of the empty corpus: its schema, kept intact below
        {
            CorpusDatabase db;
            QVERIFY(db.open(m_path));
            SqlQuery pages(db.sql());
            QVERIFY(pages.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                              "pragma_page_size()")) &&
                    pages.next());
            schemaBytes = pages.integer(0);
            pages.finish();
            for (int i = 0; i < 200; ++i) {
                Article article = makeArticle(QStringLiteral("备份%1").arg(i),
                                              {QStringLiteral("记者李公乐说，第%1篇。").arg(i).repeated(20)});
                QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted);
            }
            SqlQuery query(db.sql());
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // A backup killed part-way and one stopped by a full disk left these behind.
        const QString copy = m_dir.filePath(QStringLiteral("damage-copy.pizhu"));
        QVERIFY(writeFile(copy + QStringLiteral(".partial"), "half a copy"));
        QVERIFY(writeFile(copy + QStringLiteral(".partial-journal"), "a journal"));
        QString error;
        {
            CorpusDatabase db;
            QVERIFY(db.open(m_path));
            QVERIFY2(CorpusBackup::write(db.sql(), copy, &error), qPrintable(error));
        }
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial-journal")));
        QVERIFY(QFile::remove(copy));

        // 64 random bytes every 16 KiB past the schema's pages: SQLite's check of the copy finds it.
        QVERIFY(overwriteWithNoise(m_path, schemaBytes + 16384));
        CorpusDatabase damaged;
        QVERIFY2(damaged.open(m_path), qPrintable(damaged.errorString())); // its first pages are intact
        QVERIFY(!CorpusBackup::write(damaged.sql(), copy, &error));
        QVERIFY2(error.contains(QLatin1String("the copy is damaged")), qPrintable(error));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    }

    void storesTheSameArticleOnce()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        ArticleWriter writer(db);
        Article first = makeArticle(QStringLiteral("标题"), {QStringLiteral("正文")});
        Article again = first;
        QCOMPARE(writer.write(first), ArticleStore::InsertResult::Inserted);
        QCOMPARE(writer.write(again), ArticleStore::InsertResult::Duplicate);
        QCOMPARE(again.id, first.id);
        QCOMPARE(ArticleStore(db).count(), 1);
    }

    void enforcesForeignKeys()
    {
        CorpusDatabase db;
        QVERIFY(db.open(m_path));
        SqlQuery query(db.sql());
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO bylines (article_id, position, name) VALUES (?, 0, ?)"),
                        {4242, QStringLiteral("无主")}));
        QVERIFY2(query.errorText().contains(QLatin1String("FOREIGN KEY")), qPrintable(query.errorText()));

        Article article = makeArticle(QStringLiteral("标题"), {QStringLiteral("正文")});
        article.bylines = {{QStringLiteral("卢松"), QStringLiteral("记者")},
                           {QStringLiteral("赵君明"), QStringLiteral("通讯员")}};
        QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM bylines")).toInt(), 2);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM articles WHERE id = ?"), {article.id}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM bylines")).toInt(), 0);
    }

    void aShortMainFileIsHealthyWhileTheLogHoldsItsPages()
    {
        // Another process is writing: its commits sit in the write-ahead log, and a checkpoint has
        // written the header (page 1) before the pages after it. The file is not damaged.
        CorpusDatabase writer;
        QVERIFY(writer.open(m_path));
        SqlQuery query(writer.sql());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))); // the header's count is valid
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        for (int i = 0; i < 40; ++i) {
            Article article =
                makeArticle(QStringLiteral("日志%1").arg(i), {QStringLiteral("正文%1。").arg(i)});
            QCOMPARE(ArticleWriter(writer).write(article), ArticleStore::InsertResult::Inserted);
        }
        QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const QByteArray header = file.read(100);
            QCOMPARE(header.mid(92, 4), header.mid(24, 4));
            const quint32 pages = quint32(file.size() / 4096 + 50);
            const char bigEndian[4] = {char(pages >> 24), char(pages >> 16), char(pages >> 8), char(pages)};
            QVERIFY(file.seek(28));
            QCOMPARE(file.write(bigEndian, 4), qint64(4));
        }
        CorpusDatabase reader;
        QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
        QCOMPARE(ArticleStore(reader).count(), 40);
    }

    void refusesFilesThatAreNotCorpora_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<CorpusDatabase::Status>("expected");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("text file") << QStringLiteral("text") << CorpusDatabase::Status::NotSQLite
                                   << QStringLiteral("not an SQLite database");
        QTest::newRow("other sqlite") << QStringLiteral("sqlite") << CorpusDatabase::Status::NotACorpus
                                      << QStringLiteral("not a Pizhu corpus");
        QTest::newRow("newer schema") << QStringLiteral("newer") << CorpusDatabase::Status::NewerSchema
                                      << QStringLiteral("newer than this Pizhu");
        QTest::newRow("negative schema version")
            << QStringLiteral("negative") << CorpusDatabase::Status::NotACorpus
            << QStringLiteral("which no Pizhu writes");
        QTest::newRow("older version than its tables")
            << QStringLiteral("mislabelled") << CorpusDatabase::Status::Failed
            << QStringLiteral("says it has schema version 3, but it already holds what version 4 adds");
        QTest::newRow("read-only") << QStringLiteral("readonly") << CorpusDatabase::Status::ReadOnly
                                   << QStringLiteral("read-only");
        QTest::newRow("truncated to half") << QStringLiteral("half") << CorpusDatabase::Status::Damaged
                                           << QStringLiteral("damaged (it is shorter");
        QTest::newRow("last page cut off") << QStringLiteral("cut") << CorpusDatabase::Status::Damaged
                                           << QStringLiteral("damaged (it is shorter");
        QTest::newRow("schema page overwritten")
            << QStringLiteral("garbled") << CorpusDatabase::Status::Damaged << QStringLiteral("damaged (");
    }

    void refusesFilesThatAreNotCorpora()
    {
        QFETCH(QString, kind);
        QFETCH(CorpusDatabase::Status, expected);
        QFETCH(QString, reasonPart);
        if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(m_path, "廊坊新闻\nnot a database at all\n"));
        } else if (kind == QLatin1String("sqlite")) {
            const QString name = QStringLiteral("other");
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                other.setDatabaseName(m_path);
                QVERIFY(other.open());
                SqlConnection otherSql(other);
                SqlQuery query(otherSql);
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
                QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
                other.close();
            }
            QSqlDatabase::removeDatabase(name);
        } else {
            {
                CorpusDatabase db;
                QVERIFY(db.open(m_path));
                if (kind == QLatin1String("newer") || kind == QLatin1String("negative") ||
                    kind == QLatin1String("mislabelled")) {
                    SqlQuery query(db.sql());
                    const int version = kind == QLatin1String("newer")
                                            ? CorpusDatabase::currentSchemaVersion() + 1
                                        : kind == QLatin1String("negative") ? -1
                                                                            : 3;
                    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
                }
                SqlQuery query(db.sql());
                QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            if (kind == QLatin1String("readonly"))
                QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadUser));
        }
        if (kind == QLatin1String("half") || kind == QLatin1String("cut") ||
            kind == QLatin1String("garbled")) {
            {
                // A corpus with the seeds, all of it in the main file.
                CorpusDatabase db;
                QVERIFY(db.open(m_path));
                for (int i = 0; i < 40; ++i) {
                    Article article = makeArticle(QStringLiteral("标题%1").arg(i),
                                                  {QStringLiteral("记者李公乐说，正文%1。").arg(i)});
                    QCOMPARE(ArticleWriter(db).write(article), ArticleStore::InsertResult::Inserted);
                }
                SqlQuery query(db.sql());
                QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
            QByteArray bytes = fileBytes(m_path);
            if (kind == QLatin1String("half"))
                bytes.truncate(bytes.size() / 2);
            else if (kind == QLatin1String("cut"))
                bytes.chop(4096);
            else
                bytes.replace(100, 3900, QByteArray(3900, '\x5a')); // page 1 after the header: the schema
            QVERIFY(writeFile(m_path, bytes));
        }
        const QByteArray before = fileBytes(m_path);

        CorpusDatabase db;
        QVERIFY(!db.open(m_path));
        QCOMPARE(db.status(), expected);
        QVERIFY2(db.errorString().contains(reasonPart), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(m_path), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(m_path), before);
        if (expected == CorpusDatabase::Status::Damaged)
            QVERIFY2(db.errorString().contains(QLatin1String("backup")), qPrintable(db.errorString()));
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestCorpusDatabase)
#include "tst_corpusdatabase.moc"
