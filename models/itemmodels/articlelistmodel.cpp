// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "itemroles.h"

namespace Pizhu {

ArticleListModel::ArticleListModel(CorpusDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(db)
    , m_total(m_store.count())
{
}

void ArticleListModel::reload()
{
    // Rows are removed rather than the model reset, so views keep their header state and
    // fetch the first page again themselves.
    // No fetching while the removal is being signalled: listeners see a consistent empty model.
    m_changing = true;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size() - 1));
        m_rows.clear();
        endRemoveRows();
    }
    m_total = m_store.count();
    m_changing = false;
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
            return row.title;
        case DateColumn:
            // The list shows the date; the time stays in the reader's header.
            return row.published.left(10);
        case OutletColumn:
            return row.outlet;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? row.title : QVariant();
    case ArticleIdRole:
        return row.id;
    }
    return {};
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
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ArticleSummary> page = m_store.summaries(int(m_rows.size()), PageSize);
    if (page.isEmpty()) {
        // The corpus shrank under us (another process): stop asking.
        m_total = int(m_rows.size());
        return;
    }
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
