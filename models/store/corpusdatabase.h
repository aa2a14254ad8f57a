// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpuslocation.h"
#include "text/chinesecollation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace Pizhu {

class SqlConnection;

/**
 * One connection to one corpus (DESIGN.md, decision 4): an SQLite file in WAL mode with foreign
 * keys on, marked as Pizhu's by PRAGMA application_id and versioned by PRAGMA user_version; or a
 * team corpus on PostgreSQL, marked and versioned in its corpus_settings.
 *
 * open() refuses, with a message and without writing a byte, a file that is not SQLite, an SQLite
 * file that is not a corpus, a corpus of a newer schema, and a file that cannot be written.
 * A new or older corpus is brought to the current schema in one transaction.
 *
 * Qt's SQL connections belong to the thread that opened them: a worker thread opens its own
 * CorpusDatabase on the same file.
 */
class CorpusDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusDatabase)

public:
    enum class Status
    {
        Closed,
        Opened,
        Created,
        Migrated,
        NotSQLite,
        NotACorpus,
        NewerSchema,
        Damaged, ///< truncated or corrupted
        Unreadable,
        ReadOnly,
        Locked,
        Failed,
    };

    static constexpr int ApplicationId = 0x50697A68; // "Pizh"

    CorpusDatabase();
    ~CorpusDatabase();
    CorpusDatabase(const CorpusDatabase &) = delete;
    CorpusDatabase &operator=(const CorpusDatabase &) = delete;

    /** The schema version this build writes; older corpora are migrated to it. */
    static int currentSchemaVersion();

    /**
     * Opens or creates the corpus at \a path and migrates it to \a targetVersion, by default the
     * current one (tests ask for older versions to check the migrations).
     */
    bool open(const QString &path, int targetVersion = -1);
    /**
     * Opens the team corpus at \a address on a PostgreSQL server (made by pizhu init-team), with
     * \a password only when the user typed one. It refuses, naming the address, a server it
     * cannot reach or log in to, a database that is not a team corpus, and another schema version.
     */
    bool openTeam(const TeamAddress &address, const QString &password = {});
    /** Opens the corpus at \a location, as open() or openTeam() does (a worker thread's connection). */
    bool openAt(const CorpusLocation &location);
    void close();

    bool isOpen() const;
    Status status() const { return m_status; }
    /** Why open() or the last checked statement failed, naming the file. */
    QString errorString() const { return m_error; }

    /** The order titles and outlets sort in (pinyin unless the corpus was set to stroke count). */
    ChineseCollation::Order sortOrder() const { return m_sortOrder; }
    /**
     * Makes \a order the corpus's: the sort keys are cleared, and BackfillJob makes them again
     * (until then those articles come after the others). False with errorString() on failure.
     */
    bool setSortOrder(ChineseCollation::Order order);
    /** On a team corpus, the login this connection is the server's user as; empty on a file. */
    QString teamLogin() const { return m_teamLogin; }
    /**
     * Whether this connection may change the codebook and the articles: always on a file; on a
     * team corpus, when the login is in the lead's group (or the server's administrator).
     */
    bool leadsTeam() const { return m_teamLogin.isEmpty() || m_teamLead; }
    /** The file, or the team corpus's address without secrets. */
    QString path() const { return m_location.path(); }
    /** Where the open corpus is, to open another connection to it. */
    CorpusLocation location() const { return m_location; }
    int schemaVersion() const;

    /** The connection every statement on this corpus goes through; valid while open. */
    SqlConnection &sql() const { return *m_sql; }

    /**
     * SQLite's data_version: it changes when another connection (another process, or an import
     * running on a worker thread) commits to the corpus, so a window knows to refresh.
     */
    qint64 dataVersion() const;

    /** Where open() copied the corpus before upgrading its schema; empty when it did not. */
    QString migrationBackupPath() const { return m_migrationBackup; }

private:
    bool fail(Status status, const QString &reason);
    bool checkHeader();
    static bool isTruncated(const QByteArray &header, qint64 fileSize);
    static QString damagedReason(const QString &detail);
    bool configureConnection();

    QSqlDatabase m_db;
    std::unique_ptr<SqlConnection> m_sql;
    QString m_connectionName;
    CorpusLocation m_location;
    QString m_error;
    Status m_status = Status::Closed;
    ChineseCollation::Order m_sortOrder = ChineseCollation::Order::Pinyin;
    int m_versionAtOpen = 0;
    QString m_teamLogin;
    bool m_teamLead = false;
    QString m_migrationBackup;
};

} // namespace Pizhu
