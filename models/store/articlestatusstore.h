// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codingstatus.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Pizhu {

class CorpusDatabase;

/** Reads and writes the coding status of articles (schema step 12). Callers group the writes. */
class ArticleStatusStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleStatusStore)

public:
    explicit ArticleStatusStore(CorpusDatabase &db);

    /** The stored status of each of \a articleIds that has one; the others are not coded. */
    QHash<qint64, ArticleStatus> statuses(const QList<qint64> &articleIds) const;
    /** Stores \a status, replacing the article's; NotCoded removes the row. */
    bool set(const ArticleStatus &status);

    QString errorString() const { return m_error; }

private:
    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
