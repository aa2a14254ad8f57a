// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "itemroles.h"
#include "search/searchhits.h"
#include "store/corpusdatabase.h"

#include <QFont>

namespace Pizhu {

ArticleListModel::ArticleListModel(CorpusDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_store(db)
    , m_hits(std::make_unique<SearchHits>(db))
    , m_list(db, {})
{
    // A list that fits its first page is counted by it; a longer one waits for countJob().
    fetchMore({});
}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::reload(Keep keep)
{
    // Rows are removed rather than the model reset, so views keep their header state.
    // No fetching while the removal is being signalled: listeners see a consistent empty model.
    m_changing = true;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size() - 1));
        m_rows.clear();
        endRemoveRows();
    }
    m_snippets.clear();
    m_list = ArticleListQuery(m_db, m_filter);
    if (!m_filter.ftsExpression.isEmpty()) {
        // A search that fails here fails again in the list's own query, which reports it.
        if (keep == Keep::Nothing || !m_hits->isFilled() || m_hits->expression() != m_filter.ftsExpression)
            m_hits->fill(m_filter.ftsExpression, SearchHits::Exactness::ConfirmedLater);
        m_list.useHits(m_hits.get());
    }
    if (keep != Keep::Total)
        m_total = -1;
    m_ahead.clear();
    m_readAll = false;
    ++m_serial;
    m_changing = false;
    fetchMore({});
    if (m_total < 0) {
        m_total = m_list.keptCount().value_or(-1);
        Q_EMIT totalCountChanged(m_total);
    }
}

std::unique_ptr<ArticleCountJob> ArticleListModel::countJob() const
{
    return std::make_unique<ArticleCountJob>(m_filter, m_serial);
}

void ArticleListModel::takeCount(const ArticleCountJob &job)
{
    if (job.listSerial() != m_serial || job.count() < 0 || m_total >= 0)
        return;
    m_total = job.count();
    Q_EMIT totalCountChanged(m_total);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return ScriptConverter::forMode(m_displayScript).convertText(row.title);
        case DateColumn:
            // The list shows the date; the time stays in the reader's header.
            return row.published.left(10);
        case OutletColumn:
            return row.outlet;
        case PassagesColumn:
            return row.passages > 0 ? QVariant(row.passages) : QVariant();
        case StatusColumn:
            return statusName(row.status);
        case SnippetColumn:
            return isSearching() ? searchMatch(index.row()).first.text : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        return index.column() == PassagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (row.status == CodingStatus::Excluded && index.column() == TitleColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SnippetColumn && isSearching())
            return tr("%n hit(s)", nullptr, searchMatch(index.row()).second);
        if (index.column() == PassagesColumn)
            return tr("%n tagged passage(s), by every coder", nullptr, row.passages);
        return index.column() == TitleColumn
                   ? ScriptConverter::forMode(m_displayScript).convertText(row.title)
                   : QVariant();
    case ArticleIdRole:
        return row.id;
    case SnippetRole:
        return isSearching() ? QVariant::fromValue(searchMatch(index.row()).first) : QVariant();
    case HitCountRole:
        return isSearching() ? searchMatch(index.row()).second : 0;
    case CodingStatusRole:
        return int(row.status);
    }
    return {};
}

const std::pair<Snippet, int> &ArticleListModel::searchMatch(int row) const
{
    const qint64 id = m_rows.at(row).id;
    auto it = m_snippets.constFind(id);
    if (it == m_snippets.cend()) {
        readMatchesFrom(row);
        it = m_snippets.constFind(id);
    }
    return *it;
}

void ArticleListModel::readMatchesFrom(int row) const
{
    // Made when a row is first shown, so a long result list costs only what is on screen. A view
    // shows the rows below next: they are read with it, in one query rather than one each (on a
    // server, each query waits a round trip).
    constexpr qsizetype ReadTogether = 48;
    QList<qint64> ids;
    for (qsizetype i = row; i < m_rows.size() && ids.size() < ReadTogether; ++i) {
        if (!m_snippets.contains(m_rows.at(i).id))
            ids << m_rows.at(i).id;
    }
    const QHash<qint64, ArticleText> texts = m_store.texts(ids);
    for (const qint64 id : std::as_const(ids)) {
        std::pair<Snippet, int> entry;
        if (const auto text = texts.constFind(id); text != texts.cend()) {
            const QList<TextSpan> hits =
                CorpusSearch::hitsInOriginal(m_search, text->shadow.text, text->shadow.map);
            entry = {Snippet::around(text->body, hits), int(hits.size())};
        }
        m_snippets.insert(id, entry);
    }
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case TitleColumn:
        m_filter.sortKey = ArticleFilter::SortKey::Title;
        break;
    case OutletColumn:
        m_filter.sortKey = ArticleFilter::SortKey::Outlet;
        break;
    case DateColumn:
        m_filter.sortKey = ArticleFilter::SortKey::Date;
        break;
    default:
        return; // no order of its own to walk
    }
    m_filter.ascending = order == Qt::AscendingOrder;
    reload(Keep::Total);
}

void ArticleListModel::setTagFilter(const QList<qint64> &tagIds, bool without)
{
    m_filter.tagIds = tagIds;
    m_filter.withoutTags = without;
    reload(Keep::SearchHits);
}

void ArticleListModel::setStatusFilter(const QList<CodingStatus> &statuses)
{
    m_filter.statuses = statuses;
    reload(Keep::SearchHits);
}

void ArticleListModel::setDetailsFilter(const ArticleFilter &details)
{
    copyDetails(details, &m_filter);
    reload(Keep::SearchHits);
}

void ArticleListModel::copyDetails(const ArticleFilter &from, ArticleFilter *to)
{
    to->dateFrom = from.dateFrom;
    to->dateTo = from.dateTo;
    to->outlets = from.outlets;
    to->scripts = from.scripts;
    to->attributes = from.attributes;
    to->articleSetId = from.articleSetId;
}

void ArticleListModel::setEntityFilter(const QString &type, const QString &key)
{
    m_filter.entityType = type;
    m_filter.entityKey = key;
    reload(Keep::SearchHits);
}

void ArticleListModel::setArticleSet(const QList<qint64> &ids)
{
    if (!ids.isEmpty()) {
        // What an analysis points at is shown whole, not narrowed again by what was listed before.
        m_search = {};
        m_filter.ftsExpression.clear();
        m_filter.tagIds.clear();
        m_filter.statuses.clear();
        m_filter.withoutTags = false;
        m_filter.entityType.clear();
        m_filter.entityKey.clear();
        copyDetails({}, &m_filter);
    }
    m_filter.articleIds = ids;
    reload(Keep::SearchHits);
    Q_EMIT headerDataChanged(Qt::Horizontal, SnippetColumn, SnippetColumn);
}

void ArticleListModel::setDisplayScript(ScriptMode mode)
{
    if (mode == m_displayScript)
        return;
    m_displayScript = mode;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TitleColumn), index(rowCount() - 1, TitleColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void ArticleListModel::setSearch(const SearchQuery &query)
{
    m_search = query;
    m_filter.ftsExpression = query.isValid() ? query.ftsExpression() : QString();
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, SnippetColumn, SnippetColumn);
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case OutletColumn:
        return tr("Outlet");
    case PassagesColumn:
        return tr("Passages");
    case StatusColumn:
        return tr("Status");
    case SnippetColumn:
        return isSearching() ? tr("Matches") : QString();
    }
    return {};
}

QString ArticleListModel::statusName(CodingStatus status)
{
    switch (status) {
    case CodingStatus::NotCoded:
        break;
    case CodingStatus::Coded:
        return tr("Coded");
    case CodingStatus::ToCheck:
        return tr("To check");
    case CodingStatus::Excluded:
        return tr("Excluded");
    }
    return {};
}

void ArticleListModel::refreshCoding(qint64 articleId)
{
    // Rows read ahead are read again when asked for, with their coding as it is then.
    if (!m_ahead.isEmpty()) {
        m_ahead.clear();
        m_readAll = false;
    }
    QList<qint64> ids;
    if (articleId != 0) {
        if (rowOfArticle(articleId) < 0)
            return;
        ids << articleId;
    } else {
        ids.reserve(m_rows.size());
        for (const ArticleSummary &row : std::as_const(m_rows))
            ids << row.id;
    }
    const QHash<qint64, std::pair<CodingStatus, int>> coding = m_list.codingOf(ids);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        ArticleSummary &row = m_rows[i];
        const auto it = coding.constFind(row.id);
        if (it == coding.cend() || (it->first == row.status && it->second == row.passages))
            continue;
        row.status = it->first;
        row.passages = it->second;
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && !(m_readAll && m_ahead.isEmpty());
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_ahead.isEmpty()) {
        // Two pages are read at once: a tree view lays itself out after every change and asks for
        // one page more as it does, which then costs no second query (at a million articles, a
        // search's or a filter's ids found again).
        m_ahead =
            m_list.page(2 * PageSize, m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast()));
        m_readAll = m_ahead.size() < 2 * PageSize;
        // A short read is the end: the rows are the list's total, counted or not (the corpus may
        // have changed since it was counted, in another process).
        if (m_readAll && m_total != int(m_rows.size() + m_ahead.size())) {
            m_total = int(m_rows.size() + m_ahead.size());
            Q_EMIT totalCountChanged(m_total);
        }
    }
    const QList<ArticleSummary> page = m_ahead.first(std::min(qsizetype(PageSize), m_ahead.size()));
    m_ahead.remove(0, page.size());
    if (page.isEmpty())
        return;
    // Views and testers may ask for more while the rows go in; they get them on their next call.
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_changing = false;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace Pizhu
