// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Pizhu {

class ExportJob;

/**
 * File → Export…: which table (annotations, entities, articles, matrix), the script of quoted
 * text, the byte-order mark, and the file. The export itself is a job for the window's runner, so a
 * large export does not freeze the window.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &corpusPath, bool byteOrderMark, QWidget *parent = nullptr);

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
    QLineEdit *m_file;
};

} // namespace Pizhu
