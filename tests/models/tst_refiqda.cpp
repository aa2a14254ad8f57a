// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA exchange with real files: a corpus with two coders' coding goes out as a .qdpx that
// validates against Project.xsd and comes back into a new corpus with nothing lost; ATLAS.ti's
// project is read; broken projects are refused whole with their reasons; an import into an
// existing corpus is one undoable step; another coder's corpus merges beside this one's coding.
#include "editing/corpussession.h"
#include "exchange/codercorpusreader.h"
#include "exchange/codingmerge.h"
#include "exchange/qdpxarchive.h"
#include "exchange/qdpxreader.h"
#include "exchange/qdpxschema.h"
#include "exchange/qdpxwriter.h"
#include "ingest/articlewriter.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "store/tagstore.h"
#include "testarticles.h"
#include "testconfig.h"
#include "testseeds.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/** Everything a round trip must keep, keyed by what survives it (content hashes and tag paths). */
QStringList codingOf(CorpusDatabase &db)
{
    QStringList lines;
    TagStore tags(db);
    for (const Tag &tag : tags.all())
        lines << QStringLiteral("tag %1 %2 %3").arg(tags.path(tag.id), tag.color, tag.description);
    ArticleStore articles(db);
    SqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT id FROM articles"));
    QList<qint64> ids;
    while (query.next())
        ids << query.integer(0);
    query.finish();
    AnnotationStore annotations(db);
    for (const qint64 id : std::as_const(ids)) {
        const Article a = *articles.article(id);
        QStringList bylines;
        for (const Byline &b : a.bylines)
            bylines << b.role + QLatin1Char(':') + b.name;
        QStringList asides;
        for (const AsideLine &line : a.asides)
            asides << QStringLiteral("%1/%2/%3/%4")
                          .arg(line.beforeParagraph)
                          .arg(lineRoleName(line.role), line.text, line.caption);
        lines << QStringLiteral("article %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9")
                     .arg(a.contentHash, a.title, a.subtitle, a.published, a.outlet, bylines.join(u';'),
                          a.editor, a.url, scriptName(a.script))
              << QStringLiteral("  text %1 | asides %2 | attributes %3")
                     .arg(a.body(), asides.join(u';'),
                          QStringList(a.attributes.keys()).join(u',') +
                              QStringList(a.attributes.values()).join(u','));
        for (const Annotation &p : annotations.forArticle(id))
            lines << QStringLiteral("  passage %1 %2-%3 %4 [%5] %6 %7")
                         .arg(tags.path(p.tagId))
                         .arg(p.start)
                         .arg(p.end)
                         .arg(p.coder, p.note, p.created, p.modified);
        for (const ArticleTag &t : annotations.articleTags(id))
            lines << QStringLiteral("  article tag %1 %2 %3").arg(tags.path(t.tagId), t.coder, t.created);
    }
    lines.sort();
    return lines;
}

int countOf(CorpusDatabase &db, const char *table)
{
    SqlQuery query(db.sql());
    return query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next()
               ? int(query.integer(0))
               : -1;
}

} // namespace

class TestRefiQda : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;
    QString m_project;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /** The exported project with \a from replaced by \a to in its project.qde (or in \a entry). */
    QString broken(const char *name, const QByteArray &from, const QByteArray &to,
                   const QString &entry = QStringLiteral("project.qde"))
    {
        QMap<QString, QByteArray> entries;
        QString error;
        if (!QdpxArchive::read(m_project, &entries, &error) || !entries.value(entry).contains(from))
            qFatal("cannot break %s: %s", name, qPrintable(error));
        entries[entry].replace(from, to);
        const QString out = path(name);
        QdpxArchive::write(out, entries, {}, &error);
        return out;
    }

    /** The exported project with the first \a element's GUID changed where it is declared only. */
    QString renamed(const char *name, const char *element)
    {
        QMap<QString, QByteArray> entries;
        QString error;
        QdpxArchive::read(m_project, &entries, &error);
        const QByteArray declared = QByteArray("<") + element + " guid=\"";
        const QByteArray xml = entries.value(QStringLiteral("project.qde"));
        const qsizetype at = xml.indexOf(declared) + declared.size();
        const QByteArray guid = xml.mid(at, 36);
        QByteArray other = guid;
        other[0] = guid.at(0) == 'a' ? 'b' : 'a'; // still a GUID, but one nothing refers to
        return broken(name, declared + guid, declared + other);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_db.open(path("coded.pizhu")));
        const QList<qint64> seeds = importSeeds(m_db);
        QCOMPARE(seeds.size(), 5);
        // An article with a character outside the BMP before and inside a passage.
        Article rare = makeArticle(QStringLiteral("𠮷野家的新闻"),
                                   {QStringLiteral("𠮷野家在北京开店。"), QStringLiteral("第二段𠮷")});
        rare.subtitle = QStringLiteral("副标题");
        rare.attributes.insert(QStringLiteral("category"), QStringLiteral("经济"));
        QCOMPARE(ArticleWriter(m_db).write(rare), ArticleStore::InsertResult::Inserted);
        CorpusSession session(m_db);
        session.setCoder(QStringLiteral("甲"));
        const qint64 frames = session.addTag(QStringLiteral("Frames"), 0, QStringLiteral("#3366cc"),
                                             QStringLiteral("How the story is framed"));
        const qint64 conflict = session.addTag(QStringLiteral("Conflict"), frames, QStringLiteral("#cc3333"));
        QVERIFY(session.addAnnotation(seeds.at(2), frames, {0, 12}, QStringLiteral("标题里的框架")));
        QVERIFY(session.addAnnotation(rare.id, conflict, {0, 3}, QStringLiteral("含𠮷")));
        QVERIFY(session.addAnnotation(rare.id, frames, {10, 14}));
        QVERIFY(session.setArticleTag(seeds.at(2), frames, true));
        session.setCoder(QStringLiteral("乙"));
        QVERIFY(session.addAnnotation(seeds.at(2), frames, {0, 12})); // the same passage, 乙's own
        QVERIFY(session.addAnnotation(seeds.at(0), conflict, {5, 30}, QStringLiteral("乙's note")));
        QVERIFY(session.setArticleTag(seeds.at(2), frames, true));
        m_project = path("coded.qdpx");
        QString error;
        QVERIFY2(QdpxWriter::writeProject(m_db, m_project, &error), qPrintable(error));
    }

    void theExportValidatesAgainstTheSchema()
    {
        QMap<QString, QByteArray> entries;
        QString error;
        QVERIFY(QdpxArchive::read(m_project, &entries, &error));
        QCOMPARE(entries.size(), 1 + 6); // project.qde and one text per article
        QStringList errors;
        QVERIFY2(QdpxSchema::validate(entries.value(QStringLiteral("project.qde")), &errors),
                 qPrintable(errors.join(u'\n')));
        // Positions count code points: 𠮷 is one character.
        QVERIFY(
            entries.value(QStringLiteral("project.qde")).contains("startPosition=\"10\" endPosition=\"14\""));
    }

    void aRoundTripLosesNothing()
    {
        CorpusDatabase copy;
        QVERIFY(copy.open(path("round-trip.pizhu")));
        QdpxReader reader;
        QVERIFY2(reader.read(m_project), qPrintable(reader.errors().join(u'\n')));
        QVERIFY(reader.package().notMapped.isEmpty());
        CodingMerge merge(copy);
        QVERIFY2(merge.apply(reader.package()), qPrintable(merge.errors().join(u'\n')));
        QCOMPARE(merge.result().articlesCreated, 6);
        QCOMPARE(merge.result().passagesAdded, 5);
        QCOMPARE(merge.result().articleTagsAdded, 2);
        QCOMPARE(codingOf(copy), codingOf(m_db));
    }

    void importingIntoTheSameCorpusAddsNothing()
    {
        const QStringList before = codingOf(m_db);
        QdpxReader reader;
        QVERIFY(reader.read(m_project));
        CodingMerge merge(m_db);
        QVERIFY(merge.apply(reader.package()));
        QCOMPARE(merge.result().articlesMatched, 6);
        QCOMPARE(merge.result().passagesAdded + merge.result().articleTagsAdded + merge.result().tagsCreated,
                 0);
        QCOMPARE(merge.result().duplicates, 7);
        QCOMPARE(codingOf(m_db), before);
    }

    void theCodebookAloneGoesAsQdc()
    {
        const QString qdc = path("codebook.qdc");
        QString error;
        QVERIFY2(QdpxWriter::writeCodebook(m_db, qdc, &error), qPrintable(error));
        CorpusDatabase fresh;
        QVERIFY(fresh.open(path("codebook-only.pizhu")));
        QdpxReader reader;
        QVERIFY2(reader.read(qdc), qPrintable(reader.errors().join(u'\n')));
        CodingMerge merge(fresh);
        QVERIFY(merge.apply(reader.package()));
        TagStore tags(fresh);
        QCOMPARE(tags.tag(tags.idForPath(QStringLiteral("Frames/Conflict")))->color,
                 QStringLiteral("#cc3333"));
        QCOMPARE(tags.tag(tags.idForPath(QStringLiteral("Frames")))->description,
                 QStringLiteral("How the story is framed"));
    }

    void atlasTisProjectIsRead()
    {
        // A project written by ATLAS.ti 23: users and a two-level codebook, no sources.
        QdpxReader reader;
        QVERIFY2(reader.read(QStringLiteral(PIZHU_SOURCE_DIR
                                            "/tests/data/refi-qda/atlas-ti-23-codebook-sample.qdpx")),
                 qPrintable(reader.errors().join(u'\n')));
        CorpusDatabase fresh;
        QVERIFY(fresh.open(path("atlas.pizhu")));
        CodingMerge merge(fresh);
        QVERIFY(merge.apply(reader.package()));
        QCOMPARE(merge.result().tagsCreated, 3);
        TagStore tags(fresh);
        QVERIFY(tags.idForPath(QStringLiteral("Commits/2022-05-10T02:05:59Z 19e4dce")));
        QVERIFY(tags.idForPath(QStringLiteral("Commits/2022-02-11T10:39:25Z cdbfd92")));
    }

    void brokenProjectsAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a text file called .qdpx")
            << QStringLiteral("text") << QStringLiteral("not a zip file");
        QTest::newRow("a zip without project.qde")
            << QStringLiteral("zip") << QStringLiteral("holds no project.qde");
        QTest::newRow("XML that does not validate")
            << QStringLiteral("invalid") << QStringLiteral("does not follow the REFI-QDA schema");
        QTest::newRow("a selection outside its text")
            << QStringLiteral("outside") << QStringLiteral("lies outside its text");
        QTest::newRow("an unknown user")
            << QStringLiteral("user") << QStringLiteral("not among the project's users");
        QTest::newRow("an unknown code")
            << QStringLiteral("code") << QStringLiteral("which is not in the codebook");
        QTest::newRow("a source that is not text")
            << QStringLiteral("binary") << QStringLiteral("is not text");
        QTest::newRow("a source missing from the project")
            << QStringLiteral("missing") << QStringLiteral("is not in the project");
    }

    void brokenProjectsAreRefusedWhole()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QString file;
        QString error;
        QMap<QString, QByteArray> entries;
        QVERIFY(QdpxArchive::read(m_project, &entries, &error));
        const QString firstText = entries.lastKey(); // sources/…txt sort after project.qde
        if (kind == QLatin1String("text")) {
            file = path("notes.qdpx");
            QVERIFY(writeFile(file, "这不是项目\n"));
        } else if (kind == QLatin1String("zip")) {
            file = path("other.qdpx");
            QVERIFY(QdpxArchive::write(file, {{QStringLiteral("readme.txt"), "hello"}}, {}, &error));
        } else if (kind == QLatin1String("invalid")) {
            file = broken("invalid.qdpx", "isCodable=\"true\"", "isCodable=\"maybe\"");
        } else if (kind == QLatin1String("outside")) {
            file = broken("outside.qdpx", "startPosition=\"10\" endPosition=\"14\"",
                          "startPosition=\"10\" endPosition=\"15000\"");
        } else if (kind == QLatin1String("user")) {
            file = renamed("user.qdpx", "User");
        } else if (kind == QLatin1String("code")) {
            file = renamed("code.qdpx", "Code");
        } else if (kind == QLatin1String("binary")) {
            file = broken("binary.qdpx", entries.value(firstText).left(6), "\xff\xfe\x00\x00\x81\x82",
                          firstText);
        } else {
            file = broken("missing.qdpx", "internal://", "internal://gone-");
        }
        CorpusDatabase target;
        QVERIFY(target.open(path("target.pizhu")));
        const int articles = countOf(target, "articles");
        const int tags = countOf(target, "tags");
        QdpxReader reader;
        bool refused = !reader.read(file);
        QStringList why = reader.errors();
        if (!refused) {
            CodingMerge merge(target);
            refused = !merge.apply(reader.package());
            why = merge.errors();
        }
        QVERIFY(refused);
        QVERIFY2(why.join(u'\n').contains(reason), qPrintable(why.join(u'\n')));
        // Nothing half-imported.
        QCOMPARE(countOf(target, "articles"), articles);
        QCOMPARE(countOf(target, "tags"), tags);
        QCOMPARE(countOf(target, "annotations"), 0);
    }

    void anImportIntoACorpusIsOneUndoableStep()
    {
        CorpusDatabase target;
        QVERIFY(target.open(path("undo.pizhu")));
        QCOMPARE(importSeeds(target).size(), 5);
        const QStringList before = codingOf(target);
        CorpusSession session(target);
        QdpxReader reader;
        QVERIFY(reader.read(m_project));
        MergeResult result;
        QVERIFY2(session.mergeCoding(reader.package(), QStringLiteral("coded.qdpx"), &result),
                 qPrintable(session.errorString()));
        QCOMPARE(result.articlesMatched, 5); // the seeds are here already
        QCOMPARE(result.articlesCreated, 1); // the 𠮷 article is not
        QCOMPARE(countOf(target, "annotations"), 5);
        session.undoStack()->undo();
        QCOMPARE(codingOf(target), before);
        QCOMPARE(countOf(target, "articles"), 5);
        session.undoStack()->redo();
        QCOMPARE(countOf(target, "annotations"), 5);
    }

    void anotherCodersCorpusMergesBesideThisOnes()
    {
        // A colleague's corpus with the same seeds and their own passage; one article we lack.
        CorpusDatabase theirs;
        QVERIFY(theirs.open(path("theirs.pizhu")));
        const QList<qint64> seeds = importSeeds(theirs);
        Article only = makeArticle(QStringLiteral("只在丙那里"), {QStringLiteral("只有丙导入的文章。")});
        QCOMPARE(ArticleWriter(theirs).write(only), ArticleStore::InsertResult::Inserted);
        {
            CorpusSession session(theirs);
            session.setCoder(QStringLiteral("丙"));
            const qint64 frames = session.addTag(QStringLiteral("Frames"));
            QVERIFY(session.addAnnotation(seeds.at(2), frames, {0, 12})); // where 甲 and 乙 tagged too
            QVERIFY(session.addAnnotation(only.id, frames, {0, 2}));
        }
        const QString theirsPath = theirs.path();
        theirs.close();
        const QByteArray untouched = fileBytes(theirsPath);
        CoderCorpusReader reader;
        QVERIFY2(reader.read(theirsPath), qPrintable(reader.errorString()));
        CorpusSession session(m_db);
        const int before = countOf(m_db, "annotations");
        MergeResult result;
        QVERIFY(session.mergeCoding(reader.package(), QStringLiteral("theirs.pizhu"), &result));
        QCOMPARE(result.passagesAdded, 1);
        QCOMPARE(countOf(m_db, "annotations"), before + 1);
        QCOMPARE(result.notMapped.size(), 1);
        QVERIFY(result.notMapped.first().contains(QStringLiteral("只在丙那里")));
        QStringList coders = AnnotationStore(m_db).coders();
        QCOMPARE(coders, (QStringList{QStringLiteral("丙"), QStringLiteral("乙"), QStringLiteral("甲")}));
        QCOMPARE(fileBytes(theirsPath), untouched); // only read
        session.undoStack()->undo();
        QCOMPARE(countOf(m_db, "annotations"), before);
    }

    void whatIsNotACorpusIsNotMerged()
    {
        CoderCorpusReader reader;
        QVERIFY(!reader.read(m_project));
        QVERIFY2(reader.errorString().contains(QLatin1String("not a Pizhu corpus")) ||
                     reader.errorString().contains(QLatin1String("cannot be opened")),
                 qPrintable(reader.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestRefiQda)
#include "tst_refiqda.moc"
