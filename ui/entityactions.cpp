// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityactions.h"

#include "articlelistpane.h"
#include "corpusentitiesdialog.h"
#include "editing/corpussession.h"
#include "entitydock.h"
#include "store/corpusdatabase.h"
#include "store/entitystore.h"
#include "store/transaction.h"

#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

namespace Pizhu {

namespace {

constexpr int Batch = 100;

} // namespace

EntityActions::EntityActions(CorpusSession &session, ArticleListPane *list, EntityDock *dock, QWidget *window)
    : QObject(window)
    , m_session(session)
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
    auto *dialog = new CorpusEntitiesDialog(m_session.database(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CorpusEntitiesDialog::articlesMentioningRequested, this,
            &EntityActions::listArticlesMentioning);
    dialog->show();
}

int EntityActions::reextractCorpus()
{
    EntityStore store(m_session.database());
    const QList<qint64> ids = store.articleIds();
    QProgressDialog progress(tr("Extracting entities…"), tr("Cancel"), 0, int(ids.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    int done = 0;
    QString error;
    // One transaction per batch: a cancel or failure keeps the batches already done.
    for (qsizetype from = 0; from < ids.size() && !progress.wasCanceled() && error.isEmpty(); from += Batch) {
        Transaction transaction(m_session.database().connection());
        const qsizetype to = std::min(ids.size(), from + Batch);
        for (qsizetype i = from; i < to; ++i) {
            if (!store.reextract(ids.at(i))) {
                error = store.errorString();
                break;
            }
        }
        if (error.isEmpty() && !transaction.commit())
            error = transaction.errorText();
        if (error.isEmpty())
            done = int(to);
        progress.setValue(done);
    }
    progress.reset();
    m_session.notifyEntities(0);
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Re-extract Entities"),
                             tr("Extraction stopped after %n article(s): %1", nullptr, done).arg(error));
    return done;
}

void EntityActions::listArticlesMentioning(const QString &type, const QString &key, const QString &name)
{
    m_list->setEntityFilter(type, key, tr("Articles mentioning “%1”").arg(name));
}

} // namespace Pizhu
