// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/memo.h"
#include "editing/changeevent.h"

#include <QAbstractTableModel>

namespace Pizhu {

class CorpusSession;

/**
 * Memos as a table (what each is about, its author, when it last changed, its first line), of the
 * project, one article, one tag, or all; narrowed by a text in either script. While live it reads
 * them again whenever memos, titles or tag names change (memos are few); while not (its view is
 * hidden) it only notes that it must, and does when made live.
 */
class MemoListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AboutColumn,
        CoderColumn,
        ModifiedColumn,
        TextColumn,
        ColumnCount,
    };
    static constexpr int MemoIdRole = Qt::UserRole + 40;

    explicit MemoListModel(CorpusSession &session, QObject *parent = nullptr);

    /** Shows the memos on \a target (\a targetId: the article or tag). */
    void showTarget(MemoTarget target, qint64 targetId);
    /** Shows every memo of the corpus. */
    void showAll();
    /** Shows only memos whose text contains \a text, in either script; empty: all of them. */
    void setFilterText(const QString &text);
    /** Whether changes are read as they come (the view is shown); not at first. */
    void setLive(bool live);

    const Memo &memoAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 memoId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    void apply(const Pizhu::ChangeEvent &event);
    void refresh();
    QString about(const Memo &memo) const;

    CorpusSession &m_session;
    bool m_live = false;
    bool m_stale = true;
    bool m_all = false;
    MemoTarget m_target = MemoTarget::Project;
    qint64 m_targetId = 0;
    QString m_filter;
    QList<Memo> m_rows;
    QHash<qint64, QString> m_names; ///< the titles and tag paths the rows name, by memo id
};

} // namespace Pizhu
