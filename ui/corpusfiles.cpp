// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfiles.h"

#include "mainwindow.h"
#include "preferences.h"
#include "store/corpusdatabase.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace Pizhu {

namespace {

constexpr int MaxRecent = 8;
const QString corpusFilter = QStringLiteral("*.pizhu");

} // namespace

void CorpusFiles::remember(const QString &path)
{
    QStringList recent = Preferences::recentCorpora.value();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Preferences::recentCorpora.setValue(recent.mid(0, MaxRecent));
}

MainWindow *CorpusFiles::open(const QString &path, QWidget *parent)
{
    // An empty file holds nothing to lose, but may not be meant for a corpus: ask, never assume.
    const QFileInfo info(path);
    if (info.isFile() && info.size() == 0 &&
        QMessageBox::question(parent, tr("Open Corpus"),
                              tr("%1 is an empty file, not a corpus. Make a new corpus in it?")
                                  .arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return nullptr;
    auto corpus = std::make_unique<CorpusDatabase>();
    if (!corpus->open(path)) {
        QMessageBox::critical(parent, tr("Open Corpus"),
                              tr("The corpus cannot be opened, and the file was left as it is.\n\n%1")
                                  .arg(corpus->errorString()));
        return nullptr;
    }
    remember(path);
    auto *window = new MainWindow(std::move(corpus));
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

void CorpusFiles::replace(MainWindow *current, MainWindow *next)
{
    if (!next)
        return;
    next->show();
    if (current)
        current->close();
}

void CorpusFiles::chooseNew(MainWindow *current)
{
    QString path = QFileDialog::getSaveFileName(current, tr("New Corpus"),
                                                QDir::home().filePath(QStringLiteral("corpus.pizhu")),
                                                tr("Pizhu corpora (%1)").arg(corpusFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pizhu");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            current, tr("New Corpus"),
            tr("%1 exists already. Choose Open Corpus to open it, or another name.").arg(path));
        return;
    }
    replace(current, open(path, current));
}

void CorpusFiles::chooseExisting(MainWindow *current)
{
    const QString path = QFileDialog::getOpenFileName(
        current, tr("Open Corpus"), QString(), tr("Pizhu corpora (%1);;All files (*)").arg(corpusFilter));
    if (!path.isEmpty())
        replace(current, open(path, current));
}

void CorpusFiles::fillRecentMenu(QMenu *menu, MainWindow *current)
{
    menu->clear();
    const QStringList recent = Preferences::recentCorpora.value();
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        menu->addAction(QDir::toNativeSeparators(path), current,
                        [current, path] { replace(current, open(path, current)); });
    }
    menu->setEnabled(!menu->isEmpty());
}

} // namespace Pizhu
