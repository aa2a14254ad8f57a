// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "text/scriptconverter.h"

#include <QMainWindow>
#include <memory>

class QSplitter;

namespace Pizhu {

class AnnotationDock;
class ArticleActions;
class ArticleSetActions;
class PrintActions;
class CoderActions;
class AnalysisActions;
class ArticleListPane;
class CorpusDatabase;
class CorpusFileActions;
class CorpusSession;
class EntityActions;
class EntityDock;
class MemoDock;
class SortOrderActions;
class ExchangeActions;
class JobRunner;
class TagDock;
class TaggingController;
class ReaderAppearance;
class ReaderPane;
class ReaderView;
class ScriptSwitcher;

/** The main window: the article list beside the reader. It lays out and wires; the work is elsewhere. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Shows the corpus \a corpus, which must be open; the window takes ownership. */
    explicit MainWindow(std::unique_ptr<CorpusDatabase> corpus, QWidget *parent = nullptr);
    ~MainWindow() override;

    CorpusDatabase &corpus() const { return *m_corpus; }
    CorpusSession &session() const { return *m_session; }
    /** What Help → About says: the versions of Pizhu, Qt, OpenCC and SQLite, and the corpus. */
    QString aboutText() const;
    TaggingController *tagging() const { return m_tagging; }
    EntityDock *entityDock() const { return m_entityDock; }
    /** Runs the window's long work (import aside): backfill, re-extraction, export, backup. */
    JobRunner *jobRunner() const { return m_jobs; }

    /** Imports \a paths (files or folders) into the open corpus, showing progress. */
    void importPaths(const QStringList &paths);
    /** Shows articles in \a mode, from the menu, the toolbar or code alike; the choice is kept. */
    void setScriptMode(ScriptMode mode);

    /** Applies the stored preferences (script, reader font, coder) to this window. */
    void applyPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createCodebookMenu();
    void createToolsMenu();
    void createHelpMenu();
    /** Opens \a articleId (even if the list is filtered) and selects \a span, if not empty. */
    void showPlace(qint64 articleId, const TextSpan &span);
    void createGoMenu();
    void showPreferences();
    void restoreLayout();
    void createDocks();
    void filterByTag(qint64 tagId, bool without);
    void showArticle(qint64 id);
    void updateWindowTitle();
    void updateStatus();
    void showAbout();

    std::unique_ptr<CorpusDatabase> m_corpus;
    CorpusSession *m_session = nullptr;
    JobRunner *m_jobs = nullptr;
    TagDock *m_tagDock = nullptr;
    AnnotationDock *m_annotationDock = nullptr;
    TaggingController *m_tagging = nullptr;
    CoderActions *m_coders = nullptr;
    ArticleActions *m_articleActions = nullptr;
    ArticleSetActions *m_articleSets = nullptr;
    EntityDock *m_entityDock = nullptr;
    MemoDock *m_memoDock = nullptr;
    SortOrderActions *m_sortOrder = nullptr;
    EntityActions *m_entityActions = nullptr;
    ArticleListPane *m_list = nullptr;
    ReaderPane *m_readerPane = nullptr;
    ReaderView *m_reader = nullptr;
    ReaderAppearance *m_appearance = nullptr;
    QSplitter *m_splitter = nullptr;
    ScriptSwitcher *m_scripts = nullptr;
    CorpusFileActions *m_files = nullptr;
    ExchangeActions *m_exchange = nullptr;
    AnalysisActions *m_analysis = nullptr;
    PrintActions *m_print = nullptr;
    QString m_searchError; ///< why the search typed cannot be run, if it cannot
};

} // namespace Pizhu
