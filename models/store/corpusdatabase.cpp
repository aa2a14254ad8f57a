// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusdatabase.h"

#include "corpusbackup.h"
#include "migrations.h"
#include "sortkeys.h"
#include "sqlquery.h"
#include "teamaddress.h"
#include "teamupgrade.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <atomic>

namespace Pizhu {

namespace {

// The schema version that brought the pinyin sort keys.
constexpr int SortKeysVersion = 15;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("pizhu-corpus-%1").arg(++counter);
}

// Root may write anywhere, so the permission bits are checked too: a file nobody may write is
// one the user marked read-only, and Pizhu respects that.
bool isWritable(const QFileInfo &info)
{
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

} // namespace

CorpusDatabase::CorpusDatabase()
    : m_connectionName(nextConnectionName())
{
}

CorpusDatabase::~CorpusDatabase()
{
    close();
}

bool CorpusDatabase::fail(Status status, const QString &reason)
{
    m_status = status;
    m_error = tr("%1: %2").arg(QDir::toNativeSeparators(m_location.path()), reason);
    if (m_db.isValid()) {
        m_sql.reset();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    return false;
}

void CorpusDatabase::close()
{
    m_teamLogin.clear();
    m_teamLead = false;
    if (!m_db.isValid())
        return;
    m_sql.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_status = Status::Closed;
}

bool CorpusDatabase::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

int CorpusDatabase::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

qint64 CorpusDatabase::dataVersion() const
{
    SqlQuery query(*m_sql);
    return query.exec(QStringLiteral("PRAGMA data_version")) && query.next() ? query.value(0).toLongLong()
                                                                             : -1;
}

int CorpusDatabase::schemaVersion() const
{
    SqlQuery query(*m_sql);
    const QString sql =
        m_sql->engine() == SqlEngine::PostgreSQL
            ? QStringLiteral("SELECT value FROM corpus_settings WHERE name = 'schema_version'")
            : QStringLiteral("PRAGMA user_version");
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

bool CorpusDatabase::isTruncated(const QByteArray &header, qint64 fileSize)
{
    // The header's page count is valid when its "version valid for" equals the change counter
    // (SQLite's file format, section 1.3); a file shorter than that many pages was cut off.
    if (header.size() < 100)
        return true;
    const auto bigEndian = [&header](int at, int bytes) {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header.at(at + i));
        return value;
    };
    const quint64 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
    const quint64 pages = bigEndian(28, 4);
    const bool countValid = bigEndian(92, 4) == bigEndian(24, 4) && pages > 0;
    return countValid && quint64(fileSize) < pages * pageSize;
}

QString CorpusDatabase::damagedReason(const QString &detail)
{
    return tr("the corpus file is damaged (%1). Restore it from a backup: File → Back Up Corpus… "
              "makes them, and each schema upgrade leaves one beside the corpus (.vN-backup)")
        .arg(detail);
}

bool CorpusDatabase::checkHeader()
{
    const QFileInfo info(m_location.path());
    if (!info.exists()) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return fail(Status::ReadOnly, tr("the folder cannot be created"));
        if (!isWritable(QFileInfo(dir.absolutePath())))
            return fail(Status::ReadOnly,
                        tr("the folder is not writable, so no corpus can be created there"));
        return true;
    }
    if (info.isDir())
        return fail(Status::NotSQLite, tr("this is a folder, not a corpus file"));
    QFile file(m_location.path());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Status::Unreadable, tr("the file cannot be read (%1)").arg(file.errorString()));
    if (info.size() == 0)
        return isWritable(info) ? true : fail(Status::ReadOnly, tr("the file is read-only"));
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    const QByteArray header = file.read(100);
    if (!header.startsWith(sqliteMagic))
        return fail(Status::NotSQLite, tr("the file is not a Pizhu corpus (it is not an SQLite database)"));
    // While the write-ahead log holds pages (another process writing, or a checkpoint that a full
    // disk stopped), the main file may be shorter than its header until the next checkpoint: only
    // SQLite's own reading can tell damage then.
    const QFileInfo wal(m_location.path() + QStringLiteral("-wal"));
    if (!(wal.exists() && wal.size() > 0) && isTruncated(header, info.size()))
        return fail(Status::Damaged,
                    damagedReason(tr("it is shorter than its header says, so it was cut off")));
    if (!isWritable(info))
        return fail(Status::ReadOnly, tr("the file is read-only; Pizhu needs to write to a corpus"));
    if (!isWritable(QFileInfo(info.absolutePath())))
        return fail(Status::ReadOnly,
                    tr("the folder is read-only; SQLite needs it for the corpus's journal"));
    return true;
}

bool CorpusDatabase::configureConnection()
{
    SqlQuery query(*m_sql);
    // The busy timeout first, so that the checks below wait for a writer in another process.
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return fail(Status::Failed, query.errorText());

    // Some locks SQLite does not wait for: another program switching a new file to WAL, or
    // recovering the log. They last milliseconds, so these first statements try again for as
    // long as the busy timeout would have waited.
    const auto execWaiting = [&query](const QString &sql) {
        for (int attempt = 0;; ++attempt) {
            if (query.exec(sql) && query.next())
                return true;
            if (query.error().kind != SqlError::Kind::Busy || attempt == 100)
                return false;
            QThread::msleep(50);
        }
    };
    if (!execWaiting(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master), "
                                    "(SELECT application_id FROM pragma_application_id), "
                                    "(SELECT user_version FROM pragma_user_version)"))) {
        if (query.error().kind == SqlError::Kind::Busy)
            return fail(Status::Locked, tr("the corpus is locked by another program"));
        if (query.error().kind == SqlError::Kind::Damaged)
            return fail(Status::Damaged, damagedReason(query.errorText()));
        // Reading writes too (the log's index beside the file): a full disk is not the file's fault.
        if (query.error().kind == SqlError::Kind::Full || query.error().kind == SqlError::Kind::ReadOnly)
            return fail(Status::Failed, query.error().describe());
        return fail(Status::NotSQLite, tr("the file is not a usable database (%1)").arg(query.errorText()));
    }
    const int objects = query.value(0).toInt();
    const int applicationId = query.value(1).toInt();
    const int version = query.value(2).toInt();
    query.finish();
    m_versionAtOpen = objects == 0 ? 0 : version;

    if (applicationId != ApplicationId && objects > 0)
        return fail(Status::NotACorpus, tr("the file is an SQLite database but not a Pizhu corpus"));
    if (version < 0 && objects > 0)
        return fail(Status::NotACorpus,
                    tr("the corpus has schema version %1, which no Pizhu writes; another program "
                       "changed it")
                        .arg(version));
    if (version > currentSchemaVersion())
        return fail(Status::NewerSchema,
                    tr("the corpus has schema version %1, newer than this Pizhu understands (%2); "
                       "open it with a newer Pizhu")
                        .arg(version)
                        .arg(currentSchemaVersion()));

    if (!execWaiting(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        query.value(0).toString() != QLatin1String("wal")) {
        if (query.error().kind == SqlError::Kind::Busy)
            return fail(Status::Locked, tr("the corpus is locked by another program"));
        return fail(Status::Failed, tr("SQLite refused write-ahead logging (%1)").arg(query.errorText()));
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")) ||
        !query.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(Status::Failed, query.errorText());
    m_status = objects == 0 ? Status::Created
                            : (version < currentSchemaVersion() ? Status::Migrated : Status::Opened);
    return true;
}

bool CorpusDatabase::open(const QString &path, int targetVersion)
{
    close();
    m_location = CorpusLocation::file(path);
    m_error.clear();
    if (!checkHeader())
        return false;

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return fail(Status::Failed, tr("Qt's SQLite driver (QSQLITE) is not installed"));
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return fail(Status::Failed, m_db.lastError().text());
    m_sql = std::make_unique<SqlConnection>(m_db);
    if (!configureConnection())
        return false;

    QString error;
    const Status status = m_status;
    const int target = targetVersion < 0 ? currentSchemaVersion() : targetVersion;
    m_migrationBackup.clear();
    if (m_versionAtOpen > 0 && m_versionAtOpen < target) {
        // Months of coding may be in this file: a copy first, and no migration without one.
        const QString backup = CorpusBackup::beforeMigrationPath(m_location.path(), m_versionAtOpen);
        if (!CorpusBackup::write(*m_sql, backup, &error))
            return fail(
                Status::Failed,
                tr("the schema was not upgraded, because the backup before it failed: %1").arg(error));
        m_migrationBackup = backup;
    }
    if (!Migrations::upgrade(*m_sql, target, &error))
        return fail(error.contains(QLatin1String("locked")) ? Status::Locked : Status::Failed, error);
    // Not a reason to refuse the corpus: until the keys are made again, titles keep an older order.
    if (target >= SortKeysVersion) {
        m_sortOrder = SortKeys::order(*m_sql);
        if (!SortKeys::reconcile(*m_sql, m_sortOrder, &error))
            qWarning("%s: the sort keys were not renewed: %s", qPrintable(path), qPrintable(error));
    }
    m_status = status;
    return true;
}

bool CorpusDatabase::openTeam(const TeamAddress &address, const QString &password)
{
    close();
    m_location = CorpusLocation::team(address, password);
    m_error.clear();
    m_migrationBackup.clear();
    m_db = address.connection(m_connectionName, password);
    if (!m_db.isValid())
        return fail(Status::Failed, tr("Qt's PostgreSQL driver (QPSQL) is not installed"));
    if (!m_db.open())
        return fail(Status::Failed, tr("cannot connect: %1").arg(m_db.lastError().databaseText().trimmed()));
    m_sql = std::make_unique<SqlConnection>(m_db);
    SqlQuery query(*m_sql);
    if (!query.exec(
            QStringLiteral("SELECT (SELECT value FROM corpus_settings WHERE name = 'application'),"
                           " (SELECT value FROM corpus_settings WHERE name = 'schema_version'),"
                           " session_user, pg_has_role(session_user,"
                           "  (SELECT value FROM corpus_settings WHERE name = 'lead_role'), 'MEMBER')")) ||
        !query.next() || query.text(0) != QLatin1String("pizhu"))
        return fail(Status::NotACorpus,
                    tr("the database is not a Pizhu team corpus (pizhu init-team makes one)"));
    m_versionAtOpen = query.value(1).toInt();
    m_teamLogin = query.text(2);
    m_teamLead = query.value(3).toBool();
    query.finish();
    if (m_versionAtOpen > currentSchemaVersion())
        return fail(Status::NewerSchema,
                    tr("the corpus has schema version %1, newer than this Pizhu understands (%2); "
                       "open it with a newer Pizhu")
                        .arg(m_versionAtOpen)
                        .arg(currentSchemaVersion()));
    QString error;
    const int revision = TeamUpgrade::revisionOf(*m_sql, &error);
    if (revision < 0)
        return fail(Status::Failed, error);
    if (revision > TeamUpgrade::latestRevision())
        return fail(Status::NewerSchema,
                    tr("the team corpus is at revision %1, newer than this Pizhu understands "
                       "(%2); open it with a newer Pizhu")
                        .arg(revision)
                        .arg(TeamUpgrade::latestRevision()));
    if (revision < TeamUpgrade::latestRevision())
        return fail(Status::Failed,
                    tr("the team corpus was made by an older Pizhu (revision %1, this one needs %2); the "
                       "server's administrator upgrades it with: pizhu upgrade-team --db %3")
                        .arg(revision)
                        .arg(TeamUpgrade::latestRevision())
                        .arg(address.withoutSecrets()));
    // Its revision is the latest, so the schema version is what a Pizhu of that revision made.
    if (m_versionAtOpen < currentSchemaVersion())
        return fail(Status::Failed, tr("the team corpus has schema version %1, older than this Pizhu's (%2); "
                                       "upgrading team corpora is not possible yet")
                                        .arg(m_versionAtOpen)
                                        .arg(currentSchemaVersion()));
    m_sortOrder = SortKeys::order(*m_sql);
    m_status = Status::Opened;
    return true;
}

bool CorpusDatabase::openAt(const CorpusLocation &location)
{
    return location.isTeam() ? openTeam(location.address(), location.password()) : open(location.path());
}

bool CorpusDatabase::setSortOrder(ChineseCollation::Order order)
{
    QString error;
    if (!SortKeys::setOrder(*m_sql, order, &error)) {
        m_error = error;
        return false;
    }
    m_sortOrder = order;
    return true;
}

} // namespace Pizhu
