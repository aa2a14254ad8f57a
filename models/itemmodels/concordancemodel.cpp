// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordancemodel.h"

#include "itemroles.h"

namespace Pizhu {

namespace {

constexpr int PageLines = 200;

} // namespace

ConcordanceModel::ConcordanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ConcordanceModel::~ConcordanceModel() = default;

void ConcordanceModel::setConcordance(std::unique_ptr<Concordance> concordance)
{
    // No fetching while the reset is being signalled: listeners see one consistent first page.
    m_changing = true;
    beginResetModel();
    m_concordance = std::move(concordance);
    m_lines = m_concordance->next(PageLines);
    endResetModel();
    m_changing = false;
}

void ConcordanceModel::setLines(QList<ConcordanceLine> lines)
{
    m_changing = true;
    beginResetModel();
    m_concordance.reset();
    m_lines = std::move(lines);
    endResetModel();
    m_changing = false;
}

int ConcordanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ConcordanceLine &line = m_lines.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return line.articleId;
    case SpanRole:
        return QVariant::fromValue(line.hit);
    case Qt::TextAlignmentRole:
        return index.column() == LeftColumn  ? int(Qt::AlignRight | Qt::AlignVCenter)
               : index.column() == HitColumn ? int(Qt::AlignHCenter | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case LeftColumn:
            return line.left;
        case HitColumn:
            return line.keyword;
        case RightColumn:
            return line.right;
        case TitleColumn:
            return line.title;
        case DateColumn:
            return line.published.left(10);
        case OutletColumn:
            return line.outlet;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LeftColumn:
        return tr("Before");
    case HitColumn:
        return tr("Hit");
    case RightColumn:
        return tr("After");
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case OutletColumn:
        return tr("Outlet");
    }
    return {};
}

bool ConcordanceModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_changing && m_concordance && !m_concordance->atEnd();
}

void ConcordanceModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ConcordanceLine> more = m_concordance->next(PageLines);
    if (more.isEmpty())
        return;
    // Views and testers may ask for more while the rows go in; they get them on their next call.
    m_changing = true;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + more.size() - 1));
    m_lines += more;
    endInsertRows();
    m_changing = false;
}

} // namespace Pizhu
