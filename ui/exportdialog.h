// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/articlelistquery.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Pizhu {

class ExportJob;

/**
 * File → Export…: which table (annotations, entities, articles, matrix), the script of quoted
 * text, the byte-order mark, whether only the articles listed, and the file. The export itself is a job for
 * the window's runner, so a large export does not freeze the window.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &corpusPath, bool byteOrderMark, QWidget *parent = nullptr);

    /**
     * Offers to export only the \a count articles the list shows (\a listed: its search and
     * filters, a saved set...) instead of the whole corpus; \a count is -1 while not counted yet.
     */
    void offerListed(const ArticleFilter &listed, int count);

    /** The export chosen (after the dialog was accepted), to run on a JobRunner. */
    std::unique_ptr<ExportJob> createJob() const;
    QString outputPath() const;

private:
    void chooseFile();

    QString m_corpusPath;
    QComboBox *m_table;
    QComboBox *m_script;
    QCheckBox *m_bom;
    QCheckBox *m_byCoder;
    QCheckBox *m_listedOnly;
    ArticleFilter m_listed;
    QLineEdit *m_file;
};

} // namespace Pizhu
