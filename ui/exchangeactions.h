// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Pizhu {

class CorpusJob;
class CorpusSession;
class JobRunner;
struct CodingPackage;

/**
 * Coding to and from elsewhere, in the File menu: export the corpus as a REFI-QDA project (.qdpx)
 * or its codebook (.qdc), import one from another QDA tool, and merge another coder's Pizhu corpus.
 * Imports and merges are one undoable step each; what could not be taken is listed.
 */
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(CorpusSession &session, JobRunner *jobs, QWidget *window);

    void addTo(QMenu *file);
    void exportProject(const QString &path, bool codebookOnly);
    /** Imports the project or codebook at \a path; false (after saying why) if it was refused. */
    bool importProject(const QString &path);
    /** Merges the coder's corpus at \a path; false (after saying why) if it was refused. */
    bool mergeCoderCorpus(const QString &path);

private:
    bool merge(const CodingPackage &package, const QString &source);
    void reportExport(CorpusJob *job, bool ok);

    CorpusSession &m_session;
    JobRunner *m_jobs;
    QWidget *m_window;
};

} // namespace Pizhu
