// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections for the whole corpus: one undoable step changes every article, is kept as a rule of
// the corpus, and later imports and re-extractions obey it.
#include "editing/corpusentitycorrections.h"
#include "editing/corpussession.h"
#include "extract/characterfeatures.h"
#include "extract/entityextractor.h"
#include "extract/entitymodel.h"
#include "ingest/adaptmodeljob.h"
#include "ingest/articlewriter.h"
#include "ingest/corpusentitymodel.h"
#include "ingest/corpusimporter.h"
#include "ingest/corpusnames.h"
#include "ingest/reextractjob.h"
#include "models/testarticles.h"
#include "search/corpusentityquery.h"
#include "store/articlesetstore.h"
#include "store/corpusdatabase.h"
#include "store/entityrulestore.h"
#include "store/sqlquery.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCorpusEntityCorrections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CorpusDatabase> m_db;
    std::unique_ptr<CorpusSession> m_session;
    QList<qint64> m_articles;

    qint64 importArticle(const QString &title, const QString &text)
    {
        Article article = makeArticle(title, {text});
        ArticleWriter writer(*m_db);
        if (writer.write(article) != ArticleStore::InsertResult::Inserted)
            qWarning("%s", qPrintable(writer.errorString()));
        return article.id;
    }

    /** What Tools → Entities in Corpus lists for 川普 and 特朗普: "type key articles", sorted. */
    QStringList corpusTable() const
    {
        QStringList rows;
        for (const CorpusEntity &entity : CorpusEntityQuery(*m_db).run()) {
            if (entity.key == QStringLiteral("川普") || entity.key == QStringLiteral("特朗普"))
                rows << QStringLiteral("%1 %2 %3")
                            .arg(entityTypeCode(entity.type), entity.key)
                            .arg(entity.articles);
        }
        rows.sort();
        return rows;
    }

    /** How the entity named \a name stands in \a articleId: "status type name", "→ target" if merged. */
    QString entityIn(qint64 articleId, const QString &name) const
    {
        const QList<StoredEntity> entities = EntityStore(*m_db).forArticle(articleId);
        for (const StoredEntity &entity : entities) {
            if (entity.name != name)
                continue;
            QString summary =
                QStringLiteral("%1 %2 %3")
                    .arg(entityStatusCode(entity.status), entityTypeCode(entity.type), entity.name);
            for (const StoredEntity &target : entities) {
                if (target.id == entity.mergedInto && entity.mergedInto)
                    summary += QStringLiteral(" → ") + target.name;
            }
            return summary;
        }
        return QStringLiteral("none");
    }

    QStringList trumpEverywhere() const
    {
        QStringList states;
        for (const qint64 id : m_articles)
            states << entityIn(id, QStringLiteral("川普")) + QStringLiteral(" | ") +
                          entityIn(id, QStringLiteral("特朗普"));
        return states;
    }

    /** Applies \a action to 川普 everywhere; how many entities it changed, or -1. */
    qsizetype correct(const QString &action)
    {
        CorpusEntityCorrections corrections(*m_session);
        const QString key = QStringLiteral("川普");
        bool ok = false;
        if (action == QLatin1String("reject"))
            ok = corrections.rejectEverywhere(EntityType::Person, key, key);
        else if (action == QLatin1String("confirm"))
            ok = corrections.confirmEverywhere(EntityType::Person, key, key);
        else if (action == QLatin1String("retype"))
            ok = corrections.retypeEverywhere(EntityType::Person, key, key, EntityType::Organization);
        else
            ok = corrections.mergeEverywhere(EntityType::Person, key, key, QStringLiteral("特朗普"));
        if (!ok)
            qWarning("%s", qPrintable(corrections.errorString()));
        return ok ? corrections.changedCount() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<CorpusDatabase>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("%1-%2.pizhu")
                                              .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                   QString::fromUtf8(QTest::currentDataTag())))));
        m_articles = {
            importArticle(
                QStringLiteral("会见"),
                QStringLiteral("国家主席习近平在北京会见美国总统特朗普。特朗普表示，双方将加强合作。")),
            importArticle(
                QStringLiteral("抵达"),
                QStringLiteral("美国总统川普今天抵达北京。川普说，他很高兴。阿里巴巴集团也表示欢迎。")),
            importArticle(QStringLiteral("记者会"),
                          QStringLiteral("美国总统川普会见了记者。特朗普的发言人说，特朗普很满意。")),
        };
        QVERIFY(!m_articles.contains(0));
        m_session = std::make_unique<CorpusSession>(*m_db);
        m_session->setCoder(QStringLiteral("王老师"));
        QCOMPARE(trumpEverywhere(), (QStringList{QStringLiteral("none | auto PER 特朗普"),
                                                 QStringLiteral("auto PER 川普 | none"),
                                                 QStringLiteral("auto PER 川普 | auto PER 特朗普")}));
    }

    void cleanup()
    {
        m_session.reset();
        m_db.reset();
    }

    void oneStepChangesEveryArticleAndIsKept_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("changed");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<QStringList>("reextracted");
        QTest::addColumn<QString>("inANewArticle");
        QTest::addColumn<QStringList>("table");

        // One line per article: 川普 | 特朗普. What re-extraction leaves is "after" unless given.
        const auto states = [](const QString &lines) {
            return lines.split(QLatin1Char(';'));
        };
        QTest::newRow("reject everywhere")
            << "reject" << 2
            << states(QStringLiteral("none | auto PER 特朗普;rejected PER 川普 | none;"
                                     "rejected PER 川普 | auto PER 特朗普"))
            << QStringList() << "rejected PER 川普" << QStringList{QStringLiteral("PER 特朗普 2")};
        QTest::newRow("confirm everywhere")
            << "confirm" << 2
            << states(QStringLiteral("none | auto PER 特朗普;confirmed PER 川普 | none;"
                                     "confirmed PER 川普 | auto PER 特朗普"))
            << QStringList() << "confirmed PER 川普"
            << QStringList{QStringLiteral("PER 川普 2"), QStringLiteral("PER 特朗普 2")};
        // Later, the model finds 川普 as an organisation itself: its lexicon knows the corpus's ORG 川普.
        QTest::newRow("always an organisation")
            << "retype" << 2
            << states(QStringLiteral("none | auto PER 特朗普;confirmed ORG 川普 | none;"
                                     "confirmed ORG 川普 | auto PER 特朗普"))
            << QStringList() << "auto ORG 川普"
            << QStringList{QStringLiteral("ORG 川普 2"), QStringLiteral("PER 特朗普 2")};
        // Where the article names both, one is merged into the other; where it names only 川普, that
        // entity is renamed, so the corpus counts one person.
        QTest::newRow("merge into another")
            << "merge" << 2
            << states(QStringLiteral("none | auto PER 特朗普;none | confirmed PER 特朗普;"
                                     "auto PER 川普 → 特朗普 | auto PER 特朗普"))
            // Re-extraction finds 川普 again beside the renamed entity, and merges it into that.
            << states(QStringLiteral("none | auto PER 特朗普;auto PER 川普 → 特朗普 | confirmed PER 特朗普;"
                                     "auto PER 川普 → 特朗普 | auto PER 特朗普"))
            // The corpus's table counts no 川普 any more: each of its articles counts for 特朗普.
            << "none" << QStringList{QStringLiteral("PER 特朗普 3")};
    }

    void oneStepChangesEveryArticleAndIsKept()
    {
        QFETCH(QString, action);
        QFETCH(int, changed);
        QFETCH(QStringList, after);
        QFETCH(QStringList, reextracted);
        QFETCH(QString, inANewArticle);
        QFETCH(QStringList, table);
        const QStringList before = trumpEverywhere();
        const QStringList tableBefore = corpusTable();
        QCOMPARE(tableBefore, (QStringList{QStringLiteral("PER 川普 2"), QStringLiteral("PER 特朗普 2")}));

        QCOMPARE(correct(action), changed);
        QCOMPARE(trumpEverywhere(), after);
        QCOMPARE(corpusTable(), table);
        QCOMPARE(m_session->undoStack()->count(), 1);
        const QList<EntityRule> rules = EntityRuleStore(*m_db).rules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(entityRuleActionCode(rules.first().action), action);
        QCOMPARE(rules.first().coder, QStringLiteral("王老师"));
        CorpusEntityCorrections counted(*m_session);
        QVERIFY(counted.confirmEverywhere(EntityType::Person, QStringLiteral("习近平"),
                                          QStringLiteral("习近平")));
        QCOMPARE(counted.changedCount(), 1);
        m_session->undoStack()->undo();

        // Undo puts every article and the rules back; redo does it again.
        m_session->undoStack()->undo();
        QCOMPARE(trumpEverywhere(), before);
        QCOMPARE(corpusTable(), tableBefore);
        QVERIFY(EntityRuleStore(*m_db).rules().isEmpty());
        m_session->undoStack()->redo();
        QCOMPARE(trumpEverywhere(), after);

        // Re-extraction obeys the rule, and so does an article imported later.
        ReextractJob reextract(m_articles);
        JobControl control;
        QVERIFY2(reextract.run(*m_db, control), qPrintable(reextract.errorString()));
        QCOMPARE(trumpEverywhere(), reextracted.isEmpty() ? after : reextracted);
        const qint64 later =
            importArticle(QStringLiteral("后来"), QStringLiteral("美国总统川普今天离开北京。"));
        QCOMPARE(entityIn(later, QStringLiteral("川普")), inANewArticle);
    }

    void aRuleMadeDuringAnImportReachesItsLaterBatches()
    {
        // An import of two batches; between them, another window (its own connection) rejects 川普.
        const QString records = m_dir.filePath(QStringLiteral("during.jsonl"));
        QFile file(records);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const int count = CorpusImporter::BatchSize + 20;
        for (int i = 0; i < count; ++i)
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("第%1篇").arg(i)},
                                                 {QStringLiteral("text"),
                                                  QStringLiteral("美国总统川普今天第%1次抵达北京。").arg(i)}})
                           .toJson(QJsonDocument::Compact) +
                       '\n');
        file.close();
        CorpusDatabase other;
        QVERIFY(other.open(m_db->path()));
        EntityRule rule;
        rule.key = rule.name = QStringLiteral("川普");
        rule.coder = QStringLiteral("另一位老师");
        rule.created = QStringLiteral("2026-12-06T12:00:00Z");
        int reported = 0;
        QList<qint64> imported;
        const auto progress = [&](const ImportOutcome &outcome) {
            imported.append(outcome.articleId);
            if (++reported == CorpusImporter::BatchSize) // the first batch is stored
                QVERIFY(EntityRuleStore(other).put(rule));
        };
        QCOMPARE(CorpusImporter(*m_db).importFile(records, progress).size(), count);
        QCOMPARE(imported.size(), count);
        QCOMPARE(entityIn(imported.first(), QStringLiteral("川普")), QStringLiteral("auto PER 川普"));
        QCOMPARE(entityIn(imported.at(CorpusImporter::BatchSize - 1), QStringLiteral("川普")),
                 QStringLiteral("auto PER 川普"));
        QCOMPARE(entityIn(imported.at(CorpusImporter::BatchSize), QStringLiteral("川普")),
                 QStringLiteral("rejected PER 川普"));
        QCOMPARE(entityIn(imported.last(), QStringLiteral("川普")), QStringLiteral("rejected PER 川普"));
    }

    void handAddedEntitiesStayAndForgottenRulesStopApplying()
    {
        const qint64 article = m_articles.at(1);
        const QString body = QStringLiteral("美国总统川普今天抵达北京。");
        QVERIFY(m_session->addEntity(article, EntityType::Person,
                                     TextSpan{int(body.indexOf(u'川')), int(body.indexOf(u'今'))}));
        CorpusEntityCorrections corrections(*m_session);
        QVERIFY(
            corrections.rejectEverywhere(EntityType::Person, QStringLiteral("川普"), QStringLiteral("川普")));
        QCOMPARE(corrections.changedCount(), 2);
        int manual = 0;
        for (const StoredEntity &entity : EntityStore(*m_db).forArticle(article))
            manual += entity.status == EntityStatus::Manual && entity.key == QStringLiteral("川普");
        QCOMPARE(manual, 1);

        QVERIFY(corrections.forget(EntityType::Person, QStringLiteral("川普")));
        QVERIFY(EntityRuleStore(*m_db).rules().isEmpty());
        QCOMPARE(entityIn(m_articles.at(2), QStringLiteral("川普")), QStringLiteral("rejected PER 川普"));
        const qint64 later =
            importArticle(QStringLiteral("后来"), QStringLiteral("美国总统川普今天离开北京。"));
        QCOMPARE(entityIn(later, QStringLiteral("川普")), QStringLiteral("auto PER 川普"));
        m_session->undoStack()->undo(); // the rule is back
        QCOMPARE(EntityRuleStore(*m_db).rules().size(), 1);
    }

    void adaptingTheModelChangesLaterExtraction()
    {
        // The shipped model knows no organisation 大象传媒 (a made-up name) and takes no club for one.
        const qint64 first = importArticle(
            QStringLiteral("获奖"), QStringLiteral("大象传媒昨天发布年度报告，大象传媒总裁王明出席。"));
        QCOMPARE(entityIn(first, QStringLiteral("大象传媒")), QStringLiteral("none"));
        AdaptModelJob nothingYet(QStringLiteral("王老师"));
        JobControl control;
        QVERIFY(!nothingYet.run(*m_db, control));
        QVERIFY2(nothingYet.errorString().contains(QStringLiteral("no confirmed or added")),
                 qPrintable(nothingYet.errorString()));
        QVERIFY(!CorpusEntityModel(*m_db).info());

        QVERIFY(m_session->addEntity(first, EntityType::Organization, TextSpan{0, 4}));
        // What a researcher added counts at once, in the next import, before any adaptation.
        const qint64 next =
            importArticle(QStringLiteral("预告"), QStringLiteral("大象传媒下周将发布新产品。"));
        QCOMPARE(entityIn(next, QStringLiteral("大象传媒")), QStringLiteral("auto ORG 大象传媒"));

        AdaptModelJob adapt(QStringLiteral("王老师"));
        QVERIFY2(adapt.run(*m_db, control), qPrintable(adapt.errorString()));
        QVERIFY(adapt.names() >= 1);
        const std::optional<CorpusEntityModel::Info> info = CorpusEntityModel(*m_db).info();
        QVERIFY(info);
        QCOMPARE(info->coder, QStringLiteral("王老师"));
        QVERIFY(info->bytes > 1'000'000);

        const qint64 later =
            importArticle(QStringLiteral("年报"), QStringLiteral("大象传媒今年的收入增长了两成。"));
        QCOMPARE(entityIn(later, QStringLiteral("大象传媒")), QStringLiteral("auto ORG 大象传媒"));
        // The hand-added entity is as it was, and the article set to review holds what changed.
        QCOMPARE(entityIn(first, QStringLiteral("大象传媒")), QStringLiteral("manual ORG 大象传媒"));
        if (!adapt.changedArticles().isEmpty())
            QVERIFY(ArticleSetStore(*m_db).findByName(adapt.reviewSet()));

        // Forgetting the adapted model leaves what the corpus's corrections teach; undoing the
        // correction takes the name out of the lexicon: extraction is the shipped model's again.
        QVERIFY(CorpusEntityModel(*m_db).remove());
        const qint64 afterwards =
            importArticle(QStringLiteral("年报二"), QStringLiteral("大象传媒明年的收入将增长三成。"));
        QCOMPARE(entityIn(afterwards, QStringLiteral("大象传媒")), QStringLiteral("auto ORG 大象传媒"));
        m_session->undoStack()->undo();
        QCOMPARE(entityIn(first, QStringLiteral("大象传媒")), QStringLiteral("none"));
        const qint64 undone =
            importArticle(QStringLiteral("年报三"), QStringLiteral("大象传媒后年的收入将增长四成。"));
        QCOMPARE(entityIn(undone, QStringLiteral("大象传媒")), QStringLiteral("none"));
        QCOMPARE(CorpusEntityModel(*m_db).extractor().get(), &EntityExtractor::instance());
    }

    void theCorpusNamesAreWhatResearchersConfirmedOrAdded_data()
    {
        QTest::addColumn<QStringList>("corrections");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("nothing corrected") << QStringList() << QStringList();
        QTest::newRow("confirmed in one article")
            << QStringList{QStringLiteral("confirm 1")} << QStringList{QStringLiteral("PER 川普")};
        QTest::newRow("confirmed in one, rejected in another")
            << QStringList{QStringLiteral("confirm 1"), QStringLiteral("reject 2")} << QStringList();
        QTest::newRow("made an organisation")
            << QStringList{QStringLiteral("retype 1")} << QStringList{QStringLiteral("ORG 川普")};
        QTest::newRow("added by hand")
            << QStringList{QStringLiteral("add 1")} << QStringList{QStringLiteral("ORG 美国 added")};
    }

    void theCorpusNamesAreWhatResearchersConfirmedOrAdded()
    {
        QFETCH(QStringList, corrections);
        QFETCH(QStringList, names);
        for (const QString &correction : std::as_const(corrections)) {
            const QStringList parts = correction.split(QLatin1Char(' '));
            const qint64 article = m_articles.at(parts.at(1).toInt());
            qint64 trump = 0;
            for (const StoredEntity &entity : EntityStore(*m_db).forArticle(article))
                trump = entity.name == QStringLiteral("川普") ? entity.id : trump;
            QVERIFY(trump != 0);
            const QString action = parts.at(0);
            const bool done = action == QStringLiteral("confirm")
                                  ? m_session->setEntityStatus(trump, EntityStatus::Confirmed)
                              : action == QStringLiteral("reject")
                                  ? m_session->setEntityStatus(trump, EntityStatus::Rejected)
                              : action == QStringLiteral("retype")
                                  ? m_session->setEntityType(trump, EntityType::Organization)
                                  : m_session->addEntity(article, EntityType::Organization, TextSpan{0, 2});
            QVERIFY2(done, qPrintable(correction));
        }
        CorpusNames corpusNames(*m_db);
        const std::optional<QList<CorpusNames::Name>> read = corpusNames.read();
        QVERIFY2(read, qPrintable(corpusNames.errorString()));
        QStringList found;
        for (const CorpusNames::Name &name : *read)
            found << QStringLiteral("%1 %2%3").arg(entityTypeCode(name.type), name.key,
                                                   name.added ? QStringLiteral(" added") : QString());
        QCOMPARE(found, names);
        // The extractor for the corpus knows them as words of their class, and only them.
        const std::shared_ptr<const EntityExtractor> extractor = CorpusEntityModel(*m_db).extractor();
        QCOMPARE(extractor.get() == &EntityExtractor::instance(), names.isEmpty());
        if (!names.isEmpty()) {
            const std::u32string word = CharacterFeatures::normalised(read->first().key);
            const quint8 wanted = read->first().type == EntityType::Person ? EntityLexicon::Person
                                                                           : EntityLexicon::Organization;
            QVERIFY(extractor->model()->lexicon().classesOf(word.data(), int(word.size())) & wanted);
        }
    }

    void aDamagedAdaptedModelFallsBackToTheShippedOne()
    {
        SqlQuery query(m_db->sql());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO entity_models (name, model, names, coder, created)"
                                          " VALUES ('adapted', ?, 1, 'x', 'y')"),
                           {QByteArray("PIZHU-ENTITY-MODEL\n\0\0\0\2garbage", 30)}));
        QString problem;
        const std::shared_ptr<const EntityExtractor> extractor = CorpusEntityModel(*m_db).extractor(&problem);
        QCOMPARE(extractor.get(), &EntityExtractor::instance());
        QVERIFY2(problem.contains(QStringLiteral("damaged")), qPrintable(problem));
        // Imports go on with the shipped model.
        const qint64 later =
            importArticle(QStringLiteral("后来"), QStringLiteral("美国总统川普今天离开北京。"));
        QCOMPARE(entityIn(later, QStringLiteral("川普")), QStringLiteral("auto PER 川普"));
    }

    void refusesWhatMakesNoSense_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("into");
        QTest::addColumn<QString>("reason");
        QTest::newRow("merge into itself") << "merge"
                                           << "川普"
                                           << "川普"
                                           << "cannot be merged into itself";
        QTest::newRow("merge into its traditional form") << "merge"
                                                         << "习近平"
                                                         << "習近平"
                                                         << "itself";
        QTest::newRow("merge into nothing") << "merge"
                                            << "川普"
                                            << "  "
                                            << "name the entity";
        QTest::newRow("retype to its own type") << "retype"
                                                << "川普"
                                                << ""
                                                << "of that type already";
        QTest::newRow("no name") << "reject"
                                 << ""
                                 << ""
                                 << "without a name";
        QTest::newRow("forget a rule that is not there") << "forget"
                                                         << "川普"
                                                         << ""
                                                         << "has no rule";
    }

    void refusesWhatMakesNoSense()
    {
        QFETCH(QString, action);
        QFETCH(QString, key);
        QFETCH(QString, into);
        QFETCH(QString, reason);
        const QStringList before = trumpEverywhere();
        CorpusEntityCorrections corrections(*m_session);
        bool ok = true;
        if (action == QLatin1String("merge"))
            ok = corrections.mergeEverywhere(EntityType::Person, key, key, into);
        else if (action == QLatin1String("retype"))
            ok = corrections.retypeEverywhere(EntityType::Person, key, key, EntityType::Person);
        else if (action == QLatin1String("reject"))
            ok = corrections.rejectEverywhere(EntityType::Person, key, key);
        else
            ok = corrections.forget(EntityType::Person, key);
        QVERIFY(!ok);
        QVERIFY2(corrections.errorString().contains(reason), qPrintable(corrections.errorString()));
        QCOMPARE(trumpEverywhere(), before);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(EntityRuleStore(*m_db).rules().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorpusEntityCorrections)
#include "tst_corpusentitycorrections.moc"
