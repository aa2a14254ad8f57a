// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team corpus on a real PostgreSQL server: File → Open Team Corpus… puts the
// address together from its fields (and reads one typed whole); opening over TCP asks for the
// password, again when it is wrong, and never writes it anywhere; the window codes under the
// login, and a tag the lead adds elsewhere appears in its codebook within two seconds.
#include "corpusfiles.h"
#include "desktoptestsupport.h"
#include "editing/corpussession.h"
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
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
