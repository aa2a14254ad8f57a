// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Pizhu {

class ArticleListPane;
class CorpusJob;
class CorpusSession;
class JobRunner;
class EntityDock;

/**
 * The corpus-wide entity actions of the Tools menu: the table of entities in the corpus,
 * re-extraction, which keeps every correction, and adapting the entity model to the corpus. Also narrows the
 * article list to the articles that mention an entity when the dock or the table asks for it.
 */
class EntityActions : public QObject
{
    Q_OBJECT

public:
    EntityActions(CorpusSession &session, JobRunner *jobs, ArticleListPane *list, EntityDock *dock,
                  QWidget *window);

    void addTo(QMenu *tools);
    void showCorpusEntities();
    /** Extracts every article again, keeping the corrections, on the window's job runner. */
    void reextractCorpus();
    /** Adapts the entity model to the corpus's corrections and extracts again (AdaptModelJob). */
    void adaptModel();
    void listArticlesMentioning(const QString &type, const QString &key, const QString &name);

private:
    /** Tells what an adaptation changed, in the status bar, or why it failed. */
    void reportAdaptation(CorpusJob *job, bool ok);

    CorpusSession &m_session;
    JobRunner *m_jobs;
    ArticleListPane *m_list;
    QWidget *m_window;
};

} // namespace Pizhu
