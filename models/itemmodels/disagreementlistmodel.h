// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <memory>

namespace Pizhu {

class AgreementStudy;

/**
 * Where coders disagree, one row per place: the article, the tag, the whole article or a stretch
 * of characters, and what each coder did there. ArticleIdRole and SpanRole say where to look.
 */
class DisagreementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ArticleColumn,
        TagColumn,
        PlaceColumn,
        FirstCoderColumn, ///< one column per coder from here on
    };

    explicit DisagreementListModel(QObject *parent = nullptr);
    ~DisagreementListModel() override;

    void setStudy(std::shared_ptr<const AgreementStudy> study);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const AgreementStudy> m_study;
};

} // namespace Pizhu
