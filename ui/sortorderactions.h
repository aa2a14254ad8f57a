// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/chinesecollation.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace Pizhu {

class CorpusDatabase;
class JobRunner;

/**
 * View → Sort Chinese By: pinyin or stroke count, the corpus's choice (kept in it, for every coder
 * of a shared corpus). Switching clears the stored sort keys and makes them again as a job; it
 * waits while another job runs, whose connection would still key articles the old way.
 */
class SortOrderActions : public QObject
{
    Q_OBJECT

public:
    SortOrderActions(CorpusDatabase &corpus, JobRunner *jobs, QWidget *window);

    void addTo(QMenu *view);
    QAction *action(ChineseCollation::Order order) const;

    /** Makes \a order the corpus's and starts making the keys; reports a failure. */
    void choose(ChineseCollation::Order order);

Q_SIGNALS:
    /** The order changed: the list reads again (the articles not yet keyed come last). */
    void orderChanged();

private:
    CorpusDatabase &m_corpus;
    JobRunner *m_jobs;
    QWidget *m_window;
    QActionGroup *m_group;
    QAction *m_pinyin;
    QAction *m_stroke;
};

} // namespace Pizhu
