// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/articlelistquery.h"
#include "store/corpusjob.h"

#include <QCoreApplication>

namespace Pizhu {

/**
 * Counts the articles a list filter selects, on a connection of its own: at a million articles a
 * count visits every matching row, so the list shows its first page at once and its total when
 * this job brings it. \a listSerial tells the list which of its reloads the count is for.
 */
class ArticleCountJob final : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleCountJob)

public:
    ArticleCountJob(ArticleFilter filter, quint64 listSerial);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    /** The articles counted, or -1 before run() succeeded. */
    int count() const { return m_count; }
    quint64 listSerial() const { return m_listSerial; }

private:
    ArticleFilter m_filter;
    quint64 m_listSerial;
    int m_count = -1;
};

} // namespace Pizhu
