// SPDX-License-Identifier: GPL-3.0-or-later
#include "disagreementlistmodel.h"

#include "agreement/agreementstudy.h"
#include "itemroles.h"

namespace Pizhu {

DisagreementListModel::DisagreementListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DisagreementListModel::~DisagreementListModel() = default;

void DisagreementListModel::setStudy(std::shared_ptr<const AgreementStudy> study)
{
    beginResetModel();
    m_study = std::move(study);
    endResetModel();
}

int DisagreementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_study ? 0 : int(m_study->disagreements().size());
}

int DisagreementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_study ? 0 : FirstCoderColumn + int(m_study->snapshot().coders.size());
}

QVariant DisagreementListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_study)
        return {};
    const Disagreement &place = m_study->disagreements().at(index.row());
    const CodingSnapshot &snapshot = m_study->snapshot();
    if (role == ArticleIdRole)
        return place.articleId;
    if (role == SpanRole)
        return QVariant::fromValue(place.span);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ArticleColumn:
        return snapshot.titles.value(place.articleId);
    case TagColumn:
        return snapshot.tagPaths.value(place.tagId);
    case PlaceColumn:
        return place.isWholeArticle() ? tr("whole article")
                                      : tr("characters %1–%2").arg(place.span.start).arg(place.span.end);
    default:
        switch (place.values.at(size_t(index.column() - FirstCoderColumn))) {
        case 1:
            return place.isWholeArticle() ? tr("tagged") : tr("in a passage");
        case 0:
            return tr("no");
        default:
            return tr("did not code the article");
        }
    }
}

QVariant DisagreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case TagColumn:
        return tr("Tag");
    case PlaceColumn:
        return tr("Where");
    default:
        return m_study ? m_study->snapshot().coders.value(section - FirstCoderColumn) : QVariant();
    }
}

} // namespace Pizhu
