// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <memory>

namespace Pizhu {

class AgreementStudy;

/** The figures of an agreement study, one row per tag and a last one for every tag together. */
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TagColumn,
        ArticleUnitsColumn,
        ArticlePercentColumn,
        ArticleCohenColumn,
        ArticleFleissColumn,
        ArticleAlphaColumn,
        CharacterPercentColumn,
        CharacterCohenColumn,
        CharacterFleissColumn,
        CharacterAlphaColumn,
        UnitizingAlphaColumn,
        ColumnCount,
    };

    explicit AgreementTableModel(QObject *parent = nullptr);
    ~AgreementTableModel() override;

    void setStudy(std::shared_ptr<const AgreementStudy> study);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const AgreementStudy> m_study;
};

} // namespace Pizhu
