// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Pizhu {

class ArticleListPane;
class CorpusSession;
class JobRunner;
class ReaderView;

/**
 * The analysis entries of the Tools menu: concordance, counts over time, co-occurrence and coder
 * agreement. Each dialog starts from what the window shows (the search box's words, the articles
 * listed, the reader's script); what a dialog points at (a passage, a set of articles) is shown
 * in the window.
 */
class AnalysisActions : public QObject
{
    Q_OBJECT

public:
    AnalysisActions(CorpusSession &session, JobRunner *jobs, ArticleListPane *list, ReaderView *reader,
                    QWidget *window);

    void addTo(QMenu *tools);
    void showConcordance();
    void showTimeline();
    void showCooccurrence();
    void showAgreement();

Q_SIGNALS:
    /** A dialog asks for \a articleId to be opened with \a span selected. */
    void placeRequested(qint64 articleId, const TextSpan &span);

private:
    void offerInSearchBox(QAction *concordance);
    void listArticles(const QList<qint64> &ids, const QString &description);

    CorpusSession &m_session;
    JobRunner *m_jobs;
    ArticleListPane *m_list;
    ReaderView *m_reader;
    QWidget *m_window;
};

} // namespace Pizhu
