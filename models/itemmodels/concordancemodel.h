// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/concordance.h"

#include <QAbstractTableModel>
#include <memory>

namespace Pizhu {

/**
 * A concordance, one row per hit: the left context right-aligned against the hit, the hit, the
 * right context, and title, date and outlet. Fed page by page from a Concordance as the view
 * scrolls (canFetchMore), or given all lines at once (sorted, from a ConcordanceJob).
 */
class ConcordanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LeftColumn,
        HitColumn,
        RightColumn,
        TitleColumn,
        DateColumn,
        OutletColumn,
        ColumnCount,
    };

    explicit ConcordanceModel(QObject *parent = nullptr);
    ~ConcordanceModel() override;

    /** Starts over with the lines \a concordance yields, the first batch at once. */
    void setConcordance(std::unique_ptr<Concordance> concordance);
    /** Shows \a lines, all of them (a sorted concordance). */
    void setLines(QList<ConcordanceLine> lines);
    const QList<ConcordanceLine> &lines() const { return m_lines; }
    bool isComplete() const { return !m_concordance || m_concordance->atEnd(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::unique_ptr<Concordance> m_concordance;
    QList<ConcordanceLine> m_lines;
    bool m_changing = false;
};

} // namespace Pizhu
