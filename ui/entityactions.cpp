// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityactions.h"

#include "articlelistpane.h"
#include "corpusentitiesdialog.h"
#include "editing/corpussession.h"
#include "entitydock.h"
#include "ingest/adaptmodeljob.h"
#include "ingest/reextractjob.h"
#include "jobrunner.h"

#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

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
    connect(m_jobs, &JobRunner::jobFinished, this, &EntityActions::reportAdaptation);
}

void EntityActions::addTo(QMenu *tools)
{
    QAction *table = tools->addAction(tr("&Entities in Corpus…"), this, &EntityActions::showCorpusEntities);
    table->setObjectName(QStringLiteral("actionCorpusEntities"));
    QAction *reextract = tools->addAction(tr("&Re-extract Entities"), this, &EntityActions::reextractCorpus);
    reextract->setObjectName(QStringLiteral("actionReextract"));
    reextract->setStatusTip(tr("Extracts people, organisations and figures again; corrections are kept."));
    QAction *adapt = tools->addAction(tr("&Adapt Entity Model"), this, &EntityActions::adaptModel);
    adapt->setObjectName(QStringLiteral("actionAdaptModel"));
    adapt->setStatusTip(
        tr("Extracts every article again with the people and organisations confirmed or added "
           "in this corpus, kept in its own entity model; corrections are kept."));
}

void EntityActions::adaptModel()
{
    m_jobs->start(std::make_unique<AdaptModelJob>(m_session.coder()));
}

void EntityActions::reportAdaptation(CorpusJob *job, bool ok)
{
    const auto *adapted = dynamic_cast<AdaptModelJob *>(job);
    if (!adapted)
        return;
    m_session.notify({ChangeEvent::Kind::Everything, 0, {}});
    if (!ok) {
        QMessageBox::warning(m_window, tr("Adapt Entity Model"),
                             tr("The entity model was not adapted: %1").arg(job->errorString()));
        return;
    }
    const QString message =
        adapted->changedArticles().isEmpty()
            ? tr("The entity model knows %n name(s) of this corpus; no suggestion changed.", nullptr,
                 int(adapted->names()))
            : tr("The entity model knows %1 names of this corpus; %2 suggestions changed in %n article(s), "
                 "listed in the article set “%3”.",
                 nullptr, int(adapted->changedArticles().size()))
                  .arg(adapted->names())
                  .arg(adapted->changedSuggestions())
                  .arg(adapted->reviewSet());
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(message);
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
