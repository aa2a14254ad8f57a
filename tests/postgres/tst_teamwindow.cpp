// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team corpus on a real PostgreSQL server: File → Open Team Corpus… puts the
// address together from its fields (and reads one typed whole); opening over TCP asks for the
// password, again when it is wrong, and never writes it anywhere; the window codes under the
// login, and a tag the lead adds elsewhere appears in its codebook within two seconds. The lead's
// window compares two coders and opens a disagreement in the reader, merges a coder's corpus file
// (undone again) and brings in a REFI-QDA codebook; a coder's window is refused both, with the
// reason, and nothing is changed.
#include "agreementdialog.h"
#include "corpusfiles.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
#include "exchangeactions.h"
#include "itemmodels/agreementtablemodel.h"
#include "itemmodels/disagreementlistmodel.h"
#include "itemmodels/itemroles.h"
#include "readerview.h"
#include "store/tagstore.h"
#include "store/teamaddress.h"
#include "teamcorpusdialog.h"
#include "testseeds.h"
#include "testserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Pizhu;
using namespace Pizhu::TestSupport;

class TestTeamWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServer m_server;
    const QString m_team = QStringLiteral("team_window");
    const QString m_password = QStringLiteral("geheim-42");

    /** Answers the password prompts that come, in order, with \a answers (empty: Cancel). */
    void answerPasswordPrompts(const QStringList &answers, QStringList *prompts)
    {
        QTimer::singleShot(0, this, [this, answers, prompts] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                answerPasswordPrompts(answers, prompts); // not shown yet
                return;
            }
            prompts->append(dialog->labelText());
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            if (answers.first().isEmpty()) {
                dialog->reject();
                return;
            }
            dialog->setTextValue(answers.first());
            if (answers.size() > 1)
                answerPasswordPrompts(answers.mid(1), prompts);
            dialog->accept();
        });
    }

    /** A window on the team corpus as \a login, over the socket (no password asked). */
    std::unique_ptr<MainWindow> windowAs(const QString &login) const
    {
        std::unique_ptr<MainWindow> window(CorpusFiles::openTeam(m_server.address(m_team, login), nullptr));
        if (window && !QTest::qWaitFor([&] {
                return window->findChild<ArticleListPane *>()->view()->model()->rowCount() == 5;
            }))
            return {};
        return window;
    }
    /** Accepts the next warning the window shows, after keeping its text in \a text. */
    void acceptWarning(QString *text)
    {
        QTimer::singleShot(0, this, [this, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                acceptWarning(text); // not shown yet
                return;
            }
            *text = box->text();
            box->accept();
        });
    }
    /** Backs the team corpus up to \a file and codes a passage there as \a coder, as a coder working offline
     * would. */
    bool backUpAndCode(const QString &file, const QString &coder) const
    {
        const CommandRun backup =
            runCommand(QStringLiteral(PIZHU_EXECUTABLE),
                       {QStringLiteral("backup"), QStringLiteral("--db"),
                        m_server.address(m_team, QStringLiteral("tw_lead")), QStringLiteral("--out"), file},
                       m_dir.path());
        CorpusDatabase db;
        if (backup.exitCode != 0 || !db.open(file)) {
            qWarning() << backup.err;
            return false;
        }
        CorpusSession offline(db);
        offline.setCoder(coder);
        const qint64 tag = TagStore(db).idForPath(QStringLiteral("议题"));
        return tag > 0 && offline.addAnnotation(2, tag, {0, 6}) > 0;
    }
    QString adminValue(const QString &sql) const { return m_server.adminValue(m_team, sql, m_dir.path()); }

private Q_SLOTS:
    void initTestCase()
    {
        prepareDesktopTest();
        m_server = TestServer::started();
        QVERIFY2(m_server.port > 0,
                 "no PostgreSQL test server: run the tests with ctest (fixture \"postgres\")");
        QVERIFY(m_server.makeSampleTeamCorpus(m_team, QStringLiteral("tw_lead"), {QStringLiteral("tw_coder")},
                                              m_dir.path()));
        QCOMPARE(m_server
                     .psql(m_server.admin, m_team,
                           QStringLiteral("ALTER ROLE tw_coder PASSWORD '%1'").arg(m_password), m_dir.path())
                     .exitCode,
                 0);
    }

    void theDialogPutsTheAddressTogether_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("encryption"); // row of the combo box
        QTest::addColumn<QString>("address");
        QTest::newRow("server, port, login, require")
            << "db.example.org"
            << "6543"
            << "新闻"
            << "ann" << 2 << "postgresql://ann@db.example.org:6543/%E6%96%B0%E9%97%BB?sslmode=require";
        QTest::newRow("database alone") << ""
                                        << ""
                                        << "corpus"
                                        << "" << 0 << "postgresql:///corpus";
        QTest::newRow("a socket folder")
            << "/run/postgresql"
            << "5433"
            << "corpus"
            << "bob" << 0 << "postgresql://bob@/corpus?host=%2Frun%2Fpostgresql&port=5433";
        QTest::newRow("IPv6") << "::1"
                              << ""
                              << "corpus"
                              << "" << 4 << "postgresql://[::1]/corpus?sslmode=verify-full";
    }

    void theDialogPutsTheAddressTogether()
    {
        QFETCH(QString, host);
        QFETCH(QString, port);
        QFETCH(QString, database);
        QFETCH(QString, login);
        QFETCH(int, encryption);
        QFETCH(QString, address);
        TeamCorpusDialog dialog;
        dialog.show();
        QPushButton *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(!open->isEnabled());
        const QList<std::pair<const char *, QString>> typed = {
            {"teamHost", host}, {"teamPort", port}, {"teamDatabase", database}, {"teamLogin", login}};
        for (const auto &[name, text] : typed) {
            // Hanzi come from an input method, as a committed string.
            QInputMethodEvent typing;
            typing.setCommitString(text);
            QApplication::sendEvent(dialog.findChild<QLineEdit *>(QLatin1String(name)), &typing);
        }
        auto *mode = dialog.findChild<QComboBox *>(QStringLiteral("teamSslMode"));
        mode->setCurrentIndex(encryption);
        Q_EMIT mode->activated(encryption);
        QCOMPARE(dialog.address(), address);
        QVERIFY(open->isEnabled());
        QString error;
        const std::optional<TeamAddress> parsed = TeamAddress::parse(address, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->database(), database);
        QCOMPARE(parsed->user(), login);
    }

    void theDialogReadsATypedAddress()
    {
        TeamCorpusDialog dialog;
        dialog.show();
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("teamAddress"));
        QTest::keyClicks(address,
                         QStringLiteral("postgresql://carol@news.example.org:5444/sina?sslmode=verify-ca"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamHost"))->text(),
                 QStringLiteral("news.example.org"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamPort"))->text(), QStringLiteral("5444"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamDatabase"))->text(),
                 QStringLiteral("sina"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("teamLogin"))->text(), QStringLiteral("carol"));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("teamSslMode"))->currentData().toString(),
                 QStringLiteral("verify-ca"));
        // A password in the address is refused before anything is sent.
        address->clear();
        QTest::keyClicks(address, QStringLiteral("postgresql://carol:secret@news.example.org/sina"));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->isEnabled());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("teamAddressProblem"))
                     ->text()
                     .contains(QStringLiteral("holds a password")),
                 qPrintable(dialog.findChild<QLabel *>(QStringLiteral("teamAddressProblem"))->text()));
    }

    void cancellingThePasswordOpensNothing()
    {
        QStringList prompts;
        answerPasswordPrompts({QString()}, &prompts);
        MainWindow *window =
            CorpusFiles::openTeam(m_server.tcpAddress(m_team, QStringLiteral("tw_coder")), nullptr);
        QVERIFY(!window);
        QCOMPARE(prompts.size(), 1);
        QVERIFY(Preferences::recentCorpora.value().isEmpty());
    }

    void asksForThePasswordAndNeverKeepsIt()
    {
        QStringList prompts;
        answerPasswordPrompts({QStringLiteral("wrong"), m_password}, &prompts);
        const std::unique_ptr<MainWindow> window(
            CorpusFiles::openTeam(m_server.tcpAddress(m_team, QStringLiteral("tw_coder")), nullptr));
        QVERIFY(window);
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.at(0).contains(
                     QStringLiteral("asks for the password of team_window on 127.0.0.1 as tw_coder")),
                 qPrintable(prompts.at(0)));
        QVERIFY2(prompts.at(1).contains(QStringLiteral("not accepted")), qPrintable(prompts.at(1)));
        QCOMPARE(window->windowTitle(), QStringLiteral("team_window on 127.0.0.1 as tw_coder — Pizhu"));
        QTRY_COMPARE(window->findChild<ArticleListPane *>()->view()->model()->rowCount(), 5);

        // Remembered without the password, and nothing of it in the settings file.
        const QStringList recent = Preferences::recentCorpora.value();
        QCOMPARE(recent.size(), 1);
        QVERIFY(TeamAddress::isTeamAddress(recent.first()));
        QVERIFY(recent.first().contains(QStringLiteral("tw_coder")));
        QSettings().sync();
        QFile settings(QSettings().fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(m_password.toUtf8()));

        // The window codes as the login; the name cannot be changed.
        QCOMPARE(window->session().coder(), QStringLiteral("tw_coder"));
        auto *coderName = window->findChild<QAction *>(QStringLiteral("actionCoderName"));
        QVERIFY(coderName && !coderName->isEnabled());
        QVERIFY(window->findChild<QToolButton *>(QStringLiteral("coderStatus"))
                    ->text()
                    .contains(QStringLiteral("tw_coder")));

        // The lead adds a tag elsewhere; the coder's codebook shows it without anyone asking.
        CorpusDatabase leadDb;
        QString error;
        QVERIFY(leadDb.openTeam(
            *TeamAddress::parse(m_server.address(m_team, QStringLiteral("tw_lead")), &error)));
        CorpusSession lead(leadDb);
        const qint64 tag = lead.addTag(QStringLiteral("框架"));
        QVERIFY(tag > 0);
        QTreeView *codebook = window->findChild<QTreeView *>(QStringLiteral("tagTree"));
        QTRY_COMPARE_WITH_TIMEOUT(codebook->model()->rowCount(), 1, 2000);
        QCOMPARE(codebook->model()->index(0, 0).data().toString(), QStringLiteral("框架"));

        // The coder tags a passage from this window; the lead's session learns of it.
        QSignalSpy leadChanges(&lead, &CorpusSession::changed);
        QVERIFY(window->session().addAnnotation(1, tag, {0, 2}) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!leadChanges.isEmpty(), 2000);
        QCOMPARE(m_server.adminValue(m_team, QStringLiteral("SELECT coder FROM annotations"), m_dir.path()),
                 QStringLiteral("tw_coder"));
    }

    void theLeadComparesCodersInTheWindow()
    {
        // The coder and the lead code the first article with one tag, overlapping at [0,4).
        CorpusDatabase coderDb;
        QString error;
        QVERIFY(coderDb.openTeam(
            *TeamAddress::parse(m_server.address(m_team, QStringLiteral("tw_coder")), &error)));
        CorpusSession coder(coderDb);
        const std::unique_ptr<MainWindow> window = windowAs(QStringLiteral("tw_lead"));
        QVERIFY(window);
        const qint64 tag = window->session().addTag(QStringLiteral("议题"));
        QVERIFY(tag > 0);
        QVERIFY(window->session().addAnnotation(1, tag, {0, 4}) > 0);
        QVERIFY(coder.addAnnotation(1, tag, {0, 8}) > 0);

        window->findChild<QAction *>(QStringLiteral("actionCoderAgreement"))->trigger();
        auto *dialog = window->findChild<AgreementDialog *>();
        QVERIFY(dialog);
        dialog->compute();
        QTRY_VERIFY(dialog->figures()->rowCount() >= 2); // each tag, then all tags together
        const QModelIndex issue = dialog->figures()
                                      ->match(dialog->figures()->index(0, AgreementTableModel::TagColumn),
                                              Qt::DisplayRole, QStringLiteral("议题"))
                                      .value(0);
        QVERIFY(issue.isValid());
        // Of this tag, one coder tagged [4,8) and the other did not: one disagreement, opened in the reader.
        QAbstractItemModel *disagreements = dialog->disagreements();
        const QModelIndexList ofTag =
            disagreements->match(disagreements->index(0, DisagreementListModel::TagColumn), Qt::DisplayRole,
                                 QStringLiteral("议题"), -1);
        QCOMPARE(ofTag.size(), 1);
        const QModelIndex disagreement = ofTag.first();
        QCOMPARE(disagreement.data(SpanRole).value<TextSpan>(), (TextSpan{4, 8}));
        Q_EMIT dialog->findChild<QTableView *>(QStringLiteral("agreementDisagreements"))
            ->activated(disagreement);
        auto *reader = window->findChild<ReaderView *>(QStringLiteral("reader"));
        QTRY_COMPARE(reader->articleId(), 1);
        QCOMPARE(reader->originalSelection(), std::optional<TextSpan>(TextSpan{4, 8}));
        dialog->close();
    }

    void theLeadMergesACodersFileAndACoderCannot()
    {
        // A colleague coded a copy of the corpus as a file, under the name carol.
        const QString theirs = m_dir.filePath(QStringLiteral("carol.pizhu"));
        QVERIFY(backUpAndCode(theirs, QStringLiteral("carol")));
        const QString carols = QStringLiteral("SELECT count(*) FROM annotations WHERE coder = 'carol'");

        // A coder's window may not bring in another coder's passages: refused, nothing kept.
        const std::unique_ptr<MainWindow> coderWindow = windowAs(QStringLiteral("tw_coder"));
        QVERIFY(coderWindow);
        QString refusal;
        acceptWarning(&refusal);
        QVERIFY(!coderWindow->findChild<ExchangeActions *>()->mergeCoderCorpus(theirs));
        QVERIFY2(refusal.contains(QLatin1String("this is carol's coding")), qPrintable(refusal));
        QCOMPARE(adminValue(carols), QStringLiteral("0"));

        // The lead's window merges them, and Edit → Undo takes them out of the server again.
        const std::unique_ptr<MainWindow> leadWindow = windowAs(QStringLiteral("tw_lead"));
        QVERIFY(leadWindow);
        QVERIFY(leadWindow->findChild<ExchangeActions *>()->mergeCoderCorpus(theirs));
        auto *report = leadWindow->findChild<QMessageBox *>(QStringLiteral("mergeReport"));
        QVERIFY(report);
        QVERIFY2(report->text().contains(QLatin1String("1 passage")), qPrintable(report->text()));
        report->close();
        QCOMPARE(adminValue(carols), QStringLiteral("1"));
        QTRY_VERIFY_WITH_TIMEOUT(coderWindow->session().coders().contains(QStringLiteral("carol")), 2000);
        leadWindow->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(adminValue(carols), QStringLiteral("0"));

        // What the coder coded in a copy of their own comes in from their window.
        const QString mine = m_dir.filePath(QStringLiteral("tw_coder.pizhu"));
        QVERIFY(backUpAndCode(mine, QStringLiteral("tw_coder")));
        const QString coders = QStringLiteral("SELECT count(*) FROM annotations WHERE coder = 'tw_coder'");
        const int before = adminValue(coders).toInt();
        QVERIFY(coderWindow->findChild<ExchangeActions *>()->mergeCoderCorpus(mine));
        coderWindow->findChild<QMessageBox *>(QStringLiteral("mergeReport"))->close();
        QCOMPARE(adminValue(coders).toInt(), before + 1);
    }

    void onlyTheLeadBringsInACodebook()
    {
        const QString project =
            QStringLiteral(PIZHU_SOURCE_DIR "/tests/data/refi-qda/atlas-ti-23-codebook-sample.qdpx");
        const QString tags = QStringLiteral("SELECT count(*) FROM tags");
        const QString before = adminValue(tags);

        const std::unique_ptr<MainWindow> coderWindow = windowAs(QStringLiteral("tw_coder"));
        QVERIFY(coderWindow);
        QString refusal;
        acceptWarning(&refusal);
        QVERIFY(!coderWindow->findChild<ExchangeActions *>()->importProject(project));
        QVERIFY2(
            refusal.contains(QLatin1String("lacks 3 tag")) && refusal.contains(QLatin1String("(Commits, ")) &&
                refusal.contains(QLatin1String("only the lead changes the codebook; you code as tw_coder")),
            qPrintable(refusal));
        QCOMPARE(adminValue(tags), before);

        const std::unique_ptr<MainWindow> leadWindow = windowAs(QStringLiteral("tw_lead"));
        QVERIFY(leadWindow);
        QVERIFY(leadWindow->findChild<ExchangeActions *>()->importProject(project));
        leadWindow->findChild<QMessageBox *>(QStringLiteral("mergeReport"))->close();
        QVERIFY(adminValue(tags).toInt() > before.toInt());
        // The coder's codebook shows the lead's new codes without anyone asking.
        QTreeView *codebook = coderWindow->findChild<QTreeView *>(QStringLiteral("tagTree"));
        QTRY_COMPARE_WITH_TIMEOUT(
            codebook->model()->rowCount(),
            adminValue(QStringLiteral("SELECT count(*) FROM tags WHERE parent_id IS NULL")).toInt(), 2000);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
