// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytablemodel.h"

#include "entitytreemodel.h"
#include "itemroles.h"

namespace Pizhu {

namespace {

constexpr int MaxRows = 5000;

} // namespace

EntityTableModel::EntityTableModel(CorpusDatabase &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void EntityTableModel::setFilter(const QString &filter)
{
    const QString narrower = filter.trimmed();
    if (narrower == m_filter)
        return;
    // Typing on narrows what is already here: each keystroke costs a pass over these rows, not a
    // query of the corpus. Only a complete list can be narrowed.
    const bool narrows = m_complete && narrower.contains(m_filter, Qt::CaseInsensitive);
    m_filter = narrower;
    if (!narrows) {
        reload();
        return;
    }
    const QString simplified = CorpusEntityQuery::simplified(m_filter);
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (m_rows.at(row).matches(m_filter, simplified))
            continue;
        qsizetype first = row;
        while (first > 0 && !m_rows.at(first - 1).matches(m_filter, simplified))
            --first;
        beginRemoveRows({}, int(first), int(row));
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }
}

void EntityTableModel::reload()
{
    beginResetModel();
    m_rows = CorpusEntityQuery(m_db).run(m_filter, MaxRows + 1);
    m_complete = m_rows.size() <= MaxRows;
    if (!m_complete)
        m_rows.resize(MaxRows);
    endResetModel();
}

const CorpusEntity *EntityTableModel::entity(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    const CorpusEntity *e = entity(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return e->name;
        case TypeColumn:
            return EntityTreeModel::typeName(e->type);
        case ArticlesColumn:
            return e->articles;
        case MentionsColumn:
            return e->mentions;
        default:
            return {};
        }
    }
    if (role == EntityTypeRole)
        return int(e->type);
    if (role == EntityKeyRole)
        return e->key;
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case TypeColumn:
        return tr("Type");
    case ArticlesColumn:
        return tr("Articles");
    case MentionsColumn:
        return tr("Mentions");
    default:
        return {};
    }
}

} // namespace Pizhu
