// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpusjob.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QStatusBar;
class QWidget;

namespace Pizhu {

class ArticleListModel;
class CorpusDatabase;
class JobRunner;

/**
 * What the window does with files for the open corpus: import (chosen files or a folder, or
 * dropped ones; progress in a dialog and in the status bar), export to CSV, and back up. The work
 * runs as jobs of models/ on the window's JobRunner; this asks for files, starts them and reports.
 */
class CorpusFileActions : public QObject
{
    Q_OBJECT

public:
    CorpusFileActions(CorpusDatabase &corpus, JobRunner *jobs, QWidget *window, QStatusBar *statusBar);

    /** The list whose articles an export may be limited to. */
    void setArticleList(const ArticleListModel *list) { m_list = list; }
    /** Puts import, back-up, check and export into \a file (the File menu). */
    void addTo(QMenu *file);
    void chooseFilesToImport();
    void chooseFolderToImport();
    /** Imports \a paths (files or folders) into the corpus on a worker thread, showing progress. */
    void importPaths(const QStringList &paths);
    void exportCsv();
    void backUpCorpus();
    /** Checks the corpus for damage as a job; the report comes in a message box. */
    void checkCorpus();

Q_SIGNALS:
    /** An import added \a count articles (emitted only when it added some). */
    void articlesImported(int count);

private:
    void reportJob(Pizhu::CorpusJob *job, bool ok);

    CorpusDatabase &m_corpus;
    JobRunner *m_jobs;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    const ArticleListModel *m_list = nullptr;
};

} // namespace Pizhu
