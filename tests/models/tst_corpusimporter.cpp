// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/corpusimporter.h"
#include "ingest/samplecorpus.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestCorpusImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CorpusDatabase m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("%1.pizhu").arg(QString::fromLatin1(QTest::currentTestFunction())))));
    }

    void cleanup() { m_db.close(); }

    void importsTheSeedFolderOnce()
    {
        CorpusImporter importer(m_db);
        const ImportSummary first = importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(first.count(ImportOutcome::Kind::Imported), 5);
        QCOMPARE(first.count(ImportOutcome::Kind::Failed), 0);

        const ImportSummary second = importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(second.count(ImportOutcome::Kind::Duplicate), 5);
        QCOMPARE(second.count(ImportOutcome::Kind::Imported), 0);
        QCOMPARE(ArticleStore(m_db).count(), 5);
        for (qsizetype i = 0; i < 5; ++i)
            QCOMPARE(second.outcomes.at(i).articleId, first.outcomes.at(i).articleId);
    }

    void theBundledSamplesAreTheSeeds()
    {
        QCOMPARE(SampleCorpus::importInto(m_db), 5);
        CorpusImporter importer(m_db);
        // The files in resources/samples are byte for byte the bundled ones, so all are duplicates.
        QCOMPARE(importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)}).count(ImportOutcome::Kind::Duplicate), 5);
    }

    void sameArticleInAnotherEncodingIsADuplicate()
    {
        const QString source = QStringLiteral(PIZHU_SAMPLES_DIR "/002_29e55f450c19d4d5.txt");
        const QString text = QString::fromUtf8(fileBytes(source));
        QStringEncoder gb18030("GB18030");
        const QString copy = m_dir.filePath(QStringLiteral("copy-gb18030.txt"));
        QVERIFY(writeFile(copy, gb18030.encode(text)));

        CorpusImporter importer(m_db);
        const ImportOutcome first = importer.importFile(source);
        const ImportOutcome second = importer.importFile(copy);
        QCOMPARE(first.kind, ImportOutcome::Kind::Imported);
        QCOMPARE(second.kind, ImportOutcome::Kind::Duplicate);
        QCOMPARE(second.articleId, first.articleId);
        QCOMPARE(ArticleStore(m_db).article(first.articleId)->encoding, QStringLiteral("UTF-8"));
    }

    void badFilesAreReportedAndTheBatchGoesOn()
    {
        const QString folder = m_dir.filePath(QStringLiteral("mixed"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + QStringLiteral("/a-empty.txt"), QByteArray()));
        QVERIFY(writeFile(folder + QStringLiteral("/b-binary.txt"), QByteArray("\x00\x01\x02\x03garbage", 11)));
        QVERIFY(writeFile(folder + QStringLiteral("/c-good.txt"), "好标题\n好正文。\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/d-image.png"), QByteArray("\x89PNG\r\n", 6)));

        CorpusImporter importer(m_db);
        const ImportSummary summary =
            importer.importPaths({folder, m_dir.filePath(QStringLiteral("does-not-exist.txt"))});
        QCOMPARE(summary.count(ImportOutcome::Kind::Imported), 1);
        QCOMPARE(summary.count(ImportOutcome::Kind::Failed), 3); // the .png in a folder is not an input
        QStringList reasons;
        for (const ImportOutcome &outcome : summary.outcomes) {
            if (outcome.kind == ImportOutcome::Kind::Failed)
                reasons << outcome.source + QStringLiteral(": ") + outcome.reason;
        }
        const QString all = reasons.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("does-not-exist.txt: no such file")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("a-empty.txt: the file is empty")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("b-binary.txt: the file looks binary")), qPrintable(all));
        QCOMPARE(ArticleStore(m_db).count(), 1);
    }

    void cancelStopsBetweenFiles()
    {
        std::atomic_bool cancel{false};
        int seen = 0;
        CorpusImporter importer(m_db);
        const ImportSummary summary = importer.importPaths(
            {QStringLiteral(PIZHU_SAMPLES_DIR)},
            [&](const ImportOutcome &) {
                if (++seen == 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.count(ImportOutcome::Kind::Imported), 2);
        QCOMPARE(ArticleStore(m_db).count(), 2);
        // What was not imported comes in on the next run.
        QCOMPARE(importer.importPaths({QStringLiteral(PIZHU_SAMPLES_DIR)}).count(ImportOutcome::Kind::Imported), 3);
    }
};

QTEST_GUILESS_MAIN(TestCorpusImporter)
#include "tst_corpusimporter.moc"
