// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/corpuslocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Pizhu {

class CorpusJob;
class JobRunner;
class QueryResultModel;

/**
 * Tools → SQL Console: ad-hoc SQL over the corpus on a read-only connection (the schema is in the
 * README). A query runs as a job on a runner of the console's own, so the window stays live and
 * Stop ends it part-way. Results show in a table and can be exported as CSV; recent queries are kept.
 */
class SqlConsoleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SqlConsoleDialog(const CorpusLocation &corpus, QWidget *parent = nullptr);
    ~SqlConsoleDialog() override;

    void setQuery(const QString &sql);
    /** Starts the query in the editor; its rows, or why it did not run, show when it ends. */
    void runQuery();
    /** Stops the running query. */
    void stopQuery();
    bool isRunning() const;
    /** Writes the shown rows to \a path as CSV; false with a message on failure. */
    bool exportResult(const QString &path);

private:
    void chooseExportFile();
    void remember(const QString &sql);
    void showResult(CorpusJob *job);

    JobRunner *m_jobs;
    QueryResultModel *m_model;
    QPlainTextEdit *m_editor;
    QComboBox *m_history;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_run;
};

} // namespace Pizhu
