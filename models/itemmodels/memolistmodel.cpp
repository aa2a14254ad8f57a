// SPDX-License-Identifier: GPL-3.0-or-later
#include "memolistmodel.h"

#include "editing/corpussession.h"
#include "editing/memos.h"
#include "store/memostore.h"
#include "store/tagstore.h"

namespace Pizhu {

MemoListModel::MemoListModel(CorpusSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(&session, &CorpusSession::changed, this, &MemoListModel::apply);
}

void MemoListModel::apply(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Memos:
    case ChangeEvent::Kind::Articles:
    case ChangeEvent::Kind::Codebook:
    case ChangeEvent::Kind::TagEdited:
    case ChangeEvent::Kind::Everything:
        refresh();
        return;
    case ChangeEvent::Kind::Passages:
    case ChangeEvent::Kind::ArticleTags:
    case ChangeEvent::Kind::Entities:
    case ChangeEvent::Kind::CodingStatus:
    case ChangeEvent::Kind::ArticleSets:
    case ChangeEvent::Kind::Coders:
        return;
    }
}

void MemoListModel::showTarget(MemoTarget target, qint64 targetId)
{
    m_all = false;
    m_target = target;
    m_targetId = targetId;
    refresh();
}

void MemoListModel::showAll()
{
    m_all = true;
    refresh();
}

void MemoListModel::setFilterText(const QString &text)
{
    m_filter = text;
    refresh();
}

void MemoListModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void MemoListModel::refresh()
{
    if (m_live)
        reload();
    else
        m_stale = true;
}

void MemoListModel::reload()
{
    beginResetModel();
    m_stale = false;
    const MemoStore store(m_session.database());
    const bool none = !m_all && m_target != MemoTarget::Project && m_targetId == 0;
    m_rows = none ? QList<Memo>()
                  : Memos::matching(m_all ? store.all() : store.on(m_target, m_targetId), m_filter);
    m_names.clear();
    const bool onArticles = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                        [](const Memo &memo) { return memo.target == MemoTarget::Article; });
    const QHash<qint64, QString> titles = onArticles ? store.articleTitles() : QHash<qint64, QString>();
    TagStore tags(m_session.database());
    for (const Memo &memo : std::as_const(m_rows)) {
        if (memo.target == MemoTarget::Article) {
            m_names.insert(memo.id, titles.value(memo.targetId));
        } else if (memo.target == MemoTarget::Tag) {
            m_names.insert(memo.id, tags.path(memo.targetId));
        }
    }
    endResetModel();
}

int MemoListModel::rowOf(qint64 memoId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == memoId)
            return row;
    }
    return -1;
}

int MemoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MemoListModel::about(const Memo &memo) const
{
    switch (memo.target) {
    case MemoTarget::Article:
        return tr("Article: %1").arg(m_names.value(memo.id));
    case MemoTarget::Tag:
        return tr("Tag: %1").arg(m_names.value(memo.id));
    case MemoTarget::Project:
        break;
    }
    return tr("Project");
}

QVariant MemoListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Memo &memo = m_rows.at(index.row());
    if (role == MemoIdRole)
        return memo.id;
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return memo.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AboutColumn:
        return about(memo);
    case CoderColumn:
        return memo.coder;
    case ModifiedColumn:
        return QString(memo.modified).replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
    case TextColumn:
        return memo.text.section(QLatin1Char('\n'), 0, 0);
    default:
        return {};
    }
}

QVariant MemoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AboutColumn:
        return tr("About");
    case CoderColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Changed");
    case TextColumn:
        return tr("Memo");
    default:
        return {};
    }
}

} // namespace Pizhu
