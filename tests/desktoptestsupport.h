// SPDX-License-Identifier: GPL-3.0-or-later
// What every test of the desktop program starts from.
#pragma once

#include "articlelistpane.h"
#include "ingest/samplecorpus.h"
#include "itemmodels/itemroles.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "preferences.h"
#include "store/corpusdatabase.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <memory>

namespace Pizhu::TestSupport {

/**
 * Settings and data in throw-away test locations, nothing remembered but a coder's name (so that
 * the first edit does not stop to ask for one), the English interface.
 */
inline void prepareDesktopTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Preferences::coderName.setValue(QStringLiteral("tester"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

/**
 * A main window on the corpus at \a path, shown; a new file is filled with the five samples as
 * on a first start (unless \a withSamples is false). Null when the corpus cannot be opened.
 */
inline std::unique_ptr<MainWindow> openWindowOn(const QString &path, bool withSamples = true)
{
    auto corpus = std::make_unique<CorpusDatabase>();
    if (!(withSamples ? SampleCorpus::openWithSamplesIfNew(*corpus, path) : corpus->open(path)))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(corpus));
    window->show();
    return window;
}

/**
 * Selects, in \a window's article list, the one article whose title starts with \a titleStart, as
 * a click would; its id, or 0 when not exactly one title starts so.
 */
inline qint64 selectArticleTitled(MainWindow *window, const QString &titleStart)
{
    QTreeView *view = window->findChild<ArticleListPane *>()->view();
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, titleStart, 2, Qt::MatchStartsWith);
    if (found.size() != 1)
        return 0;
    view->setCurrentIndex(found.first());
    return found.first().data(ArticleIdRole).toLongLong();
}

/** Answers the next message box with \a button, recording its text in \a text. */
inline void answerMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        box->button(button)->click();
    });
}

} // namespace Pizhu::TestSupport
