// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistpane.h"

#include "articlefilterbar.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "jobrunner.h"
#include "preferences.h"
#include "snippetdelegate.h"
#include "store/corpusdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pizhu {

namespace {

// The columns besides the title, with the names Preferences keeps them hidden by.
const std::vector<std::pair<int, QString>> &optionalColumns()
{
    static const std::vector<std::pair<int, QString>> columns = {
        {ArticleListModel::DateColumn, QStringLiteral("date")},
        {ArticleListModel::OutletColumn, QStringLiteral("outlet")},
        {ArticleListModel::PassagesColumn, QStringLiteral("passages")},
        {ArticleListModel::StatusColumn, QStringLiteral("status")},
    };
    return columns;
}

} // namespace

ArticleListPane::ArticleListPane(CorpusDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleListModel(db, this))
    , m_counter(new JobRunner(db.location(), this))
    , m_searchBox(new QLineEdit)
    , m_view(new QTreeView)
    , m_message(new QLabel)
    , m_searchDelay(new QTimer(this))
    , m_statusFilter(new QComboBox)
    , m_filtersButton(new QToolButton)
    , m_detailsFilter(new ArticleFilterBar(db))
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
    // Several articles can be marked or deleted at once; the current one is what the reader shows.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setModel(m_model);
    connect(m_model, &ArticleListModel::totalCountChanged, this, [this](int count) {
        if (count < 0)
            countList();
    });
    connect(m_counter, &JobRunner::jobFinished, this, [this](CorpusJob *job, bool ok) {
        if (ok) {
            if (const auto *count = dynamic_cast<const ArticleCountJob *>(job))
                m_model->takeCount(*count);
        } else if (!job->errorString().isEmpty()) {
            m_message->setText(tr("The articles listed could not be counted: %1").arg(job->errorString()));
            m_message->show();
        }
    });
    if (m_model->totalCount() < 0)
        countList();
    m_view->setItemDelegateForColumn(ArticleListModel::SnippetColumn, new SnippetDelegate(m_view));
    // Clicking a header sorts in SQL (by date, title or outlet); newest first to begin with.
    m_view->header()->setSortIndicator(ArticleListModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleListModel::OutletColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::PassagesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ArticleListModel::StatusColumn, QHeaderView::ResizeToContents);
    // Only date, title and outlet have an order the list can walk; the other headers keep the current one.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [header, sorted = int(ArticleListModel::DateColumn),
             order = Qt::DescendingOrder](int section, Qt::SortOrder) mutable {
                if (section == ArticleListModel::TitleColumn || section == ArticleListModel::DateColumn ||
                    section == ArticleListModel::OutletColumn) {
                    sorted = section;
                    order = header->sortIndicatorOrder();
                    return;
                }
                header->setSortIndicator(sorted, order);
            });
    header->setSectionResizeMode(ArticleListModel::SnippetColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &ArticleListPane::showColumnMenu);
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

    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setToolTip(tr("List only the articles whose coding stands so"));
    // Its full width when there is room; a narrow list pane may squeeze it, not be held wide by it.
    m_statusFilter->setMinimumWidth(m_statusFilter->fontMetrics().averageCharWidth() * 5);
    fillStatusFilter();
    connect(m_statusFilter, &QComboBox::activated, this, [this] {
        QList<CodingStatus> statuses;
        if (const QVariant chosen = m_statusFilter->currentData(); chosen.isValid())
            statuses << CodingStatus(chosen.toInt());
        m_model->setStatusFilter(statuses);
        selectArticle(currentArticleId());
        Q_EMIT searchApplied(QString());
    });
    m_filtersButton->setObjectName(QStringLiteral("filtersButton"));
    m_filtersButton->setText(tr("Filters"));
    m_filtersButton->setToolTip(tr("Filter by date, outlet, script, imported attribute or saved set"));
    m_filtersButton->setCheckable(true);
    // Like the status box, it gives way in a narrow pane (Articles → Filters reaches it too).
    m_filtersButton->setMinimumWidth(m_filtersButton->fontMetrics().averageCharWidth());
    connect(m_filtersButton, &QToolButton::toggled, this, &ArticleListPane::showDetailsFilter);
    m_detailsFilter->hide();
    connect(m_detailsFilter, &ArticleFilterBar::changed, this, [this] {
        m_model->setDetailsFilter(m_detailsFilter->conditions());
        selectArticle(currentArticleId());
        Q_EMIT searchApplied(QString());
    });
    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(2);
    searchRow->addWidget(m_searchBox, 1);
    searchRow->addWidget(m_statusFilter);
    searchRow->addWidget(m_filtersButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(searchRow);
    layout->addWidget(m_detailsFilter);
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

QList<qint64> ArticleListPane::selectedArticleIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        ids << row.data(ArticleIdRole).toLongLong();
    if (ids.isEmpty() && currentArticleId() != 0)
        ids << currentArticleId();
    return ids;
}

bool ArticleListPane::hasStatusFilter() const
{
    return !m_model->filter().statuses.isEmpty();
}

bool ArticleListPane::isNarrowed() const
{
    ArticleFilter narrowing = m_model->filter();
    narrowing.sortKey = {};
    narrowing.ascending = false;
    return !narrowing.isEmpty() || m_model->isSearching();
}

void ArticleListPane::countList()
{
    // Only the newest count matters: one still running for an older list is stopped.
    m_counter->cancel();
    m_counter->start(m_model->countJob());
}

void ArticleListPane::showDetailsFilter(bool shown)
{
    if (m_filtersButton->isChecked() != shown) {
        m_filtersButton->setChecked(shown); // comes back here through toggled()
        return;
    }
    m_detailsFilter->setVisible(shown);
    if (shown) {
        m_detailsFilter->refreshChoices();
        m_detailsFilter->fromEdit()->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_detailsFilter->clear();
    }
}

void ArticleListPane::refreshFilterChoices()
{
    // Reading every outlet and attribute is work for a visible bar only; showing it reads them.
    if (m_detailsFilter->isVisible())
        m_detailsFilter->refreshChoices();
}

void ArticleListPane::fillStatusFilter()
{
    m_statusFilter->addItem(tr("Any status"));
    m_statusFilter->addItem(tr("Not coded"), int(CodingStatus::NotCoded));
    for (const CodingStatus status : {CodingStatus::Coded, CodingStatus::ToCheck, CodingStatus::Excluded})
        m_statusFilter->addItem(ArticleListModel::statusName(status), int(status));
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

void ArticleListPane::reload(ArticleListModel::Keep keep)
{
    const qint64 current = currentArticleId();
    const int row = m_view->currentIndex().row();
    const int fetched = m_model->rowCount();
    m_model->reload(keep);
    // The place is kept: the same article, fetched as far as the list had been, or, if it is gone
    // (deleted, or no longer matching), the one that now stands where it stood.
    while (m_model->rowOfArticle(current) < 0 && m_model->rowCount() < fetched && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (current != 0 && m_model->rowOfArticle(current) < 0 && row > 0 && m_model->rowCount() > 0)
        selectArticle(
            m_model->index(std::min(row, m_model->rowCount() - 1), 0).data(ArticleIdRole).toLongLong());
    else
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
    Q_EMIT searchApplied(invalid ? query.error() : QString());
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
        m_statusFilter->setCurrentIndex(0);
        const QSignalBlocker quietFilters(m_detailsFilter);
        m_detailsFilter->clear();
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
    Q_EMIT searchApplied(QString());
}

void ArticleListPane::updateSnippetColumn()
{
    m_view->setColumnHidden(ArticleListModel::SnippetColumn, !m_model->isSearching());
    // The snippet needs the room: what else a row says stays in the reader and the status filter.
    const QStringList hidden = Preferences::hiddenListColumns.value();
    for (const auto &[column, name] : optionalColumns()) {
        const bool crowded = column != ArticleListModel::DateColumn && m_model->isSearching();
        m_view->setColumnHidden(column, crowded || hidden.contains(name));
    }
}

void ArticleListPane::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    const QStringList hidden = Preferences::hiddenListColumns.value();
    for (const auto &[column, name] : optionalColumns()) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!hidden.contains(name));
        connect(action, &QAction::toggled, this, [this, name = name](bool shown) {
            QStringList columns = Preferences::hiddenListColumns.value();
            columns.removeAll(name);
            if (!shown)
                columns << name;
            Preferences::hiddenListColumns.setValue(columns);
            updateSnippetColumn();
        });
    }
    menu.exec(m_view->header()->viewport()->mapToGlobal(position));
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
