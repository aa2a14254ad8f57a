// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfileactions.h"

#include "exchange/backupjob.h"
#include "export/exportjob.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "itemmodels/articlelistmodel.h"
#include "jobrunner.h"
#include "preferences.h"
#include "store/corpuscheckjob.h"
#include "store/corpusdatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

namespace Pizhu {

CorpusFileActions::CorpusFileActions(CorpusDatabase &corpus, JobRunner *jobs, QWidget *window,
                                     QStatusBar *statusBar)
    : QObject(window)
    , m_corpus(corpus)
    , m_jobs(jobs)
    , m_window(window)
    , m_statusBar(statusBar)
{
    connect(m_jobs, &JobRunner::jobFinished, this, &CorpusFileActions::reportJob);
}

void CorpusFileActions::addTo(QMenu *file)
{
    QAction *importFiles =
        file->addAction(tr("&Import Files…"), this, &CorpusFileActions::chooseFilesToImport);
    importFiles->setObjectName(QStringLiteral("actionImportFiles"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importFolder =
        file->addAction(tr("Import &Folder…"), this, &CorpusFileActions::chooseFolderToImport);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    QAction *backup = file->addAction(tr("&Back Up Corpus…"), this, &CorpusFileActions::backUpCorpus);
    backup->setObjectName(QStringLiteral("actionBackUp"));
    QAction *check = file->addAction(tr("&Check Corpus…"), this, &CorpusFileActions::checkCorpus);
    check->setObjectName(QStringLiteral("actionCheckCorpus"));
    QAction *exportAction = file->addAction(tr("&Export to CSV…"), this, &CorpusFileActions::exportCsv);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
}

void CorpusFileActions::chooseFilesToImport()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(m_window, tr("Import Files"), QString(),
                                      tr("News articles (*.txt *.html *.htm *.csv *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void CorpusFileActions::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void CorpusFileActions::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_corpus.location(), paths, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The status bar shows the import's progress too, so it can run behind other windows.
    auto *progress = new QProgressBar;
    progress->setObjectName(QStringLiteral("statusImportProgress"));
    progress->setMaximumWidth(200);
    progress->setRange(0, 0);
    m_statusBar->addPermanentWidget(progress);
    connect(dialog, &ImportDialog::progressed, progress, [progress](int permille) {
        progress->setRange(0, 1000);
        progress->setValue(permille);
        progress->setFormat(tr("Import %p%"));
    });
    connect(dialog, &QObject::destroyed, progress, &QObject::deleteLater);
    connect(dialog, &ImportDialog::articlesImported, progress, &QObject::deleteLater);
    connect(dialog, &ImportDialog::articlesImported, this, [this](int count) {
        if (count > 0)
            Q_EMIT articlesImported(count);
    });
    dialog->start();
}

void CorpusFileActions::exportCsv()
{
    ExportDialog dialog(m_corpus.path(), Preferences::csvByteOrderMark.value(), m_window);
    if (m_list)
        dialog.offerListed(m_list->filter(), m_list->totalCount());
    if (dialog.exec() == QDialog::Accepted)
        m_jobs->start(dialog.createJob());
}

void CorpusFileActions::backUpCorpus()
{
    const CorpusLocation where = m_corpus.location();
    // A team corpus is backed up as a copy to a corpus file (the server's own is pg_dump).
    const QString base = where.isTeam() ? QDir::home().filePath(where.address().database()) : where.path();
    const QString suggested = base + QStringLiteral("-") +
                              QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                              QStringLiteral(".pizhu");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Corpus"), suggested,
                                                      tr("Pizhu corpora (*.pizhu)"));
    if (path.isEmpty())
        return;
    m_jobs->start(std::make_unique<BackupJob>(path));
}

void CorpusFileActions::checkCorpus()
{
    m_jobs->start(std::make_unique<CorpusCheckJob>());
}

void CorpusFileActions::reportJob(CorpusJob *job, bool ok)
{
    if (const auto *exported = dynamic_cast<const ExportJob *>(job)) {
        if (ok)
            m_statusBar->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(exported->path())),
                                     6000);
        else
            QMessageBox::warning(m_window, tr("Export"), job->errorString());
    } else if (const auto *backup = dynamic_cast<const BackupJob *>(job)) {
        if (ok)
            m_statusBar->showMessage(
                tr("Backed up to %1").arg(QDir::toNativeSeparators(backup->destination())), 6000);
        else
            QMessageBox::warning(m_window, tr("Back Up Corpus"), job->errorString());
    } else if (const auto *check = dynamic_cast<const CorpusCheckJob *>(job)) {
        // Non-modal, so a test or a busy researcher can go on; it deletes itself when closed.
        auto *box = new QMessageBox(
            ok && check->problems().isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
            tr("Check Corpus"), ok ? check->report() : job->errorString(), QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("checkReport"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

} // namespace Pizhu
