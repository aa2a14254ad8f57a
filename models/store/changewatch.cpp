// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatch.h"

#include "corpusdatabase.h"
#include "sqlconnection.h"

#include <QSqlError>

namespace Pizhu {

QString ChangeWatch::channel()
{
    return QStringLiteral("pizhu_changes");
}

ChangeWatch::ChangeWatch(CorpusDatabase &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    // Busy coders commit many times a second; their notices are told at most every quarter second,
    // so a window reads again a few times a second, not once per commit.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatch::changedElsewhere);
    if (db.sql().engine() == SqlEngine::PostgreSQL) {
        QSqlDriver *driver = db.sql().database().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                    noticeFromServer(name, source);
                });
        // The connection may listen already, for an earlier watch; it stays listening until it
        // closes, so a watch that ends never has to reach its corpus again.
        m_listening = driver->subscribedToNotifications().contains(channel()) ||
                      driver->subscribeToNotification(channel());
        if (m_listening)
            return;
        qWarning("Pizhu: the server does not notify changes (%s); looking every two seconds instead",
                 qPrintable(driver->lastError().text()));
    }
    m_dataVersion = db.dataVersion();
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatch::check);
    m_poll.start();
}

void ChangeWatch::check()
{
    if (m_listening)
        return; // the server tells
    const qint64 version = m_db.dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    Q_EMIT changedElsewhere();
}

void ChangeWatch::noticeFromServer(const QString &name, QSqlDriver::NotificationSource source)
{
    // This connection's own commits come back too; the session has told those already.
    if (name == channel() && source != QSqlDriver::SelfSource && !m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace Pizhu
