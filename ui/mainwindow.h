// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QItemSelection;
class QTreeView;
class QSplitter;

namespace Pizhu {

class ArticleListModel;
class CorpusDatabase;
class ReaderView;

/** The main window: the article list beside the reader. It lays out and wires; the work is elsewhere. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Shows the corpus \a corpus, which must be open; the window takes ownership. */
    explicit MainWindow(std::unique_ptr<CorpusDatabase> corpus, QWidget *parent = nullptr);
    ~MainWindow() override;

    CorpusDatabase &corpus() const { return *m_corpus; }

    /** Imports \a paths (files or folders) into the open corpus, showing progress. */
    void importPaths(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showSelectedArticle();
    void selectFirstArticle();
    void updateWindowTitle();
    void updateStatus();
    void showAbout();

    std::unique_ptr<CorpusDatabase> m_corpus;
    ArticleListModel *m_articles = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_articleList = nullptr;
    ReaderView *m_reader = nullptr;
    QAction *m_showSetAside = nullptr;
};

} // namespace Pizhu
