// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "analysisactions.h"
#include "annotationdock.h"
#include "appearance.h"
#include "articleactions.h"
#include "articlelistpane.h"
#include "articlesetactions.h"
#include "chinesefonts.h"
#include "coderactions.h"
#include "corpusfileactions.h"
#include "corpusfiles.h"
#include "editing/corpussession.h"
#include "entityactions.h"
#include "entitydock.h"
#include "exchangeactions.h"
#include "findbar.h"
#include "ingest/backfilljob.h"
#include "itemmodels/annotationlistmodel.h"
#include "itemmodels/articlelistmodel.h"
#include "jobrunner.h"
#include "jobstatus.h"
#include "languagemanager.h"
#include "memodock.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "printactions.h"
#include "readerappearance.h"
#include "readerpane.h"
#include "readerview.h"
#include "scriptswitcher.h"
#include "sortorderactions.h"
#include "sqlconsoledialog.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"
#include "store/libraryversions.h"
#include "syntaxsupport.h"
#include "tagdock.h"
#include "taggingcontroller.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Pizhu {

MainWindow::MainWindow(std::unique_ptr<CorpusDatabase> corpus, QWidget *parent)
    : QMainWindow(parent)
    , m_corpus(std::move(corpus))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = new CorpusSession(*m_corpus, this);
    m_jobs = new JobRunner(m_corpus->location(), this);
    m_list = new ArticleListPane(*m_corpus);
    m_readerPane = new ReaderPane;
    m_reader = m_readerPane->reader();
    m_appearance = new ReaderAppearance(m_reader, this);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_readerPane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    connect(m_list, &ArticleListPane::currentArticleChanged, this, &MainWindow::showArticle);
    connect(m_list, &ArticleListPane::searchApplied, this, [this](const QString &error) {
        m_searchError = error;
        updateStatus();
    });
    connect(m_list->model(), &ArticleListModel::totalCountChanged, this, &MainWindow::updateStatus);

    setAcceptDrops(true);
    createDocks();
    m_files = new CorpusFileActions(*m_corpus, m_jobs, this, statusBar());
    m_files->setArticleList(m_list->model());
    m_sortOrder = new SortOrderActions(*m_corpus, m_jobs, this);
    // Titles in another order: the same articles, and as many.
    connect(m_sortOrder, &SortOrderActions::orderChanged, m_list,
            [this] { m_list->reload(ArticleListModel::Keep::Total); });
    m_exchange = new ExchangeActions(*m_session, m_jobs, this);
    m_analysis = new AnalysisActions(*m_session, m_jobs, m_list, m_reader, this);
    m_print = new PrintActions(*m_session, m_reader, this);
    connect(m_analysis, &AnalysisActions::placeRequested, this, &MainWindow::showPlace);
    statusBar()->addPermanentWidget(new JobStatus(m_jobs));
    // What a job wrote on its own connection, the window shows once it is done.
    connect(m_jobs, &JobRunner::jobFinished, m_session, &CorpusSession::checkForChangesElsewhere);
    // An import writes on its own connection; the session tells every view what it added.
    connect(m_files, &CorpusFileActions::articlesImported, m_session,
            &CorpusSession::checkForChangesElsewhere);
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createCodebookMenu();
    createGoMenu();
    createToolsMenu();
    createHelpMenu();
    updateWindowTitle();
    resize(1200, 760);
    applyPreferences();
    restoreLayout();
    m_list->selectArticle(0);
    updateStatus();
    // An older corpus opens at once; its articles are indexed and extracted in the background.
    if (BackfillJob::isNeeded(*m_corpus))
        m_jobs->start(std::make_unique<BackfillJob>());
    if (!m_corpus->migrationBackupPath().isEmpty())
        statusBar()->showMessage(
            tr("The corpus was upgraded to a new schema; a copy of it as it was is in %1")
                .arg(QDir::toNativeSeparators(m_corpus->migrationBackupPath())),
            15000);
}

MainWindow::~MainWindow()
{
    // The list keeps its search's hits in the corpus's connection, and drops them as it goes: it goes
    // first, as the window's other children go only after the corpus has been closed.
    delete m_list;
    m_list = nullptr;
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCorpus = file->addAction(tr("&New Corpus…"), this, [this] { CorpusFiles::chooseNew(this); });
    newCorpus->setObjectName(QStringLiteral("actionNewCorpus"));
    newCorpus->setShortcut(QKeySequence::New);
    QAction *openCorpus =
        file->addAction(tr("&Open Corpus…"), this, [this] { CorpusFiles::chooseExisting(this); });
    openCorpus->setObjectName(QStringLiteral("actionOpenCorpus"));
    openCorpus->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Team Corpus…"), this, [this] { CorpusFiles::chooseTeam(this); })
        ->setObjectName(QStringLiteral("actionOpenTeamCorpus"));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { CorpusFiles::fillRecentMenu(recent, this); });
    CorpusFiles::fillRecentMenu(recent, this);
    file->addSeparator();
    m_files->addTo(file);
    file->addSeparator();
    m_exchange->addTo(file);
    file->addSeparator();
    m_print->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_tagging->pickAction());
    QAction *preferences = edit->addAction(tr("Pr&eferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's key where it has one (Ctrl+Shift+, on KDE), else Ctrl+, as most Linux apps use.
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferenceKeys.isEmpty())
        preferenceKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    preferences->setShortcuts(preferenceKeys);
    edit->addSeparator();
    m_readerPane->findBar()->addTo(edit);
    edit->addSeparator();
    QAction *search = edit->addAction(tr("&Search Corpus"), this, [this] {
        m_list->searchBox()->setFocus();
        m_list->searchBox()->selectAll();
    });
    search->setObjectName(QStringLiteral("actionSearchCorpus"));
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::Key_Slash)});
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_scripts = new ScriptSwitcher(view->addMenu(tr("&Script")), this);
    connect(m_scripts, &ScriptSwitcher::modeChosen, this, &MainWindow::setScriptMode);

    m_appearance->addTo(view);
    m_sortOrder->addTo(view);
    view->addSeparator();
    m_coders->addTo(view, statusBar());
    view->addSeparator();
    view->addAction(m_tagDock->toggleViewAction());
    view->addAction(m_annotationDock->toggleViewAction());
    view->addAction(m_entityDock->toggleViewAction());
    view->addAction(m_memoDock->toggleViewAction());

    QToolBar *toolBar = addToolBar(tr("Reader"));
    toolBar->setObjectName(QStringLiteral("readerToolBar"));
    toolBar->addWidget(m_scripts->comboBox());
}

void MainWindow::createCodebookMenu()
{
    QMenu *codebook = menuBar()->addMenu(tr("&Codebook"));
    m_tagDock->addTo(codebook);
    codebook->addSeparator();
    m_annotationDock->addTo(codebook);
    codebook->addSeparator();
    m_memoDock->addTo(codebook);
}

void MainWindow::createGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *next = go->addAction(tr("&Next Article"), m_list, [this] { m_list->step(1); });
    next->setObjectName(QStringLiteral("actionNextArticle"));
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = go->addAction(tr("&Previous Article"), m_list, [this] { m_list->step(-1); });
    previous->setObjectName(QStringLiteral("actionPreviousArticle"));
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});
    QMenu *articles = menuBar()->addMenu(tr("&Articles"));
    m_articleActions->addTo(articles);
    articles->addSeparator();
    m_articleSets->addTo(articles);
}

void MainWindow::applyPreferences()
{
    setScriptMode(
        ScriptConverter::modeFromName(Preferences::readerScript.value()).value_or(ScriptMode::Original));
    QFont font = m_reader->font();
    const QString family = Preferences::readerFontFamily.value();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSize(Preferences::readerFontSize.value());
    m_reader->setReaderFont(font, family.isEmpty() ? ReaderView::FontFamily::ByScript
                                                   : ReaderView::FontFamily::AsGiven);
    if (const QString coder = Preferences::coderName.value(); !coder.isEmpty())
        m_session->setCoder(coder);
    m_appearance->applyPreferences();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    const QString language = Preferences::language.value();
    LanguageManager::instance().setLanguage(language.isEmpty() ? LanguageManager::systemLanguage()
                                                               : language);
    ChineseFonts::applyToApplication(LanguageManager::instance().currentLanguage());
    Appearance::apply(Appearance::modeFromName(Preferences::appearance.value()));
    applyPreferences();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(Preferences::windowGeometry.value());
    restoreState(Preferences::windowState.value());
    m_splitter->restoreState(Preferences::splitterState.value());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences::windowGeometry.setValue(saveGeometry());
    Preferences::windowState.setValue(saveState());
    Preferences::splitterState.setValue(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createToolsMenu()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *console = tools->addAction(tr("&SQL Console…"), this, [this] {
        auto *dialog = new SqlConsoleDialog(m_corpus->location(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    console->setObjectName(QStringLiteral("actionSqlConsole"));
    m_entityActions->addTo(tools);
    tools->addSeparator();
    m_analysis->addTo(tools);
}

void MainWindow::showPlace(qint64 articleId, const TextSpan &span)
{
    if (articleId != m_reader->articleId()) {
        m_list->selectArticle(articleId);
        if (m_reader->articleId() != articleId)
            showArticle(articleId); // not in the list as filtered: open it all the same
    }
    if (span.end > span.start)
        m_reader->selectOriginal(span);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pizhu"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createDocks()
{
    m_tagDock = new TagDock(*m_session, this);
    m_annotationDock = new AnnotationDock(*m_session, this);
    addDockWidget(Qt::RightDockWidgetArea, m_tagDock);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationDock);
    m_entityDock = new EntityDock(*m_session, m_reader, this);
    addDockWidget(Qt::RightDockWidgetArea, m_entityDock);
    tabifyDockWidget(m_annotationDock, m_entityDock);
    m_memoDock = new MemoDock(*m_session, this);
    addDockWidget(Qt::RightDockWidgetArea, m_memoDock);
    tabifyDockWidget(m_entityDock, m_memoDock);
    m_annotationDock->raise();
    m_entityActions = new EntityActions(*m_session, m_jobs, m_list, m_entityDock, this);
    m_tagging = new TaggingController(*m_session, m_reader, m_tagDock, m_annotationDock, this);
    m_coders = new CoderActions(*m_session, m_tagging, this);
    m_articleActions = new ArticleActions(*m_session, m_list, this);
    m_articleSets = new ArticleSetActions(*m_session, m_list, this);
    connect(m_tagging, &TaggingController::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 4000); });
    connect(m_tagDock, &TagDock::articleFilterRequested, this, &MainWindow::filterByTag);
    connect(m_tagDock, &TagDock::passagesRequested, m_annotationDock, &AnnotationDock::showTag);
    connect(m_annotationDock, &AnnotationDock::passageActivated, this,
            [this](qint64 articleId, qint64 annotationId) {
                showPlace(articleId, {});
                m_tagging->showPassage(annotationId);
            });
    connect(m_session, &CorpusSession::editFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Edit failed"), message); });
    // The list follows new articles, and a list filtered by tags or entities follows the coding.
    connect(m_session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        const bool articles =
            event.kind == ChangeEvent::Kind::Articles || event.kind == ChangeEvent::Kind::Everything;
        const bool filtered =
            m_list->hasTagFilter() && (event.changesTagUse() || event.kind == ChangeEvent::Kind::Entities);
        const bool byStatus = m_list->hasStatusFilter() && event.kind == ChangeEvent::Kind::CodingStatus;
        if (articles || event.kind == ChangeEvent::Kind::ArticleSets)
            m_list->refreshFilterChoices(); // a chosen set or outlet that is gone stops narrowing the list
        if (articles || filtered || byStatus) {
            // New coding alone leaves the articles a search matched as they were.
            m_list->reload(articles ? ArticleListModel::Keep::Nothing : ArticleListModel::Keep::SearchHits);
            // Details edited, or undone: the reader's header shows them.
            if (event.kind == ChangeEvent::Kind::Articles && event.articleId != 0 &&
                event.articleId == m_reader->articleId())
                showArticle(event.articleId);
            updateStatus();
        } else if (event.kind == ChangeEvent::Kind::CodingStatus ||
                   event.kind == ChangeEvent::Kind::Passages || event.kind == ChangeEvent::Kind::Codebook) {
            m_list->model()->refreshCoding(event.articleId); // the status and passage columns
        }
    });
}

void MainWindow::filterByTag(qint64 tagId, bool without)
{
    const QString path = TagStore(*m_corpus).path(tagId);
    m_list->setTagFilter(TagStore(*m_corpus).subtree(tagId), without,
                         without ? tr("Articles without “%1”").arg(path)
                                 : tr("Articles with “%1”").arg(path));
}

void MainWindow::setScriptMode(ScriptMode mode)
{
    m_reader->setScriptMode(mode);
    m_scripts->setMode(mode);
    m_list->model()->setDisplayScript(mode);
    m_annotationDock->model()->setDisplayScript(mode);
    Preferences::readerScript.setValue(ScriptConverter::modeName(mode));
}

void MainWindow::importPaths(const QStringList &paths)
{
    m_files->importPaths(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void MainWindow::showArticle(qint64 id)
{
    if (id == 0) {
        m_reader->showNothing();
        m_tagging->articleChanged();
        m_entityDock->articleChanged();
        m_memoDock->setCurrentArticle(0);
        m_print->articleChanged();
        updateStatus();
        return;
    }
    const ArticleStore store(*m_corpus);
    const std::optional<Article> article = store.article(id);
    if (!article) {
        m_reader->showNothing();
        // Damage stays on screen: it is the one thing the researcher must act on.
        if (store.lastReadFoundDamage())
            statusBar()->showMessage(store.errorString());
        else
            statusBar()->showMessage(tr("Article %1 could not be read from the corpus.").arg(id), 5000);
        return;
    }
    m_reader->showArticle(*article);
    // An article opened from a search shows that search's hits, in every script.
    if (m_list->model()->isSearching())
        m_readerPane->findBar()->showHitsOf(m_list->searchBox()->text());
    else
        m_readerPane->findBar()->refresh();
    m_tagging->articleChanged();
    m_entityDock->articleChanged();
    m_memoDock->setCurrentArticle(id);
    m_print->articleChanged();
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    const CorpusLocation where = m_corpus->location();
    setWindowTitle(
        tr("%1 — Pizhu").arg(where.isTeam() ? where.address().label() : QFileInfo(where.path()).fileName()));
}

void MainWindow::updateStatus()
{
    const int total = m_list->model()->totalCount();
    const QModelIndex current = m_list->view()->currentIndex();
    // A long list is counted off this thread; until then its place is said without the total.
    QString message = total < 0
                          ? (current.isValid() ? tr("Article %1 (counting the list…)").arg(current.row() + 1)
                                               : tr("Counting the list…"))
                      : current.isValid() ? tr("Article %1 of %n", nullptr, total).arg(current.row() + 1)
                                          : tr("%n article(s)", nullptr, total);
    const QString search = !m_searchError.isEmpty()             ? m_searchError
                           : m_list->isNarrowed() && total >= 0 ? tr("%n article(s) match", nullptr, total)
                                                                : QString();
    if (!search.isEmpty())
        message += QStringLiteral(" · ") + search;
    statusBar()->showMessage(message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pizhu"), aboutText());
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Pizhu %1</h3><p>A reader and annotation workbench for Chinese news corpora.</p>"
              "<p>Qt %2 · OpenCC %3 · SQLite %4</p><p>%5</p><p>Corpus: %6</p>")
        .arg(QStringLiteral(PIZHU_VERSION), LibraryVersions::qt(), LibraryVersions::opencc(),
             LibraryVersions::sqlite(), SyntaxSupport::aboutLine().toHtmlEscaped(),
             QDir::toNativeSeparators(m_corpus->path()));
}

} // namespace Pizhu
