// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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

    /** Whether its key contains \a simplifiedFilter or its name \a filter, as run() matches. */
    bool matches(const QString &filter, const QString &simplifiedFilter) const;
};

/** The entities of the whole corpus, read from the running totals in entity_totals. */
class CorpusEntityQuery
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusEntityQuery)

public:
    explicit CorpusEntityQuery(CorpusDatabase &db);

    /**
     * Entities whose key contains \a filter in simplified script, or whose name contains it as
     * typed, most articles first, at most \a limit.
     */
    QList<CorpusEntity> run(const QString &filter = {}, int limit = 1000) const;

    /** \a filter in simplified script, as keys are. */
    static QString simplified(const QString &filter);

    QString errorString() const { return m_error; }

private:
    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
