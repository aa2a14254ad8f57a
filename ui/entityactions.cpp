// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityactions.h"

#include "articlelistpane.h"
#include "corpusentitiesdialog.h"
#include "editing/corpussession.h"
#include "entitydock.h"
#include "ingest/reextractjob.h"
#include "jobrunner.h"

#include <QMenu>

namespace Pizhu {

EntityActions::EntityActions(CorpusSession &session, JobRunner *jobs, ArticleListPane *list, EntityDock *dock,
                             QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_jobs(jobs)
    , m_list(list)
    , m_window(window)
{
    connect(dock, &EntityDock::articlesMentioningRequested, this, &EntityActions::listArticlesMentioning);
}

void EntityActions::addTo(QMenu *tools)
{
    QAction *table = tools->addAction(tr("&Entities in Corpus…"), this, &EntityActions::showCorpusEntities);
    table->setObjectName(QStringLiteral("actionCorpusEntities"));
    QAction *reextract = tools->addAction(tr("&Re-extract Entities"), this, &EntityActions::reextractCorpus);
    reextract->setObjectName(QStringLiteral("actionReextract"));
    reextract->setStatusTip(tr("Extracts people, organisations and figures again; corrections are kept."));
}

void EntityActions::showCorpusEntities()
{
    auto *dialog = new CorpusEntitiesDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CorpusEntitiesDialog::articlesMentioningRequested, this,
            &EntityActions::listArticlesMentioning);
    dialog->show();
}

void EntityActions::reextractCorpus()
{
    m_jobs->start(std::make_unique<ReextractJob>());
}

void EntityActions::listArticlesMentioning(const QString &type, const QString &key, const QString &name)
{
    m_list->setEntityFilter(type, key, tr("Articles mentioning “%1”").arg(name));
}

} // namespace Pizhu
