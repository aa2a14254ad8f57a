// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistpane.h"

#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "snippetdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pizhu {

ArticleListPane::ArticleListPane(CorpusDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleListModel(db, this))
    , m_searchBox(new QLineEdit)
    , m_view(new QTreeView)
    , m_message(new QLabel)
    , m_searchDelay(new QTimer(this))
    , m_filterBar(new QWidget)
    , m_filterLabel(new QLabel)
{
    setObjectName(QStringLiteral("articleListPane"));
    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search articles in either script: 党员, 黨員, \"quoted phrase\""));
    m_searchBox->setClearButtonEnabled(true);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ArticleListModel::SnippetColumn, new SnippetDelegate(m_view));
    // Clicking a header sorts in SQL (by date, title or outlet); newest first to begin with.
    m_view->header()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::SnippetColumn, QHeaderView::Stretch);
    updateSnippetColumn();

    m_filterLabel->setObjectName(QStringLiteral("tagFilterLabel"));
    auto *clear = new QToolButton;
    clear->setText(tr("Show All"));
    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(4, 0, 0, 0);
    filterLayout->addWidget(m_filterLabel, 1);
    filterLayout->addWidget(clear);
    m_filterBar->hide();
    connect(clear, &QToolButton::clicked, this, [this] {
        setArticleSet({}, {});
        setEntityFilter({}, {}, {});
        setTagFilter({}, false, {});
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_searchBox);
    layout->addWidget(m_message);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchBox, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, &ArticleListPane::applySearch);
    connect(m_searchDelay, &QTimer::timeout, this, &ArticleListPane::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentArticleChanged(currentArticleId()); });
}

qint64 ArticleListPane::currentArticleId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ArticleIdRole).toLongLong() : 0;
}

void ArticleListPane::selectArticle(qint64 id)
{
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const int row = std::max(0, m_model->rowOfArticle(id));
    if (row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
    else
        Q_EMIT currentArticleChanged(0);
}

void ArticleListPane::reload()
{
    const qint64 current = currentArticleId();
    m_model->reload();
    selectArticle(current);
}

void ArticleListPane::applySearch()
{
    m_searchDelay->stop();
    const QString text = m_searchBox->text().trimmed();
    const SearchQuery query = SearchQuery::parse(text);
    const bool invalid = !text.isEmpty() && !query.isValid();
    m_message->setVisible(invalid);
    m_message->setText(invalid ? query.error() : QString());
    m_model->setSearch(query);
    updateSnippetColumn();
    selectArticle(currentArticleId());
    Q_EMIT searchApplied(query.isValid() || hasTagFilter() ? m_model->totalCount() : -1,
                         invalid ? query.error() : QString());
}

void ArticleListPane::setTagFilter(const QList<qint64> &tagIds, bool without, const QString &description)
{
    m_tagFilter = tagIds;
    m_model->setTagFilter(tagIds, without);
    filterChanged(description);
}

void ArticleListPane::setEntityFilter(const QString &type, const QString &key, const QString &description)
{
    m_entityFilter = key;
    m_model->setEntityFilter(type, key);
    filterChanged(description);
}

void ArticleListPane::setArticleSet(const QList<qint64> &ids, const QString &description)
{
    m_articleSet = ids;
    m_model->setArticleSet(ids);
    if (!ids.isEmpty()) { // the model cleared the search and the other filters
        m_tagFilter.clear();
        m_entityFilter.clear();
        const QSignalBlocker quiet(m_searchBox);
        m_searchDelay->stop();
        m_searchBox->clear();
        m_message->hide();
        updateSnippetColumn();
    }
    filterChanged(description);
}

void ArticleListPane::filterChanged(const QString &description)
{
    m_filterLabel->setText(description);
    m_filterBar->setVisible(hasTagFilter());
    selectArticle(currentArticleId());
    Q_EMIT searchApplied(m_model->isSearching() || hasTagFilter() ? m_model->totalCount() : -1, QString());
}

void ArticleListPane::updateSnippetColumn()
{
    m_view->setColumnHidden(ArticleListModel::SnippetColumn, !m_model->isSearching());
    m_view->setColumnHidden(ArticleListModel::OutletColumn, m_model->isSearching());
}

void ArticleListPane::step(int step)
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + step : 0;
    if (row >= m_view->model()->rowCount() && m_view->model()->canFetchMore({}))
        m_view->model()->fetchMore({});
    if (row >= 0 && row < m_view->model()->rowCount())
        m_view->setCurrentIndex(m_view->model()->index(row, 0));
}

} // namespace Pizhu
