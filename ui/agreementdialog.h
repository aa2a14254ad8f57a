// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "search/articlelistquery.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace Pizhu {

class AgreementStudy;
class AgreementTableModel;
class CorpusJob;
class CorpusSession;
class DisagreementListModel;
class JobRunner;

/**
 * Tools → Coder Agreement: choose two or more coders, the tags (all they used, or some) and the
 * articles (all, or those the list shows now); the figures come per tag and for all together,
 * computed in the background, with every place the coders disagree, which opens in the reader.
 * The reliability data behind the figures can be saved as CSV to recompute them elsewhere.
 */
class AgreementDialog : public QDialog
{
    Q_OBJECT

public:
    AgreementDialog(CorpusSession &session, JobRunner *jobs, ArticleFilter listed, QWidget *parent = nullptr);
    ~AgreementDialog() override;

    /** Starts the computation for what the dialog shows chosen. */
    void compute();
    AgreementTableModel *figures() const { return m_figures; }
    DisagreementListModel *disagreements() const { return m_disagreements; }
    /** Saves the reliability data of the last computation (CSV, units by coders). */
    bool saveRawData(const QString &path, bool characters);

Q_SIGNALS:
    /** The user asked to see a disagreement: \a span of the article, or the whole article if empty. */
    void placeRequested(qint64 articleId, const Pizhu::TextSpan &span);

private:
    void showResult(CorpusJob *job, bool ok);
    QStringList chosenCoders() const;
    QList<qint64> chosenTags() const;

    CorpusSession &m_session;
    JobRunner *m_jobs;
    ArticleFilter m_listed;
    QListWidget *m_coders;
    QListWidget *m_tags;
    QCheckBox *m_onlyListed;
    QPushButton *m_compute;
    QLabel *m_status;
    AgreementTableModel *m_figures;
    DisagreementListModel *m_disagreements;
    QTableView *m_figureView;
    QTableView *m_disagreementView;
    std::shared_ptr<AgreementStudy> m_study;
    CorpusJob *m_running = nullptr;
};

} // namespace Pizhu
