// SPDX-License-Identifier: GPL-3.0-or-later
#include "printactions.h"

#include "articleprintout.h"
#include "readerview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Pizhu {

PrintActions::PrintActions(CorpusSession &session, ReaderView *reader, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_reader(reader)
    , m_window(window)
    , m_print(new QAction(tr("&Print Article…"), this))
    , m_pdf(new QAction(tr("Export Article as P&DF…"), this))
{
    m_print->setObjectName(QStringLiteral("actionPrintArticle"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(
        tr("Prints the article as shown, with its passages, notes and a legend of the tags."));
    connect(m_print, &QAction::triggered, this, &PrintActions::print);
    m_pdf->setObjectName(QStringLiteral("actionExportArticlePdf"));
    connect(m_pdf, &QAction::triggered, this, &PrintActions::exportPdf);
    articleChanged();
}

void PrintActions::addTo(QMenu *file)
{
    file->addAction(m_print);
    file->addAction(m_pdf);
}

void PrintActions::articleChanged()
{
    m_print->setEnabled(m_reader->articleId() != 0);
    m_pdf->setEnabled(m_reader->articleId() != 0);
}

void PrintActions::print()
{
    if (m_reader->articleId() == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() == QDialog::Accepted)
        ArticlePrintout(m_session, *m_reader).print(&printer);
}

void PrintActions::exportPdf()
{
    if (m_reader->articleId() == 0)
        return;
    // The title names the file, without what file systems refuse.
    QString name = m_reader->article()->title.left(60);
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|\s]+)")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Article as PDF"),
                                                      QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    ArticlePrintout printout(m_session, *m_reader);
    if (!printout.writePdf(path))
        QMessageBox::warning(m_window, tr("Export Article as PDF"), printout.errorString());
}

} // namespace Pizhu
