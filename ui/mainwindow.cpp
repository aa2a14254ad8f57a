// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "importdialog.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "readerview.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>

namespace Pizhu {

MainWindow::MainWindow(std::unique_ptr<CorpusDatabase> corpus, QWidget *parent)
    : QMainWindow(parent)
    , m_corpus(std::move(corpus))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_articles = new ArticleListModel(*m_corpus, this);

    m_articleList = new QTreeView;
    m_articleList->setObjectName(QStringLiteral("articleList"));
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_articleList->setModel(m_articles);
    m_articleList->header()->setStretchLastSection(false);
    m_articleList->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_articleList->header()->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    m_articleList->header()->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);

    m_reader = new ReaderView;

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_articleList);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    connect(m_articleList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedArticle);
    connect(m_articles, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_articles, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);

    setAcceptDrops(true);
    createMenus();
    updateWindowTitle();
    updateStatus();
    resize(1200, 760);
    selectFirstArticle();
}

void MainWindow::selectFirstArticle()
{
    if (m_articles->rowCount() == 0 && m_articles->canFetchMore({}))
        m_articles->fetchMore({});
    if (m_articles->rowCount() > 0)
        m_articleList->setCurrentIndex(m_articles->index(0, 0));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    importFiles->setObjectName(QStringLiteral("actionImportFiles"));
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolderToImport);
    importFolder->setObjectName(QStringLiteral("actionImportFolder"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showSetAside = view->addAction(tr("Show &Set-Aside Lines"));
    m_showSetAside->setObjectName(QStringLiteral("actionShowSetAside"));
    m_showSetAside->setCheckable(true);
    m_showSetAside->setToolTip(tr("Show the menus, captions and footers the importer set aside, greyed, in place"));
    connect(m_showSetAside, &QAction::toggled, m_reader, &ReaderView::setShowSetAside);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Pizhu"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(),
        tr("News articles (*.txt *.html *.htm *.csv *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::importPaths(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_corpus->path(), paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::articlesImported, this, [this](int count) {
        if (count == 0)
            return;
        const qint64 shown = m_reader->articleId();
        m_articles->reload();
        m_articles->fetchMore({});
        const int row = m_articles->rowOfArticle(shown);
        if (row >= 0)
            m_articleList->setCurrentIndex(m_articles->index(row, 0));
        else
            selectFirstArticle();
    });
    dialog->start();
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

void MainWindow::showSelectedArticle()
{
    const QModelIndex current = m_articleList->currentIndex();
    if (!current.isValid()) {
        m_reader->showNothing();
        return;
    }
    const qint64 id = current.data(ArticleIdRole).toLongLong();
    const std::optional<Article> article = ArticleStore(*m_corpus).article(id);
    if (!article) {
        m_reader->showNothing();
        statusBar()->showMessage(tr("Article %1 could not be read from the corpus.").arg(id), 5000);
        return;
    }
    m_reader->showArticle(*article);
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(tr("%1 — Pizhu").arg(QFileInfo(m_corpus->path()).fileName()));
}

void MainWindow::updateStatus()
{
    const int total = ArticleStore(*m_corpus).count();
    const QModelIndex current = m_articleList->currentIndex();
    if (current.isValid())
        statusBar()->showMessage(tr("Article %1 of %n", nullptr, total).arg(current.row() + 1));
    else
        statusBar()->showMessage(tr("%n article(s)", nullptr, total));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pizhu"),
                       tr("<h3>Pizhu %1</h3><p>A reader and annotation workbench for Chinese news corpora.</p>"
                          "<p>Qt %2</p>")
                           .arg(QStringLiteral(PIZHU_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace Pizhu
