// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfiles.h"

#include "mainwindow.h"
#include "preferences.h"
#include "store/corpusdatabase.h"
#include "store/teamaddress.h"
#include "teamcorpusdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
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
    // A team corpus is remembered by its address, which the window holds without secrets.
    const QString absolute = TeamAddress::isTeamAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    Preferences::recentCorpora.setValue(recent.mid(0, MaxRecent));
}

MainWindow *CorpusFiles::windowFor(std::unique_ptr<CorpusDatabase> corpus)
{
    remember(corpus->path());
    auto *window = new MainWindow(std::move(corpus));
    window->setAttribute(Qt::WA_DeleteOnClose);
    return window;
}

MainWindow *CorpusFiles::open(const QString &path, QWidget *parent)
{
    if (TeamAddress::isTeamAddress(path))
        return openTeam(path, parent);
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
    return windowFor(std::move(corpus));
}

MainWindow *CorpusFiles::openTeam(const QString &text, QWidget *parent)
{
    QString error;
    const std::optional<TeamAddress> address = TeamAddress::parse(text, &error);
    auto corpus = std::make_unique<CorpusDatabase>();
    QString password;
    // The server may want a password that libpq does not find (~/.pgpass, PGPASSWORD): it is
    // asked for, kept only while the window is open, and asked again when refused.
    for (int asked = 0; address && !corpus->openTeam(*address, password); ++asked) {
        if (asked == 3 || !address->refusedForPassword(password)) {
            error = corpus->errorString();
            break;
        }
        bool ok = false;
        const QString prompt =
            asked == 0 ? tr("The server asks for the password of %1.").arg(address->label())
                       : tr("The password was not accepted. The password of %1:").arg(address->label());
        password =
            QInputDialog::getText(parent, tr("Open Team Corpus"), prompt, QLineEdit::Password, {}, &ok);
        if (!ok)
            return nullptr;
    }
    if (!corpus->isOpen()) {
        QMessageBox::critical(parent, tr("Open Team Corpus"),
                              tr("The team corpus cannot be opened.\n\n%1").arg(error));
        return nullptr;
    }
    return windowFor(std::move(corpus));
}

void CorpusFiles::chooseTeam(MainWindow *current)
{
    TeamCorpusDialog dialog(current);
    if (dialog.exec() == QDialog::Accepted)
        replace(current, openTeam(dialog.address(), current));
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
        QString error;
        const std::optional<TeamAddress> team =
            TeamAddress::isTeamAddress(path) ? TeamAddress::parse(path, &error) : std::nullopt;
        if (!team && !QFileInfo::exists(path))
            continue;
        QAction *action =
            menu->addAction(team ? tr("Team: %1").arg(team->label()) : QDir::toNativeSeparators(path),
                            current, [current, path] { replace(current, open(path, current)); });
        action->setToolTip(path);
    }
    menu->setEnabled(!menu->isEmpty());
}

} // namespace Pizhu
