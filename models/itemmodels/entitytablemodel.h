// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/corpusentityquery.h"

#include <QAbstractTableModel>

namespace Pizhu {

class CorpusDatabase;

/**
 * The entities of the whole corpus, one row per name or quantity: type, articles that mention
 * it, mentions, from the running totals in entity_totals; a filter narrows it by name.
 */
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ArticlesColumn,
        MentionsColumn,
        ColumnCount,
    };

    explicit EntityTableModel(CorpusDatabase &db, QObject *parent = nullptr);

    /** Rows whose key or any spelling contains \a filter; a longer filter narrows in place. */
    void setFilter(const QString &filter);
    void reload();
    const CorpusEntity *entity(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CorpusDatabase &m_db;
    QString m_filter;
    QList<CorpusEntity> m_rows;
    bool m_complete = false;
};

} // namespace Pizhu
