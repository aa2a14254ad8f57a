// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnection.h"

#include "sqlconnection.h"
#include "teamaddress.h"

#include <QAtomicInt>
#include <QSqlError>

namespace Pizhu {

namespace {

QString uniqueName()
{
    static QAtomicInt next;
    return QStringLiteral("pizhu-team-%1").arg(next.fetchAndAddRelaxed(1));
}

} // namespace

TeamConnection::TeamConnection(const TeamAddress &address, const QString &password)
    : m_name(uniqueName())
    , m_where(address.withoutSecrets())
{
    QSqlDatabase db = address.connection(m_name, password);
    if (!db.open()) {
        m_error = tr("cannot connect to %1: %2")
                      .arg(address.withoutSecrets(), db.lastError().databaseText().trimmed());
        return;
    }
    m_sql = std::make_unique<SqlConnection>(db);
}

TeamConnection::~TeamConnection()
{
    m_sql.reset();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Pizhu
