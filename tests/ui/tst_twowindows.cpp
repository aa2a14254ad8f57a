// SPDX-License-Identifier: GPL-3.0-or-later
// Two Pizhu windows in two processes on one corpus, both editing at once: every edit of each
// succeeds (WAL and the busy timeout let them take turns), each window shows the other's work
// after its refresh, and the corpus is intact.
#include "editing/corpussession.h"
#include "entitydock.h"
#include "ingest/samplecorpus.h"
#include "itemmodels/entitytreemodel.h"
#include "itemmodels/tagtreemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "store/corpusdatabase.h"
#include "store/sqlquery.h"
#include "tagdock.h"

#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Pizhu;

namespace {

constexpr int EditsEach = 200;

std::unique_ptr<MainWindow> openWindow(const QString &path)
{
    auto corpus = std::make_unique<CorpusDatabase>();
    if (!corpus->open(path))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(corpus));
    window->session().setCoder(QStringLiteral("tester")); // no question before the first edit
    window->show();
    // A failed edit is printed instead of shown in a message box, which nobody would close here.
    QObject::disconnect(&window->session(), &CorpusSession::editFailed, window.get(), nullptr);
    QObject::connect(
        &window->session(), &CorpusSession::editFailed, window.get(),
        [](const QString &message) { std::fprintf(stderr, "edit failed: %s\n", qPrintable(message)); });
    return window;
}

/** One round of edits in \a window: a tag, a passage with it, and an entity rejected. */
bool edit(MainWindow &window, const QString &who, int step)
{
    CorpusSession &session = window.session();
    const qint64 tag = session.addTag(QStringLiteral("%1 %2").arg(who).arg(step));
    if (!tag)
        return false;
    SqlQuery query(window.corpus().sql());
    if (!query.exec(QStringLiteral("SELECT min(id) FROM articles")) || !query.next())
        return false;
    const qint64 article = query.value(0).toLongLong();
    query.finish(); // an unfinished read would hold an old snapshot, which no writer can build on
    return session.addAnnotation(article, tag, TextSpan{step, step + 4}) != 0;
}

/** The second process: its own window, editing while the first one does. */
int runSecondWindow(const QString &path)
{
    auto window = openWindow(path);
    if (!window)
        return 2;
    std::puts("ready");
    std::fflush(stdout);
    for (int step = 0; step < EditsEach; ++step) {
        if (!edit(*window, QStringLiteral("second"), step)) {
            std::fprintf(stderr, "edit %d failed: %s\n", step, qPrintable(window->session().errorString()));
            return 1;
        }
        QCoreApplication::processEvents();
    }
    return 0;
}

} // namespace

class TestTwoWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void bothWindowsEditSafely()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.pizhu"));
        {
            CorpusDatabase db;
            QVERIFY(SampleCorpus::openWithSamplesIfNew(db, path));
        }
        auto window = openWindow(path);
        QVERIFY(window);
        QSignalSpy failures(&window->session(), &CorpusSession::editFailed);

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--second-window"), path});
        QVERIFY(second.waitForStarted());
        // Both edit at the same time: the first starts once the second window is open.
        QVERIFY(second.waitForReadyRead(60000));
        QCOMPARE(second.readLine().trimmed(), QByteArray("ready"));
        for (int step = 0; step < EditsEach; ++step) {
            QVERIFY2(edit(*window, QStringLiteral("first"), step),
                     qPrintable(window->session().errorString()));
            QCoreApplication::processEvents();
        }
        QVERIFY(second.state() == QProcess::NotRunning || second.waitForFinished(120000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(failures.count(), 0);

        // The first window shows the second one's tags after its refresh.
        window->session().checkForChangesElsewhere(); // the timer does this every two seconds
        QCOMPARE(window->findChild<TagDock *>()->model()->rowCount(), 2 * EditsEach);
        SqlQuery query(window->corpus().sql());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM annotations")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2 * EditsEach);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }
};

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc == 3 && qstrcmp(argv[1], "--second-window") == 0)
        return runSecondWindow(QString::fromLocal8Bit(argv[2]));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    TestTwoWindows test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_twowindows.moc"
