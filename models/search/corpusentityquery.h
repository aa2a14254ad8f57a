// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pizhu {

class CorpusDatabase;

/** One entity across the corpus: articles and mentions that are not rejected. */
struct CorpusEntity
{
    EntityType type = EntityType::Person;
    QString key;
    QString name;
    int articles = 0;
    int mentions = 0;
    /** Every spelling of it in the corpus, for narrowing a filter without asking SQL again. */
    QStringList names;

    bool matches(const QString &filter) const;
};

/** The entities of the whole corpus, counted from the covering index entities_totals. */
class CorpusEntityQuery
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusEntityQuery)

public:
    explicit CorpusEntityQuery(CorpusDatabase &db);

    /** Entities whose name or key contains \a filter, most articles first, at most \a limit. */
    QList<CorpusEntity> run(const QString &filter = {}, int limit = 1000) const;

    QString errorString() const { return m_error; }

private:
    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
