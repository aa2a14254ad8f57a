// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace Pizhu {

class CorpusDatabase;

/**
 * Notices what other connections commit to an open corpus: other windows, other programs, other
 * coders, a job on a worker thread. On a corpus file it reads SQLite's data_version every two
 * seconds (and at once on check()); on a team corpus the server tells it, by LISTEN on the
 * channel the schema's triggers notify at every commit, so no one polls the server; notices that
 * come close together are told once, a quarter second after the first.
 */
class ChangeWatch : public QObject
{
    Q_OBJECT

public:
    /** The channel a team corpus's triggers notify, with the changed table's name as payload. */
    static QString channel();

    explicit ChangeWatch(CorpusDatabase &db, QObject *parent = nullptr);

public Q_SLOTS:
    /** Tells changedElsewhere() now if a file corpus changed since the last look. */
    void check();

Q_SIGNALS:
    void changedElsewhere();

private:
    void noticeFromServer(const QString &name, QSqlDriver::NotificationSource source);

    CorpusDatabase &m_db;
    QTimer m_poll;
    QTimer m_coalesce;
    qint64 m_dataVersion = 0;
    bool m_listening = false;
};

} // namespace Pizhu
