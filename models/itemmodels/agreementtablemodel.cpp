// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementtablemodel.h"

#include "agreement/agreementreport.h"
#include "agreement/agreementstudy.h"
#include "itemroles.h"

#include <QFont>
#include <cmath>

namespace Pizhu {

AgreementTableModel::AgreementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AgreementTableModel::~AgreementTableModel() = default;

void AgreementTableModel::setStudy(std::shared_ptr<const AgreementStudy> study)
{
    beginResetModel();
    m_study = std::move(study);
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_study ? 0 : int(m_study->results().size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_study)
        return {};
    const TagAgreement &row = m_study->results().at(index.row());
    double value = 0;
    switch (index.column()) {
    case TagColumn:
        if (role == Qt::DisplayRole)
            return row.tagId ? row.tagPath : tr("All tags together");
        if (role == Qt::FontRole && !row.tagId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ArticleUnitsColumn:
        value = row.articles.units;
        break;
    case ArticlePercentColumn:
        value = row.articles.percent;
        break;
    case ArticleCohenColumn:
        value = row.articles.cohen;
        break;
    case ArticleFleissColumn:
        value = row.articles.fleiss;
        break;
    case ArticleAlphaColumn:
        value = row.articles.alpha;
        break;
    case CharacterPercentColumn:
        value = row.characters.percent;
        break;
    case CharacterCohenColumn:
        value = row.characters.cohen;
        break;
    case CharacterFleissColumn:
        value = row.characters.fleiss;
        break;
    case CharacterAlphaColumn:
        value = row.characters.alpha;
        break;
    case UnitizingAlphaColumn:
        value = row.unitizingAlpha;
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == ArticleUnitsColumn ? QString::number(value) : AgreementReport::figure(value);
    case SortRole:
        return std::isnan(value) ? QVariant() : QVariant(value);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (std::isnan(value))
            return tr("Undefined: no unit qualifies, or every coder gave every unit the same value");
        return {};
    default:
        return {};
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ArticleUnitsColumn:
            return tr("Whole-article tags: the articles every chosen coder coded");
        case ArticleCohenColumn:
        case CharacterCohenColumn:
            return tr("Cohen's κ: for two coders only");
        case UnitizingAlphaColumn:
            return tr("Krippendorff's unitizing α: agreement on where passages begin and end");
        default:
            return section >= CharacterPercentColumn && section <= CharacterAlphaColumn
                       ? tr("Passages: each character × tag is a unit")
                       : QVariant();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case ArticleUnitsColumn:
        return tr("Articles");
    case ArticlePercentColumn:
        return tr("Articles %");
    case ArticleCohenColumn:
        return tr("Articles κ");
    case ArticleFleissColumn:
        return tr("Articles Fleiss κ");
    case ArticleAlphaColumn:
        return tr("Articles α");
    case CharacterPercentColumn:
        return tr("Passages %");
    case CharacterCohenColumn:
        return tr("Passages κ");
    case CharacterFleissColumn:
        return tr("Passages Fleiss κ");
    case CharacterAlphaColumn:
        return tr("Passages α");
    case UnitizingAlphaColumn:
        return tr("Unitizing α");
    }
    return {};
}

} // namespace Pizhu
