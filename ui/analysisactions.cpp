// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisactions.h"

#include "agreementdialog.h"
#include "articlelistpane.h"
#include "concordancedialog.h"
#include "cooccurrencedialog.h"
#include "itemmodels/articlelistmodel.h"
#include "readerview.h"
#include "timelinedialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <memory>

namespace Pizhu {

AnalysisActions::AnalysisActions(CorpusSession &session, JobRunner *jobs, ArticleListPane *list,
                                 ReaderView *reader, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_jobs(jobs)
    , m_list(list)
    , m_reader(reader)
    , m_window(window)
{
}

void AnalysisActions::addTo(QMenu *tools)
{
    QAction *concordance = tools->addAction(tr("C&oncordance…"), this, &AnalysisActions::showConcordance);
    concordance->setObjectName(QStringLiteral("actionConcordance"));
    concordance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    concordance->setToolTip(
        tr("Every hit of a word in the corpus, in its context (the search box's words at first)"));
    offerInSearchBox(concordance);
    QAction *timeline = tools->addAction(tr("Counts Over &Time…"), this, &AnalysisActions::showTimeline);
    timeline->setObjectName(QStringLiteral("actionTimeline"));
    timeline->setToolTip(
        tr("How many articles mention words, carry a tag or name someone, by period or outlet"));
    QAction *cooccurrence = tools->addAction(tr("Co-occ&urrence…"), this, &AnalysisActions::showCooccurrence);
    cooccurrence->setObjectName(QStringLiteral("actionCooccurrence"));
    cooccurrence->setToolTip(tr("Which people, organisations and tags occur together, as a network"));
    tools->addSeparator();
    QAction *agreement = tools->addAction(tr("Coder &Agreement…"), this, &AnalysisActions::showAgreement);
    agreement->setObjectName(QStringLiteral("actionCoderAgreement"));
}

void AnalysisActions::offerInSearchBox(QAction *concordance)
{
    // What the box finds, in context: from the box's own context menu.
    QLineEdit *box = m_list->searchBox();
    box->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(box, &QLineEdit::customContextMenuRequested, this, [box, concordance](const QPoint &at) {
        const std::unique_ptr<QMenu> menu(box->createStandardContextMenu());
        menu->setObjectName(QStringLiteral("searchBoxMenu"));
        menu->addSeparator();
        menu->addAction(concordance);
        menu->exec(box->mapToGlobal(at));
    });
}

void AnalysisActions::showConcordance()
{
    auto *dialog = new ConcordanceDialog(m_session, m_jobs, m_reader->scriptMode(), m_list->model()->filter(),
                                         m_list->searchBox()->text(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConcordanceDialog::placeRequested, this, &AnalysisActions::placeRequested);
    dialog->show();
}

void AnalysisActions::showTimeline()
{
    auto *dialog = new TimelineDialog(m_session, m_jobs, m_list->model()->filter(),
                                      m_list->searchBox()->text(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TimelineDialog::articlesRequested, this, &AnalysisActions::listArticles);
    dialog->show();
}

void AnalysisActions::showCooccurrence()
{
    auto *dialog = new CooccurrenceDialog(m_session, m_jobs, m_list->model()->filter(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CooccurrenceDialog::articlesRequested, this, &AnalysisActions::listArticles);
    dialog->show();
}

void AnalysisActions::showAgreement()
{
    auto *dialog = new AgreementDialog(m_session, m_jobs, m_list->model()->filter(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgreementDialog::placeRequested, this, &AnalysisActions::placeRequested);
    dialog->show();
}

void AnalysisActions::listArticles(const QList<qint64> &ids, const QString &description)
{
    m_list->setArticleSet(ids, description);
    m_list->selectArticle(0);
}

} // namespace Pizhu
