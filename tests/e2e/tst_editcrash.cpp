// SPDX-License-Identifier: GPL-3.0-or-later
// A sequence of edits (tags, article tags, passages, notes, entity corrections) in a child process
// killed with SIGKILL part-way, several times: every edit that returned before the kill is in
// the corpus when it is opened again, and the corpus is intact.
#include "editing/corpussession.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "testseeds.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

namespace {

/** The child: edits until killed, printing each edit once its command has returned. */
int runEditor(const QString &path)
{
    CorpusDatabase db;
    if (!db.open(path))
        return 2;
    CorpusSession session(db);
    session.setCoder(QStringLiteral("crash-test"));
    QList<qint64> articles;
    SqlQuery query(db.sql());
    query.exec(QStringLiteral("SELECT id FROM articles ORDER BY id"));
    while (query.next())
        articles << query.value(0).toLongLong();
    QList<qint64> entities;
    query.exec(QStringLiteral("SELECT id FROM entities WHERE status = 'auto' ORDER BY id"));
    while (query.next())
        entities << query.value(0).toLongLong();
    const auto report = [](const QString &line) {
        std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    };
    for (int step = 0;; ++step) {
        const qint64 tag =
            session.addTag(QStringLiteral("tag %1 %2").arg(QCoreApplication::applicationPid()).arg(step));
        if (!tag)
            return 3;
        report(QStringLiteral("tag %1").arg(tag));
        const qint64 article = articles.at(step % articles.size());
        if (session.setArticleTag(article, tag, true))
            report(QStringLiteral("articletag %1 %2").arg(article).arg(tag));
        const qint64 passage = session.addAnnotation(article, tag, TextSpan{step % 50, step % 50 + 5},
                                                     QStringLiteral("note %1").arg(step));
        if (passage)
            report(QStringLiteral("annotation %1").arg(passage));
        if (passage && session.setAnnotationNote(passage, QStringLiteral("edited %1").arg(step)))
            report(QStringLiteral("note %1 edited %2").arg(passage).arg(step));
        if (step < entities.size() && session.setEntityStatus(entities.at(step), EntityStatus::Rejected))
            report(QStringLiteral("rejected %1").arg(entities.at(step)));
    }
}

qint64 scalar(CorpusDatabase &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery query(db.sql());
    return query.exec(sql, values) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestEditCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyReturnedEditSurvivesAKill()
    {
        const QString path = m_dir.filePath(QStringLiteral("edits.pizhu"));
        {
            CorpusDatabase db;
            QVERIFY(db.open(path));
            QCOMPARE(importSeeds(db).size(), 5);
        }
        int checked = 0;
        for (int run = 0; run < 4; ++run) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--edit-child"), path});
            QVERIFY(child.waitForStarted());
            QTest::qWait(300 + int(QRandomGenerator::global()->bounded(900)));
            // The child edits until it is killed; one that ended on its own proves nothing.
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(QStringLiteral("the editing child ended before the kill, with code %1: %2")
                                    .arg(child.exitCode())
                                    .arg(QString::fromUtf8(child.readAllStandardError()))));
            child.kill(); // SIGKILL: no clean-up runs
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            const QByteArray output = child.readAllStandardOutput();
            // Only whole lines: a line cut by the kill was not reported.
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
            QVERIFY2(lines.size() > 5, "the child did too little before the kill");

            CorpusDatabase db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            SqlQuery integrity(db.sql());
            QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
            QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
            for (const QByteArray &line : lines) {
                const QStringList f = QString::fromUtf8(line).split(QLatin1Char(' '));
                if (f.size() < 2)
                    continue;
                const QString &kind = f.at(0);
                if (kind == QLatin1String("tag"))
                    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tags WHERE id = ?"), {f.at(1)}),
                             1);
                else if (kind == QLatin1String("articletag"))
                    QCOMPARE(
                        scalar(db,
                               QStringLiteral(
                                   "SELECT count(*) FROM article_tags WHERE article_id = ? AND tag_id = ?"),
                               {f.at(1), f.at(2)}),
                        1);
                else if (kind == QLatin1String("annotation"))
                    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM annotations WHERE id = ?"),
                                    {f.at(1)}),
                             1);
                else if (kind == QLatin1String("note"))
                    QCOMPARE(
                        scalar(db,
                               QStringLiteral("SELECT count(*) FROM annotations WHERE id = ? AND note = ?"),
                               {f.at(1), f.mid(2).join(QLatin1Char(' '))}),
                        1);
                else if (kind == QLatin1String("rejected"))
                    QCOMPARE(scalar(db,
                                    QStringLiteral(
                                        "SELECT count(*) FROM entities WHERE id = ? AND status = 'rejected'"),
                                    {f.at(1)}),
                             1);
                ++checked;
            }
            // Nothing half-done: no passage or article tag without its tag.
            QCOMPARE(
                scalar(db, QStringLiteral(
                               "SELECT count(*) FROM annotations WHERE tag_id NOT IN (SELECT id FROM tags)")),
                0);
            QCOMPARE(
                scalar(db,
                       QStringLiteral(
                           "SELECT count(*) FROM article_tags WHERE tag_id NOT IN (SELECT id FROM tags)")),
                0);
        }
        qInfo("%d reported edits checked after 4 kills", checked);
    }
};

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--edit-child") == 0) {
        QCoreApplication app(argc, argv);
        return runEditor(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestEditCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_editcrash.moc"
