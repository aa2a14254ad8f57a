// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cooccurrence.h"
#include "store/corpusjob.h"

#include <QPointF>

namespace Pizhu {

/** A co-occurrence network computed in the background (Tools → Co-occurrence). */
class CooccurrenceJob : public CorpusJob
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CooccurrenceJob)

public:
    explicit CooccurrenceJob(Cooccurrence::Options options);

    QString title() const override;
    bool run(CorpusDatabase &db, JobControl &control) override;

    /** The computation, which also lists the articles behind a node or an edge. */
    const Cooccurrence &cooccurrence() const { return m_cooccurrence; }
    const CooccurrenceNetwork &network() const { return m_network; }
    /** Where NetworkLayout placed each node, laid out here too, off the window's thread. */
    const QList<QPointF> &centres() const { return m_centres; }

private:
    Cooccurrence m_cooccurrence;
    CooccurrenceNetwork m_network;
    QList<QPointF> m_centres;
};

} // namespace Pizhu
