// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class QMenu;
class QWidget;

namespace Pizhu {

class CorpusDatabase;
class MainWindow;

/**
 * Opening corpora from the window: New…, Open…, Open Team Corpus…, and the Recent menu. A corpus opens in a
 * new main window that replaces the old one. A file that is not a Pizhu corpus, is locked, is read-only or
 * has a newer schema is refused with the reason, and left untouched.
 */
class CorpusFiles
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusFiles)

public:
    /** Opens (or, if \a create, creates) the corpus at \a path in a new window; nullptr after saying why not.
     */
    static MainWindow *open(const QString &path, QWidget *parent);
    static void chooseNew(MainWindow *current);
    static void chooseExisting(MainWindow *current);
    /**
     * Opens the team corpus at the libpq address \a text in a new window, asking for a password
     * when the server wants one libpq does not find; nullptr after saying why not.
     */
    static MainWindow *openTeam(const QString &text, QWidget *parent);
    /** Asks for a team corpus's address (TeamCorpusDialog) and opens it. */
    static void chooseTeam(MainWindow *current);
    /** Fills \a menu with the recent corpora, each opening on click. */
    static void fillRecentMenu(QMenu *menu, MainWindow *current);
    /** A new window on the open \a corpus, closing with it, and the corpus first in the recent list. */
    static MainWindow *windowFor(std::unique_ptr<CorpusDatabase> corpus);
    /** Puts \a path first in the recent list. */
    static void remember(const QString &path);

private:
    static void replace(MainWindow *current, MainWindow *next);
};

} // namespace Pizhu
