// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeactions.h"

#include "editing/corpussession.h"
#include "exchange/codercorpusreader.h"
#include "exchange/qdpxexportjob.h"
#include "exchange/qdpxreader.h"
#include "jobrunner.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Pizhu {

ExchangeActions::ExchangeActions(CorpusSession &session, JobRunner *jobs, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_jobs(jobs)
    , m_window(window)
{
    connect(m_jobs, &JobRunner::jobFinished, this, &ExchangeActions::reportExport);
}

void ExchangeActions::addTo(QMenu *file)
{
    QAction *exportProject = file->addAction(tr("Export REFI-QDA &Project…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Export REFI-QDA Project"),
                                         QStringLiteral("project.qdpx"), tr("REFI-QDA projects (*.qdpx)"));
        if (!path.isEmpty())
            this->exportProject(path, false);
    });
    exportProject->setObjectName(QStringLiteral("actionExportQdpx"));
    QAction *exportCodebook = file->addAction(tr("Export REFI-QDA Co&debook…"), this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Export REFI-QDA Codebook"),
                                         QStringLiteral("codebook.qdc"), tr("REFI-QDA codebooks (*.qdc)"));
        if (!path.isEmpty())
            this->exportProject(path, true);
    });
    exportCodebook->setObjectName(QStringLiteral("actionExportQdc"));
    QAction *importProject = file->addAction(tr("Import REFI-QDA Pro&ject…"), this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(m_window, tr("Import REFI-QDA Project"), QString(),
                                         tr("REFI-QDA projects and codebooks (*.qdpx *.qdc)"));
        if (!path.isEmpty())
            this->importProject(path);
    });
    importProject->setObjectName(QStringLiteral("actionImportQdpx"));
    QAction *mergeCoder = file->addAction(tr("&Merge Coder's Corpus…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Merge Coder's Corpus"), QString(),
                                                          tr("Pizhu corpora (*.pizhu)"));
        if (!path.isEmpty())
            mergeCoderCorpus(path);
    });
    mergeCoder->setObjectName(QStringLiteral("actionMergeCoder"));
}

void ExchangeActions::exportProject(const QString &path, bool codebookOnly)
{
    m_jobs->start(std::make_unique<QdpxExportJob>(path, codebookOnly));
}

void ExchangeActions::reportExport(CorpusJob *job, bool ok)
{
    const auto *exported = dynamic_cast<QdpxExportJob *>(job);
    if (exported && !ok)
        QMessageBox::warning(m_window, tr("Export"), job->errorString());
}

bool ExchangeActions::importProject(const QString &path)
{
    QdpxReader reader;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = reader.read(path);
    QApplication::restoreOverrideCursor();
    if (!read) {
        QMessageBox::warning(
            m_window, tr("Import REFI-QDA Project"),
            tr("%1 was not imported; nothing was changed:\n\n%2")
                .arg(QDir::toNativeSeparators(path), reader.errors().join(QLatin1Char('\n'))));
        return false;
    }
    return merge(reader.package(), QFileInfo(path).fileName());
}

bool ExchangeActions::mergeCoderCorpus(const QString &path)
{
    CoderCorpusReader reader;
    if (!reader.read(path)) {
        QMessageBox::warning(
            m_window, tr("Merge Coder's Corpus"),
            tr("%1 was not merged: %2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return false;
    }
    return merge(reader.package(), QFileInfo(path).fileName());
}

bool ExchangeActions::merge(const CodingPackage &package, const QString &source)
{
    MergeResult result;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool merged = m_session.mergeCoding(package, source, &result);
    QApplication::restoreOverrideCursor();
    if (!merged)
        return false; // the session has said why (editFailed)
    QString text = tr("From %1: %2.").arg(source, result.summary());
    if (!result.notMapped.isEmpty())
        text += QStringLiteral("\n\n") + tr("Left out:") + QStringLiteral("\n• ") +
                result.notMapped.join(QStringLiteral("\n• "));
    text += QStringLiteral("\n\n") + tr("Edit → Undo takes it all out again.");
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Coding Merged"), text, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("mergeReport"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    return true;
}

} // namespace Pizhu
