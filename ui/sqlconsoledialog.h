// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/readonlyquery.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace Pizhu {

class QueryResultModel;

/**
 * Tools → SQL Console: ad-hoc SQL over the corpus on a read-only connection (the schema is in the
 * README). Results show in a table and can be exported as CSV; recent queries are kept.
 */
class SqlConsoleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SqlConsoleDialog(const QString &corpusPath, QWidget *parent = nullptr);
    ~SqlConsoleDialog() override;

    void setQuery(const QString &sql);
    /** Runs the query in the editor and shows its rows or why it did not run. */
    void runQuery();
    /** Writes the shown rows to \a path as CSV; false with a message on failure. */
    bool exportResult(const QString &path);

private:
    void chooseExportFile();
    void remember(const QString &sql);

    ReadOnlyQuery m_query;
    QueryResultModel *m_model;
    QPlainTextEdit *m_editor;
    QComboBox *m_history;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace Pizhu
