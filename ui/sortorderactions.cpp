// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortorderactions.h"

#include "ingest/backfilljob.h"
#include "jobrunner.h"
#include "store/corpusdatabase.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

namespace Pizhu {

SortOrderActions::SortOrderActions(CorpusDatabase &corpus, JobRunner *jobs, QWidget *window)
    : QObject(window)
    , m_corpus(corpus)
    , m_jobs(jobs)
    , m_window(window)
    , m_group(new QActionGroup(this))
    , m_pinyin(new QAction(tr("&Pinyin"), m_group))
    , m_stroke(new QAction(tr("&Stroke Count"), m_group))
{
    m_pinyin->setObjectName(QStringLiteral("actionSortByPinyin"));
    m_pinyin->setToolTip(tr("Titles and outlets in pinyin order: 安阳, 北京, 重庆, 上海"));
    m_stroke->setObjectName(QStringLiteral("actionSortByStrokes"));
    m_stroke->setToolTip(tr("Titles and outlets by the strokes of their characters: 人民, 大连, 中山, 北京"));
    for (QAction *action : {m_pinyin, m_stroke})
        action->setCheckable(true);
    action(corpus.sortOrder())->setChecked(true);
    connect(m_pinyin, &QAction::triggered, this, [this] { choose(ChineseCollation::Order::Pinyin); });
    connect(m_stroke, &QAction::triggered, this, [this] { choose(ChineseCollation::Order::Stroke); });
    connect(jobs, &JobRunner::jobStarted, this, [this] { m_group->setEnabled(false); });
    connect(jobs, &JobRunner::jobFinished, this, [this] { m_group->setEnabled(!m_jobs->isRunning()); });
    m_group->setEnabled(!jobs->isRunning());
}

void SortOrderActions::addTo(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("Sort &Chinese By"));
    menu->addAction(m_pinyin);
    menu->addAction(m_stroke);
}

QAction *SortOrderActions::action(ChineseCollation::Order order) const
{
    return order == ChineseCollation::Order::Stroke ? m_stroke : m_pinyin;
}

void SortOrderActions::choose(ChineseCollation::Order order)
{
    if (order == m_corpus.sortOrder())
        return;
    if (!m_corpus.setSortOrder(order)) {
        action(m_corpus.sortOrder())->setChecked(true);
        QMessageBox::warning(m_window, tr("Sort Chinese By"),
                             tr("The order was not changed: %1").arg(m_corpus.errorString()));
        return;
    }
    action(order)->setChecked(true);
    Q_EMIT orderChanged();
    m_jobs->start(std::make_unique<BackfillJob>());
}

} // namespace Pizhu
