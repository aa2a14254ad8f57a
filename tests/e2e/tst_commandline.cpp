// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `pizhu` executable, as a user or a script would.
#include "commandrun.h"
#include "testconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <unistd.h>

using namespace Pizhu::TestSupport;

namespace {

using Run = CommandRun;

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_damagedId;

    Run pizhu(const QStringList &arguments) { return run(QStringLiteral(PIZHU_EXECUTABLE), arguments); }

    Run run(const QString &program, const QStringList &arguments, const QStringList &unset = {})
    {
        return runCommand(program, arguments, m_dir.path(), unset);
    }

    /** Runs pizhu with a file size limit of \a kilobytes, as `ulimit -f` sets it. */
    Run pizhuLimited(int kilobytes, const QStringList &arguments)
    {
        QStringList quoted;
        for (const QString &argument : arguments)
            quoted << QLatin1Char('\'') +
                          QString(argument).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                          QLatin1Char('\'');
        return run(QStringLiteral("/bin/bash"),
                   {QStringLiteral("-c"),
                    QStringLiteral("ulimit -f %1; exec '%2' %3")
                        .arg(kilobytes)
                        .arg(QStringLiteral(PIZHU_EXECUTABLE), quoted.join(QLatin1Char(' ')))});
    }

    QString corpus(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void importsTheSeedsTwiceAndKeepsFive()
    {
        const QString db = corpus("seeds.pizhu");
        const Run first =
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count(QLatin1String("imported\t")), 5);
        QVERIFY2(first.out.contains(QLatin1String("5 imported, 0 duplicates, 0 failed")),
                 qPrintable(first.out));

        const Run second =
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out.count(QLatin1String("duplicate\t")), 5);
        QVERIFY2(second.out.contains(QLatin1String("0 imported, 5 duplicates, 0 failed")),
                 qPrintable(second.out));

        const Run list = pizhu({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 4);
            QVERIFY2(fields.at(0).toLongLong() > 0, qPrintable(line));
            QVERIFY2(!fields.at(3).isEmpty(), qPrintable(line));
        }
        QVERIFY2(list.out.contains(QStringLiteral("漳州开发区:战疫情 党员“最”先行")), qPrintable(list.out));
    }

    void reportsFailuresAndImportsTheRest()
    {
        const QString db = corpus("mixed.pizhu");
        const QString empty = corpus("empty.txt");
        QVERIFY(writeFile(empty, QByteArray()));
        const Run run =
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, empty,
                   QStringLiteral(PIZHU_SAMPLES_DIR "/000_b6144cfe9f80984f.txt"), corpus("missing.txt")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     QStringLiteral("failed\t%1\tthe file is empty").arg(QDir::toNativeSeparators(empty))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("missing.txt\tno such file or folder")), qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("1 imported, 0 duplicates, 2 failed")), qPrintable(run.out));
        QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), db}).out.count(QLatin1Char('\n')), 1);
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("import without --db") << QStringList{QStringLiteral("import"), QStringLiteral("x.txt")}
                                             << QStringLiteral("--db FILE is required");
        QTest::newRow("import without paths")
            << QStringList{QStringLiteral("import"), QStringLiteral("--db"), QStringLiteral("x.pizhu")}
            << QStringLiteral("name at least one file");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--frobnicate")}
                                        << QStringLiteral("frobnicate");
        QTest::newRow("list of a missing corpus")
            << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("nowhere.pizhu")}
            << QStringLiteral("no such corpus file");
        QTest::newRow("search with a limit that is no number")
            << QStringList{QStringLiteral("search"),  QStringLiteral("--db"), QStringLiteral("x.pizhu"),
                           QStringLiteral("--limit"), QStringLiteral("abc"),  QStringLiteral("党员")}
            << QStringLiteral("--limit needs a whole number above 0, not “abc”");
        QTest::newRow("entities without files")
            << QStringList{QStringLiteral("entities")} << QStringLiteral("name at least one file");
        QTest::newRow("agreement of one coder")
            << QStringList{QStringLiteral("agreement"), QStringLiteral("--db"), QStringLiteral("x.pizhu"),
                           QStringLiteral("--coders"), QStringLiteral("甲")}
            << QStringLiteral("--coders needs two or more coders");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command “frobnicate”");
        QTest::newRow("show of a word") << QStringList{QStringLiteral("show"), QStringLiteral("--db"),
                                                       QStringLiteral("x.pizhu"), QStringLiteral("abc")}
                                        << QStringLiteral("“abc” is not an article id");
        QTest::newRow("show of id 0") << QStringList{QStringLiteral("show"), QStringLiteral("--db"),
                                                     QStringLiteral("x.pizhu"), QStringLiteral("0")}
                                      << QStringLiteral("“0” is not an article id");
        const auto rules = [](std::initializer_list<const char *> more) {
            QStringList arguments = {QStringLiteral("entity-rules"), QStringLiteral("--db"),
                                     QStringLiteral("x.pizhu")};
            for (const char *argument : more)
                arguments << QString::fromUtf8(argument);
            return arguments;
        };
        QTest::newRow("two corrections at once") << rules({"--reject", "川普", "--confirm", "特朗普"})
                                                 << QStringLiteral("one correction at a time");
        QTest::newRow("retype without a type")
            << rules({"--retype", "切尔西"}) << QStringLiteral("--retype needs --as PER, ORG or FIG");
        QTest::newRow("retype to an unknown type")
            << rules({"--retype", "切尔西", "--as", "CLUB"}) << QStringLiteral("--retype needs --as");
        QTest::newRow("an unknown type") << rules({"--type", "LOC", "--reject", "北京"})
                                         << QStringLiteral("--type must be PER, ORG or FIG, not “LOC”");
        QTest::newRow("merge into nothing")
            << rules({"--merge", "川普"}) << QStringLiteral("--merge needs --into");
        QTest::newRow("window with a stray argument")
            << QStringList{QStringLiteral("--db"), QStringLiteral("x.pizhu"), QStringLiteral("stray")}
            << QStringLiteral("unexpected argument “stray”");
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Run run = pizhu(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("Usage: pizhu [options]");
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringLiteral("Commands:");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("pizhu 0.");
        QTest::newRow("--db then --help")
            << QStringList{QStringLiteral("--db"), QStringLiteral("x.pizhu"), QStringLiteral("--help")}
            << QStringLiteral("--db <FILE|ADDRESS>");
    }

    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        // No display and no platform named: a window would fail to start here.
        const Run result = run(QStringLiteral(PIZHU_EXECUTABLE), arguments,
                               {QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY"),
                                QStringLiteral("QT_QPA_PLATFORM")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(expected), qPrintable(result.out + result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("platform plugin")), qPrintable(result.err));
    }

    void topLevelHelpListsEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command : {"import", "list", "show", "search", "export", "import-annotations",
                                    "backup", "check", "entities", "agreement", "import-qdpx", "merge-coder",
                                    "kwic", "timeline", "cooccurrence", "entity-rules"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void topLevelHelpListsEveryCommand()
    {
        QFETCH(QString, command);
        const Run top = pizhu({QStringLiteral("--help")});
        QVERIFY2(top.out.contains(QStringLiteral("\n  ") + command + QLatin1Char(' ')), qPrintable(top.out));
        const Run own = pizhu({command, QStringLiteral("--help")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY2(own.out.startsWith(QStringLiteral("Usage: pizhu ") + command + QStringLiteral(" [options]")),
                 qPrintable(own.out));
    }

    void searchesInEitherScript()
    {
        const QString db = corpus("search.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        const Run plain =
            pizhu({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("李公樂")});
        QCOMPARE(plain.exitCode, 0);
        const QStringList lines = plain.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QStringLiteral("安阳:党员干部勇担当,抗疫一线党旗红\t4 hits\t")),
                 qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(QStringLiteral("【李公乐】")), qPrintable(lines.first()));

        const Run json = pizhu({QStringLiteral("search"), QStringLiteral("--db"), db,
                                QStringLiteral("--json"), QStringLiteral("鹿泉区"), QStringLiteral("党员")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object =
            QJsonDocument::fromJson(json.out.split(QLatin1Char('\n')).first().toUtf8()).object();
        QVERIFY(
            object.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("打贏疫情阻擊戰")));
        QVERIFY(object.value(QStringLiteral("hits")).toInt() > 10);
        const QString snippet = object.value(QStringLiteral("snippet")).toString();
        const QJsonArray first = object.value(QStringLiteral("highlights")).toArray().first().toArray();
        const QString hit = snippet.mid(first.at(0).toInt(), first.at(1).toInt() - first.at(0).toInt());
        QVERIFY2(hit == QStringLiteral("鹿泉區") || hit == QStringLiteral("黨員"), qPrintable(hit));

        const Run none = pizhu({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("(*)")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains(QLatin1String("nothing")) ||
                     none.err.contains(QLatin1String("no letters")),
                 qPrintable(none.err));
    }

    void exportsAndImportsAnnotations()
    {
        const QString db = corpus("export.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        const QString csv = corpus("merge.csv");
        const QByteArray rows = QStringLiteral("article_id,title,date,tag_path,start,end,text,note,coder\r\n"
                                               "1,,,框架/冲突,0,4,河北新闻,\"一, 二\",甲\r\n"
                                               "1,,,框架,0,99999,x,,甲\r\n"
                                               "2,,,体裁/消息,,,,,乙\r\n")
                                    .toUtf8();
        QVERIFY(writeFile(csv, rows));
        const Run merged = pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"), db, csv});
        QCOMPARE(merged.exitCode, 1);
        QVERIFY2(merged.out.contains(
                     QLatin1String("1 passage and 1 article tag added, 0 already present, 1 skipped")),
                 qPrintable(merged.out));
        QVERIFY2(merged.err.contains(QStringLiteral("line 3: offsets “0”–“99999”")), qPrintable(merged.err));
        const QString articleTags = corpus("article-tags.csv");
        QCOMPARE(pizhu({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                        QStringLiteral("article-tags"), QStringLiteral("--out"), articleTags,
                        QStringLiteral("--no-bom")})
                     .exitCode,
                 0);
        const QStringList tagLines = QString::fromUtf8(fileBytes(articleTags)).split(QStringLiteral("\r\n"));
        QCOMPARE(tagLines.first(), QStringLiteral("article_id,title,outlet,date,tag,tag_path,coder,created"));
        QVERIFY2(tagLines.value(1).startsWith(QStringLiteral("2,")) &&
                     tagLines.value(1).contains(QStringLiteral(",消息,体裁/消息,乙,")),
                 qPrintable(tagLines.value(1)));

        const QString out = corpus("annotations.csv");
        const Run exported =
            pizhu({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                   QStringLiteral("annotations"), QStringLiteral("--out"), out, QStringLiteral("--script"),
                   QStringLiteral("traditional")});
        QCOMPARE(exported.exitCode, 0);
        const QString text = QString::fromUtf8(fileBytes(out));
        QVERIFY(fileBytes(out).startsWith("\xEF\xBB\xBF"));
        QVERIFY2(text.contains(QStringLiteral(",冲突,框架/冲突,0,4,河北新聞,\"一, 二\",甲,")),
                 qPrintable(text));

        const Run bad = pizhu({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                               QStringLiteral("everything"), QStringLiteral("--out"), out});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("--what must be")));
        const Run noBom =
            pizhu({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                   QStringLiteral("matrix"), QStringLiteral("--out"), out, QStringLiteral("--no-bom")});
        QCOMPARE(noBom.exitCode, 0);
        QVERIFY(fileBytes(out).startsWith("article_id,title,"));
        const Run show = pizhu({QStringLiteral("show"), QStringLiteral("--db"), db, QStringLiteral("1"),
                                QStringLiteral("--json")});
        const QString stored =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("text")).toString();
        QCOMPARE(stored.left(4), QStringLiteral("河北新闻"));
    }

    void backsUpACorpus()
    {
        const QString db = corpus("to-back-up.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        const QString copy = corpus("backed-up.pizhu");
        const Run backup =
            pizhu({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), copy});
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), copy}).out.count(QLatin1Char('\n')),
                 5);
        const Run failed = pizhu({QStringLiteral("backup"), QStringLiteral("--db"), db,
                                  QStringLiteral("--out"), corpus("missing-folder/copy.pizhu")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("copy.pizhu")), qPrintable(failed.err));
    }

    void writeFailuresAreReportedAndLeaveNothingHalfWritten()
    {
        const QString db = corpus("limited.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        QByteArray jsonl;
        for (int i = 0; i < 400; ++i)
            jsonl += QStringLiteral("{\"title\": \"限额%1%3\", \"text\": \"%2\"}\n")
                         .arg(i)
                         .arg(QString(200, QChar(0x515A + i % 50)), QString(60, QChar(0x6807)))
                         .toUtf8();
        const QString input = corpus("many.jsonl");
        QVERIFY(writeFile(input, jsonl));

        // An import that outgrows a 40 KB file size limit: every article it could not commit is
        // reported as failed (never first as imported), the corpus stays consistent with only whole
        // articles, and the same import without the limit completes.
        const Run limited = pizhuLimited(40, {QStringLiteral("import"), QStringLiteral("--db"), db, input});
        QCOMPARE(limited.exitCode, 1);
        QVERIFY2(limited.out.contains(QLatin1String("0 imported, 0 duplicates, 400 failed")),
                 qPrintable(limited.out.right(300)));
        QVERIFY2(!limited.out.contains(QLatin1String("imported\t")), qPrintable(limited.out.left(300)));
        QVERIFY2(limited.err.contains(QLatin1String("not stored: writing its batch to the corpus failed")),
                 qPrintable(limited.err.left(300)));
        QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), db}).out.count(QLatin1Char('\n')), 5);
        const Run rest = pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, input});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), db}).out.count(QLatin1Char('\n')),
                 405);

        // An export larger than the limit: reported, and no file, not even a partial one.
        const QString out = corpus("limited-articles.csv");
        const Run exported =
            pizhuLimited(40, {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                              QStringLiteral("articles"), QStringLiteral("--out"), out});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY2(exported.err.contains(QLatin1String("limited-articles.csv")) &&
                     exported.err.contains(QLatin1String("no file was written")),
                 qPrintable(exported.err));
        // In the system's words, not Qt's "Writing canceled by application".
        QVERIFY2(exported.err.contains(QLatin1String("writing it failed (File too large)")),
                 qPrintable(exported.err));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("limited-articles.csv*")}, QDir::Files),
                 QStringList());
    }

    void aFolderImportReportsWhatItMayNotRead()
    {
        // A sub-folder and a file the user may not read, beside a good file: both are reported
        // with the reason, the good file is imported, and the exit code says something failed.
        // Root may read anything, so as root the import runs as the unprivileged user nobody.
        QTemporaryDir shared(QDir::temp().filePath(QStringLiteral("pizhu-permissions-XXXXXX")));
        QVERIFY(shared.isValid());
        QVERIFY(QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                         QFileDevice::WriteOther | QFileDevice::ExeOther));
        const QString folder = shared.filePath(QStringLiteral("pages"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/closed")));
        QVERIFY(QFile::copy(QStringLiteral(PIZHU_SAMPLES_DIR "/002_29e55f450c19d4d5.txt"),
                            folder + QStringLiteral("/ok.txt")));
        QVERIFY(QFile::copy(QStringLiteral(PIZHU_SAMPLES_DIR "/000_b6144cfe9f80984f.txt"),
                            folder + QStringLiteral("/closed/inside.txt")));
        QVERIFY(QFile::copy(QStringLiteral(PIZHU_SAMPLES_DIR "/003_2b1303eb1e3c31b9.txt"),
                            folder + QStringLiteral("/secret.txt")));
        QVERIFY(QFile::setPermissions(folder + QStringLiteral("/secret.txt"), QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(folder + QStringLiteral("/closed"), QFileDevice::WriteOwner));
        const QString db = shared.filePath(QStringLiteral("corpus.pizhu"));

        QStringList command = {QStringLiteral(PIZHU_EXECUTABLE), QStringLiteral("import"),
                               QStringLiteral("--db"), db, folder};
        if (::geteuid() == 0) {
            // nobody may not reach the build folder (a clone in a 0700 folder), so it runs a copy
            // of the program from the shared folder.
            const QString copy = shared.filePath(QStringLiteral("pizhu"));
            QVERIFY(QFile::copy(command.first(), copy));
            QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther));
            command.first() = copy;
            command = QStringList{QStringLiteral("setpriv"),       QStringLiteral("--reuid=65534"),
                                  QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                  QStringLiteral("env"),           QStringLiteral("HOME=") + shared.path()} +
                      command;
        }
        const Run run = this->run(command.takeFirst(), command);
        QFile::setPermissions(folder + QStringLiteral("/closed"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("1 imported, 0 duplicates, 2 failed")),
                 qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(QLatin1String("closed\tthe folder cannot be read (no permission)")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("secret.txt\tthe file cannot be read (Permission denied)")),
                 qPrintable(run.err));
    }

    void aFullDiskReportsExactlyWhatWasStored()
    {
        // 2,000 records of about 1 KB under a 4 MB file size limit: the first batches fit, then
        // writes fail and SQLite rolls their batch back. Every article reported imported is
        // stored, and every one stored was reported imported; the rest say why they are not.
        const QString db = corpus("full.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        QByteArray jsonl;
        for (int i = 0; i < 2000; ++i) {
            QString body;
            for (int j = 0; j < 300; ++j)
                body += QChar(char16_t(0x515A + (i * 7 + j) % 300));
            jsonl += QStringLiteral("{\"title\": \"限额文章%1号\", \"text\": \"%2\\n第二段%1\"}\n")
                         .arg(i)
                         .arg(body)
                         .toUtf8();
        }
        const QString input = corpus("full.jsonl");
        QVERIFY(writeFile(input, jsonl));
        const Run limited = pizhuLimited(4000, {QStringLiteral("import"), QStringLiteral("--db"), db, input});
        QCOMPARE(limited.exitCode, 1);

        QSet<QString> reportedImported;
        QSet<QString> reportedFailed;
        for (const QString &line :
             QString(limited.out + limited.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            if (fields.size() >= 3 && fields.at(0) == QLatin1String("imported"))
                reportedImported << QFileInfo(fields.at(1)).fileName();
            else if (fields.size() >= 3 && fields.at(0) == QLatin1String("failed"))
                reportedFailed << QFileInfo(fields.at(1)).fileName();
        }
        // With room again (no limit) the corpus opens as it is: a full disk is not damage.
        QSet<QString> stored;
        const Run list =
            pizhu({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString source =
                QJsonDocument::fromJson(line.toUtf8())[QLatin1String("source_path")].toString();
            if (source.contains(QLatin1String("full.jsonl:")))
                stored << QFileInfo(source).fileName();
        }
        QVERIFY2(!reportedImported.isEmpty() && !reportedFailed.isEmpty(),
                 qPrintable(limited.out.right(200)));
        QCOMPARE(reportedImported.size() + reportedFailed.size(), 2000);
        QCOMPARE(stored, reportedImported);
        QVERIFY2(limited.err.contains(QLatin1String("the disk is full or a file size limit was reached")),
                 qPrintable(limited.err.left(400)));
        QVERIFY2(!limited.err.contains(QLatin1String("no transaction is active")),
                 qPrintable(limited.err.left(400)));
        QCOMPARE(pizhu({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    void aFileThatIsNotACorpusIsRefusedUntouched()
    {
        const QString notes = corpus("notes.txt");
        QVERIFY(writeFile(notes, "my precious notes\n"));
        const Run run = pizhu(
            {QStringLiteral("import"), QStringLiteral("--db"), notes, QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("not a Pizhu corpus")), qPrintable(run.err));
        QCOMPARE(fileBytes(notes), QByteArray("my precious notes\n"));
    }

    void anEmptyFileIsNotSilentlyMadeACorpus()
    {
        const QString empty = corpus("empty.pizhu");
        QVERIFY(writeFile(empty, QByteArray()));
        const Run list = pizhu({QStringLiteral("list"), QStringLiteral("--db"), empty});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(QLatin1String("the file is empty, not a corpus")), qPrintable(list.err));
        QCOMPARE(QFileInfo(empty).size(), 0); // untouched
        // Importing into it is making a corpus: said, and done.
        const Run import = pizhu(
            {QStringLiteral("import"), QStringLiteral("--db"), empty, QStringLiteral(PIZHU_SAMPLES_DIR)});
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(import.err.contains(QLatin1String("was an empty file; a new corpus was made in it")),
                 qPrintable(import.err));
        QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), empty}).out.count(QLatin1Char('\n')),
                 5);
    }

    void aNegativeSchemaVersionIsRefusedNotACrash()
    {
        const QString db = corpus("negative.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        {
            // As another program (the sqlite3 shell) would.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(db);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = -1")));
            query.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const Run list = pizhu({QStringLiteral("list"), QStringLiteral("--db"), db});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(QLatin1String("schema version -1")), qPrintable(list.err));
    }

    void checkFindsDamageAndReadingNamesIt()
    {
        const QString db = corpus("check.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        const Run sound = pizhu({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(sound.exitCode, 0);
        QVERIFY2(sound.out.contains(QLatin1String("The corpus is sound")), qPrintable(sound.out + sound.err));
        QVERIFY(sound.out.contains(QLatin1String("5 texts")));

        // One number in one article changed behind Pizhu's back (as another program could).
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            other.setDatabaseName(db);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(
                query.exec(QStringLiteral("UPDATE article_texts SET body = replace(body, '9.9万', '8.8万')"
                                          " WHERE body LIKE '%9.9万%'")));
            QCOMPARE(query.numRowsAffected(), 1);
            QVERIFY(query.exec(
                        QStringLiteral("SELECT article_id FROM article_texts WHERE body LIKE '%8.8万%'")) &&
                    query.next());
            m_damagedId = query.value(0).toString();
            query.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const Run damaged = pizhu({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(
                     QStringLiteral("article %1: its text no longer matches its checksum").arg(m_damagedId)),
                 qPrintable(damaged.err));
        const Run show = pizhu({QStringLiteral("show"), QStringLiteral("--db"), db, m_damagedId});
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains(QStringLiteral("article %1 is damaged").arg(m_damagedId)),
                 qPrintable(show.err));
        QVERIFY(show.out.isEmpty()); // the altered text is not served
        const QString csv = corpus("articles-of-damaged.csv");
        const Run exported =
            pizhu({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                   QStringLiteral("articles"), QStringLiteral("--out"), csv});
        QVERIFY(exported.exitCode != 0);
        QVERIFY2(exported.err.contains(QLatin1String("is damaged")), qPrintable(exported.err));
        QVERIFY(!QFileInfo::exists(csv));
        // The other articles still read.
        QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), db}).exitCode, 0);

        // 64 random bytes every 16 KiB past the schema's pages (as many as an empty corpus has):
        // SQLite's own check finds them.
        const QString empty = corpus("schema-only.pizhu");
        const QString nothing = corpus("no-pages");
        QVERIFY(QDir().mkpath(nothing));
        pizhu({QStringLiteral("import"), QStringLiteral("--db"), empty, nothing});
        const qint64 schemaBytes = QFileInfo(empty).size();
        QVERIFY(schemaBytes > 0);
        const QString noisy = corpus("noisy.pizhu");
        QCOMPARE(pizhu({QStringLiteral("import"), QStringLiteral("--db"), noisy,
                        QStringLiteral(PIZHU_SAMPLES_DIR)})
                     .exitCode,
                 0);
        QVERIFY2(QFileInfo(noisy).size() > schemaBytes + 2 * 16384,
                 qPrintable(QStringLiteral("%1 bytes, of which %2 the schema's")
                                .arg(QFileInfo(noisy).size())
                                .arg(schemaBytes)));
        QVERIFY(overwriteWithNoise(noisy, schemaBytes + 16384));
        const Run noise = pizhu({QStringLiteral("check"), QStringLiteral("--db"), noisy});
        QCOMPARE(noise.exitCode, 1);
        QVERIFY2(noise.err.contains(QLatin1String("The corpus is damaged")), qPrintable(noise.err));
    }

    void twoProgramsCreatingOneCorpusBothSucceed()
    {
        // Both find the file new; the second waits for the first's schema and then uses it.
        for (int round = 0; round < 5; ++round) {
            const QString db = m_dir.filePath(QStringLiteral("together-%1.pizhu").arg(round));
            QProcess first;
            QProcess second;
            const QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), db,
                                        QStringLiteral(PIZHU_SAMPLES_DIR)};
            first.start(QStringLiteral(PIZHU_EXECUTABLE), arguments);
            second.start(QStringLiteral(PIZHU_EXECUTABLE), arguments);
            QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
            QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
            QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
            QCOMPARE(pizhu({QStringLiteral("list"), QStringLiteral("--db"), db}).out.count(QLatin1Char('\n')),
                     5);
        }
    }

    void aQueryStartingWithADashIsAQuery()
    {
        const QString db = corpus("dash.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        const Run dashed =
            pizhu({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("-NEAR")});
        QCOMPARE(dashed.exitCode, 0);
        QVERIFY2(!dashed.err.contains(QLatin1String("Unknown option")), qPrintable(dashed.err));
        // The options before it still count.
        const Run limited =
            pizhu({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--limit"),
                   QStringLiteral("1"), QStringLiteral("党员"), QStringLiteral("-NEAR")});
        QCOMPARE(limited.exitCode, 0);
        QVERIFY(!limited.err.contains(QLatin1String("Unknown option")));
    }

    void readersAreNeverRefusedWhileAnImportRuns()
    {
        // list, search and export against a corpus that another process is importing into: the
        // write-ahead log holds pages the main file has not got yet, which is no damage.
        const QString db = corpus("busy.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        QStringList files;
        for (int part = 0; part < 3; ++part) {
            QByteArray jsonl;
            for (int i = part * 8000; i < (part + 1) * 8000; ++i)
                jsonl +=
                    QStringLiteral("{\"title\": \"忙碌%1\", \"text\": \"记者王%2说，第%1篇有%1名党员参加，"
                                   "另有近%1万元资金。%3\"}\n")
                        .arg(i)
                        .arg(QChar(0x4E00 + i % 500))
                        .arg(QStringLiteral("社区防控工作有序开展。")
                                 .repeated(60)) // pages enough for checkpoints
                        .toUtf8();
            files << corpus(QStringLiteral("busy-%1.jsonl").arg(part).toLatin1().constData());
            QVERIFY(writeFile(files.constLast(), jsonl));
        }
        QProcess import;
        import.setStandardOutputFile(
            QProcess::nullDevice()); // a line per article: unread, it would fill the pipe
        import.start(QStringLiteral(PIZHU_EXECUTABLE),
                     QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files);
        QVERIFY(import.waitForStarted());
        int calls = 0;
        QStringList refused;
        const QString csv = corpus("busy.csv");
        while (!import.waitForFinished(0)) {
            const QStringList arguments =
                calls % 3 == 0 ? QStringList{QStringLiteral("list"), QStringLiteral("--db"), db}
                : calls % 3 == 1
                    ? QStringList{QStringLiteral("search"), QStringLiteral("--db"), db,
                                  QStringLiteral("党员")}
                    : QStringList{
                          QStringLiteral("export"),   QStringLiteral("--db"),  db, QStringLiteral("--what"),
                          QStringLiteral("articles"), QStringLiteral("--out"), csv};
            const Run run = pizhu(arguments);
            ++calls;
            if (run.exitCode != 0)
                refused << arguments.first() + QStringLiteral(": ") + run.err;
        }
        QCOMPARE(import.exitStatus(), QProcess::NormalExit);
        QCOMPARE(import.exitCode(), 0);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
        QVERIFY2(calls >= 20, qPrintable(QStringLiteral("only %1 calls while the import ran").arg(calls)));
        qInfo("%d list, search and export calls during the import, none refused", calls);
    }

    void agreementOfTwoCodersAsTableAndJson()
    {
        // Coder 乙's annotations.csv merged into 甲's corpus, then compared: the figures as JSON,
        // the same in the table, and the raw data beside them.
        const QString db = corpus("agreement.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        QByteArray rows = "article_id,title,tag_path,start,end,text\n";
        for (const auto &[article, start, end] :
             {std::tuple{1, 0, 10}, std::tuple{1, 20, 30}, std::tuple{2, 5, 15}}) {
            const Run shown = pizhu({QStringLiteral("show"), QStringLiteral("--db"), db,
                                     QString::number(article), QStringLiteral("--json")});
            const QString text =
                QJsonDocument::fromJson(shown.out.toUtf8())[QLatin1String("text")].toString();
            rows += QStringLiteral("%1,,Frames,%2,%3,\"%4\"\n")
                        .arg(article)
                        .arg(start)
                        .arg(end)
                        .arg(text.mid(start, end - start))
                        .toUtf8();
        }
        const QString csv = corpus("coders.csv");
        QVERIFY(writeFile(csv, rows));
        for (const char *coder : {"甲", "乙"}) {
            const Run merged = pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"), db,
                                      QStringLiteral("--coder"), QString::fromUtf8(coder), csv});
            QVERIFY2(merged.exitCode == 0, qPrintable(merged.out + merged.err));
        }
        const QString raw = corpus("agreement-raw.csv");
        const Run json =
            pizhu({QStringLiteral("agreement"), QStringLiteral("--db"), db, QStringLiteral("--coders"),
                   QStringLiteral("甲,乙"), QStringLiteral("--json"), QStringLiteral("--raw"), raw});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("coders")).toArray().size(), 2);
        const QJsonObject overall = report.value(QLatin1String("overall")).toObject();
        // The two coders made the same passages: perfect agreement, and α_u 1.
        QCOMPARE(
            overall.value(QLatin1String("characters")).toObject().value(QLatin1String("percent")).toDouble(),
            1.0);
        QCOMPARE(
            overall.value(QLatin1String("unitizing")).toObject().value(QLatin1String("alpha")).toDouble(),
            1.0);
        QCOMPARE(report.value(QLatin1String("disagreements")).toInt(), 0);
        QVERIFY(fileBytes(raw).startsWith("\xEF\xBB\xBF"
                                          "article_id,title,tag_path,甲,乙"));
        const Run table = pizhu({QStringLiteral("agreement"), QStringLiteral("--db"), db,
                                 QStringLiteral("--coders"), QStringLiteral("甲,乙")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String("Frames")) && table.out.contains(QLatin1String("1.000")),
                 qPrintable(table.out));
    }

    void refiQdaAndCoderCorporaThroughTheCommandLine()
    {
        // 甲's corpus goes out as a .qdpx and comes into an empty corpus with the same passages;
        // a colleague's corpus merges beside it; a project that is not one is refused.
        const QString mine = corpus("qdpx-mine.pizhu");
        QCOMPARE(
            pizhu({QStringLiteral("import"), QStringLiteral("--db"), mine, QStringLiteral(PIZHU_SAMPLES_DIR)})
                .exitCode,
            0);
        QByteArray rows = "article_id,title,tag_path,start,end,text,note\n";
        const Run shown = pizhu({QStringLiteral("show"), QStringLiteral("--db"), mine, QStringLiteral("1"),
                                 QStringLiteral("--json")});
        const QString text = QJsonDocument::fromJson(shown.out.toUtf8())[QLatin1String("text")].toString();
        rows += QStringLiteral("1,,Frames/Conflict,0,10,\"%1\",有注\n").arg(text.left(10)).toUtf8();
        const QString csv = corpus("qdpx-rows.csv");
        QVERIFY(writeFile(csv, rows));
        QCOMPARE(pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"), mine,
                        QStringLiteral("--coder"), QStringLiteral("甲"), csv})
                     .exitCode,
                 0);
        const QString project = corpus("mine.qdpx");
        QCOMPARE(pizhu({QStringLiteral("export"), QStringLiteral("--db"), mine, QStringLiteral("--what"),
                        QStringLiteral("qdpx"), QStringLiteral("--out"), project})
                     .exitCode,
                 0);
        const QString copy = corpus("qdpx-copy.pizhu");
        const Run imported = pizhu({QStringLiteral("import-qdpx"), QStringLiteral("--db"), copy, project});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QLatin1String("1 passage")) &&
                     imported.out.contains(QLatin1String("5 articles created")),
                 qPrintable(imported.out + imported.err));
        // The passages export the same from both corpora, coder, note and times included.
        QStringList exports;
        for (const QString &db : {mine, copy}) {
            const QString out = db + QStringLiteral(".annotations.csv");
            QCOMPARE(pizhu({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                            QStringLiteral("annotations"), QStringLiteral("--out"), out})
                         .exitCode,
                     0);
            exports << QString::fromUtf8(fileBytes(out));
        }
        QCOMPARE(exports.at(1), exports.at(0));
        QVERIFY(exports.at(0).contains(QStringLiteral("Frames/Conflict")) &&
                exports.at(0).contains(QStringLiteral("有注")));

        // 乙 codes in the copy; merged back into mine, beside 甲's.
        QCOMPARE(pizhu({QStringLiteral("import-annotations"), QStringLiteral("--db"), copy,
                        QStringLiteral("--coder"), QStringLiteral("乙"), csv})
                     .exitCode,
                 0);
        const Run merged = pizhu({QStringLiteral("merge-coder"), QStringLiteral("--db"), mine, copy});
        QCOMPARE(merged.exitCode, 0);
        QVERIFY2(merged.out.contains(QLatin1String("1 passage")) &&
                     merged.out.contains(QLatin1String("1 already present")),
                 qPrintable(merged.out + merged.err));
        const Run agreement =
            pizhu({QStringLiteral("agreement"), QStringLiteral("--db"), mine, QStringLiteral("--coders"),
                   QStringLiteral("甲,乙"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(agreement.out.toUtf8())[QLatin1String("coders")].toArray().size(),
                 2);

        const QString notProject = corpus("not-a-project.qdpx");
        QVERIFY(writeFile(notProject, "just text"));
        const Run refused = pizhu({QStringLiteral("import-qdpx"), QStringLiteral("--db"), copy, notProject});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("nothing was imported")) &&
                     refused.err.contains(QLatin1String("not a zip file")),
                 qPrintable(refused.err));
        const Run codebook =
            pizhu({QStringLiteral("export"), QStringLiteral("--db"), mine, QStringLiteral("--what"),
                   QStringLiteral("qdc"), QStringLiteral("--out"), corpus("mine.qdc")});
        QCOMPARE(codebook.exitCode, 0);
        QVERIFY(fileBytes(corpus("mine.qdc")).contains("urn:QDA-XML:codebook:1.0"));
    }

    void aFolderImportTakesNamesThatAreNotUtf8()
    {
        // Names in GBK (from a Windows zip) and in no encoding at all, beside a good file: Qt cannot
        // name them (6.8 lists nothing in such a folder), yet all three are imported, opened by
        // their bytes, and stored under names a person can read.
        const QString folder = m_dir.filePath(QStringLiteral("gbk-names"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(QStringLiteral(PIZHU_SAMPLES_DIR "/002_29e55f450c19d4d5.txt"),
                            folder + QStringLiteral("/ok.txt")));
        const QByteArray folderBytes = QFile::encodeName(folder);
        const QList<std::pair<QByteArray, QString>> seeds = {
            {folderBytes + "/\xC4\xE3\xBA\xC3.txt",
             QStringLiteral("000_b6144cfe9f80984f.txt")},                                     // 你好 in GBK
            {folderBytes + "/\xFF\xFE-page.txt", QStringLiteral("003_2b1303eb1e3c31b9.txt")}, // no encoding
        };
        for (const auto &[name, seed] : seeds) {
            const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            const QByteArray text = fileBytes(QStringLiteral(PIZHU_SAMPLES_DIR "/") + seed);
            QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
            ::close(fd);
        }
        const QString db = corpus("gbk.pizhu");
        const Run run = pizhu({QStringLiteral("import"), QStringLiteral("--db"), db, folder});
        for (const auto &[name, seed] : seeds)
            ::unlink(name.constData()); // Qt cannot name them, so QTemporaryDir could not remove them
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("3 imported, 0 duplicates, 0 failed")), qPrintable(run.out));
        const Run list =
            pizhu({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QStringList sources;
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            sources << QFileInfo(
                           QJsonDocument::fromJson(line.toUtf8())[QLatin1String("source_path")].toString())
                           .fileName();
        sources.sort();
        QCOMPARE(sources, (QStringList{QStringLiteral("\\xff\\xfe-page.txt"), QStringLiteral("ok.txt"),
                                       QStringLiteral("你好.txt")}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
