// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/cooccurrence.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace Pizhu {

class CorpusJob;
class CorpusSession;
class CooccurrenceMatrixModel;
class CooccurrencePairModel;
class JobRunner;
class NetworkView;

/**
 * Tools → Co-occurrence: which people, organisations and tags occur together in the same article
 * or paragraph, as a network and as a table of pairs (count, PMI, Dice), for the whole corpus, the
 * articles listed or a period. A node, a line or a row lists its articles in the main window. The
 * network saves as a picture (PNG, SVG) or for other tools (GraphML, GEXF, CSV).
 */
class CooccurrenceDialog : public QDialog
{
    Q_OBJECT

public:
    CooccurrenceDialog(CorpusSession &session, JobRunner *jobs, ArticleFilter listed,
                       QWidget *parent = nullptr);
    ~CooccurrenceDialog() override;

    NetworkView *view() const { return m_view; }
    CooccurrencePairModel *pairModel() const { return m_pairs; }
    CooccurrenceMatrixModel *matrixModel() const { return m_matrix; }
    bool isCounting() const { return m_running != nullptr; }
    /** The options the dialog shows, as the next count uses them. */
    Cooccurrence::Options options() const;
    /** Counts again, in the background, with the options shown. */
    void count();
    void requestNodeArticles(int node);
    void requestEdgeArticles(int edge);
    /** Saves the picture (.png, .svg) or the network (.graphml, .gexf, .csv: the pairs) by the suffix. */
    bool saveTo(const QString &path, QString *error);
    /** Saves the matrix of the nodes as CSV. */
    bool saveMatrix(const QString &path, QString *error);

Q_SIGNALS:
    void articlesRequested(const QList<qint64> &ids, const QString &description);

private:
    QLayout *buildOptions();
    void showJobResult(CorpusJob *job, bool ok);

    CorpusSession &m_session;
    JobRunner *m_jobs;
    ArticleFilter m_listed;
    QCheckBox *m_people;
    QCheckBox *m_organisations;
    QCheckBox *m_tags;
    QComboBox *m_unit;
    QSpinBox *m_top;
    QSpinBox *m_minCount;
    QCheckBox *m_onlyListed;
    QCheckBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTabWidget *m_tabs;
    NetworkView *m_view;
    QTableView *m_table;
    QTableView *m_matrixView;
    CooccurrencePairModel *m_pairs;
    CooccurrenceMatrixModel *m_matrix;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_status;
    CorpusJob *m_running = nullptr;
    std::unique_ptr<Cooccurrence> m_counted; ///< the last count, which knows each node's articles
};

} // namespace Pizhu
