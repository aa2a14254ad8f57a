// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Pizhu {

/**
 * File → Export…: which table (annotations, entities, articles, matrix), the script of quoted
 * text, the byte-order mark, and the file. The export runs on a worker thread with its own
 * connection and a progress dialog, so a large export does not freeze the window.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &corpusPath, bool byteOrderMark, QWidget *parent = nullptr);

    /** Runs the chosen export (after the dialog was accepted); false with a message shown on failure. */
    bool runExport();
    QString outputPath() const;

private:
    void chooseFile();

    QString m_corpusPath;
    QComboBox *m_table;
    QComboBox *m_script;
    QCheckBox *m_bom;
    QLineEdit *m_file;
};

} // namespace Pizhu
