// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/concordance.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace Pizhu {

class ConcordanceModel;
class CorpusJob;
class CorpusSession;
class JobRunner;

/**
 * Tools → Concordance: every hit of a query in the corpus (or in the articles listed) with its
 * context, in the reader's script; sorted by the context before or after the hit, by date, outlet
 * or title; a row opens the article with the hit selected; chosen rows can be tagged (the hits,
 * or their sentences) in one undoable step, and the whole concordance saved as CSV.
 */
class ConcordanceDialog : public QDialog
{
    Q_OBJECT

public:
    ConcordanceDialog(CorpusSession &session, JobRunner *jobs, ScriptMode script, ArticleFilter listed,
                      const QString &query, QWidget *parent = nullptr);

    ConcordanceModel *model() const { return m_model; }
    /** Finds the hits of the query shown, in the order chosen. */
    void find();
    void setSort(Concordance::Sort sort);
    /** Tags the chosen rows' hits (or their sentences) with \a tagId; how many passages were made. */
    int tagChosen(qint64 tagId, bool sentences);
    /** Saves every line (all of them, sorted as shown) to \a path as CSV. */
    void exportTo(const QString &path);

Q_SIGNALS:
    void placeRequested(qint64 articleId, const Pizhu::TextSpan &span);

private:
    Concordance::Options options() const;
    void showJobResult(CorpusJob *job, bool ok);
    void updateStatus();

    CorpusSession &m_session;
    JobRunner *m_jobs;
    ScriptMode m_script;
    ArticleFilter m_listed;
    QLineEdit *m_query;
    QSpinBox *m_width;
    QComboBox *m_sort;
    QCheckBox *m_onlyListed;
    QCheckBox *m_sentences;
    QTableView *m_view;
    QLabel *m_status;
    ConcordanceModel *m_model;
    CorpusJob *m_running = nullptr;
    QString m_exportPath; ///< where the running job's lines go, when it is an export
};

} // namespace Pizhu
