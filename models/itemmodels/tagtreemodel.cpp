// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagtreemodel.h"

#include "editing/corpussession.h"

#include <QColor>
#include <QMimeData>

namespace Pizhu {

namespace {

const QString tagMimeType = QStringLiteral("application/x-pizhu-tag-ids");

} // namespace

TagTreeModel::TagTreeModel(CorpusSession &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(&session, &CorpusSession::changed, this, &TagTreeModel::apply);
    reload();
}

void TagTreeModel::apply(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Kind::Codebook:
    case ChangeEvent::Kind::Everything:
        reload();
        return;
    case ChangeEvent::Kind::TagEdited: {
        TagStore store(m_session.database());
        for (const qint64 id : event.tagIds) {
            if (const std::optional<Tag> tag = store.tag(id); tag && m_byId.contains(id))
                m_tags[m_byId.value(id)] = *tag;
        }
        rowsChanged(event.tagIds, NameColumn, NameColumn);
        return;
    }
    case ChangeEvent::Kind::ArticleTags:
        if (event.concernsArticle(m_articleId) && m_articleId) {
            readArticleTags();
            rowsChanged(event.tagIds, NameColumn, NameColumn, {Qt::CheckStateRole});
        }
        recount(event.tagIds);
        return;
    case ChangeEvent::Kind::Passages:
        recount(event.tagIds);
        return;
    case ChangeEvent::Kind::Articles:
        recount({});
        return;
    case ChangeEvent::Kind::Coders:
        readArticleTags();
        rowsChanged(allTagIds(), NameColumn, NameColumn, {Qt::CheckStateRole});
        recount({});
        return;
    case ChangeEvent::Kind::Entities:
    case ChangeEvent::Kind::CodingStatus:
    case ChangeEvent::Kind::ArticleSets:
    case ChangeEvent::Kind::Memos:
        return;
    }
}

void TagTreeModel::recount(const QList<qint64> &tagIds)
{
    const QHash<qint64, TagCounts> fresh =
        TagStore(m_session.database()).counts(tagIds, m_session.shownCoders());
    if (tagIds.isEmpty()) {
        m_counts = fresh;
    } else {
        for (const qint64 id : tagIds)
            m_counts.insert(id, fresh.value(id));
    }
    rowsChanged(tagIds.isEmpty() ? allTagIds() : tagIds, ArticlesColumn, PassagesColumn,
                {Qt::DisplayRole, Qt::EditRole});
}

void TagTreeModel::rowsChanged(const QList<qint64> &tagIds, int first, int last, const QList<int> &roles)
{
    for (const qint64 id : tagIds) {
        const QModelIndex index = indexOfTag(id);
        if (index.isValid())
            Q_EMIT dataChanged(index.siblingAtColumn(first), index.siblingAtColumn(last), roles);
    }
}

void TagTreeModel::readArticleTags()
{
    // The check marks are this window's coder's: another coder's article tag is theirs to set.
    m_articleTags.clear();
    for (const ArticleTag &tag : AnnotationStore(m_session.database()).articleTags(m_articleId)) {
        if (tag.coder == m_session.coder())
            m_articleTags << tag.tagId;
    }
}

void TagTreeModel::reload()
{
    beginResetModel();
    TagStore store(m_session.database());
    m_tags = store.all();
    m_byId.clear();
    for (qsizetype i = 0; i < m_tags.size(); ++i)
        m_byId.insert(m_tags.at(i).id, int(i));
    m_counts = store.counts({}, m_session.shownCoders());
    readArticleTags();
    endResetModel();
}

void TagTreeModel::setCurrentArticle(qint64 articleId)
{
    // Only the check marks follow the article, and only when there are any to show or hide: the
    // codebook and its counts stay as they are.
    if (articleId == m_articleId)
        return;
    const bool checkable = (m_articleId != 0) != (articleId != 0);
    m_articleId = articleId;
    readArticleTags();
    rowsChanged(allTagIds(), NameColumn, NameColumn,
                checkable ? QList<int>() : QList<int>{Qt::CheckStateRole});
}

QList<qint64> TagTreeModel::allTagIds() const
{
    QList<qint64> ids;
    for (const Tag &tag : m_tags)
        ids << tag.id;
    return ids;
}

QList<qint64> TagTreeModel::childrenOf(qint64 parentId) const
{
    QList<qint64> children;
    for (const Tag &tag : m_tags) {
        if (tag.parentId == parentId)
            children << tag.id;
    }
    return children;
}

int TagTreeModel::rowOf(const Tag &tag) const
{
    return int(childrenOf(tag.parentId).indexOf(tag.id));
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    const QList<qint64> children = childrenOf(parentId);
    return row < children.size() ? createIndex(row, column, quintptr(children.at(row))) : QModelIndex();
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_byId.contains(qint64(child.internalId())))
        return {};
    const Tag &tag = m_tags.at(m_byId.value(qint64(child.internalId())));
    if (tag.parentId == 0 || !m_byId.contains(tag.parentId))
        return {};
    const Tag &parentTag = m_tags.at(m_byId.value(tag.parentId));
    return createIndex(rowOf(parentTag), 0, quintptr(parentTag.id));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex TagTreeModel::indexOfTag(qint64 tagId) const
{
    if (!m_byId.contains(tagId))
        return {};
    const Tag &tag = m_tags.at(m_byId.value(tagId));
    return createIndex(rowOf(tag), 0, quintptr(tag.id));
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_byId.contains(qint64(index.internalId())))
        return {};
    const int position = m_byId.value(qint64(index.internalId()));
    const Tag &tag = m_tags.at(position);
    const TagCounts counts = m_counts.value(tag.id);
    const QVariant key = position < 9 ? QVariant(QString::number(position + 1)) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return tag.name;
        case ArticlesColumn:
            return counts.articles;
        case PassagesColumn:
            return counts.passages;
        case KeyColumn:
            return role == Qt::DisplayRole ? key : QVariant();
        }
        break;
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(QColor(tag.color)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return key.isValid()
                       ? tr("Key %1 tags the selection in the reader with “%2”").arg(key.toString(), tag.name)
                       : QVariant();
        return tag.description.isEmpty() ? tag.name : tag.name + QStringLiteral("\n") + tag.description;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && m_articleId)
            return m_articleTags.contains(tag.id) ? Qt::Checked : Qt::Unchecked;
        break;
    case TagIdRole:
        return tag.id;
    }
    return {};
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != NameColumn)
        return false;
    const qint64 id = qint64(index.internalId());
    if (role == Qt::EditRole)
        return m_session.renameTag(id, value.toString());
    if (role == Qt::CheckStateRole && m_articleId)
        return m_session.setArticleTag(m_articleId, id, value.toInt() == Qt::Checked);
    return false;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case ArticlesColumn:
        return tr("Articles");
    case PassagesColumn:
        return tr("Passages");
    case KeyColumn:
        return tr("Key");
    }
    return {};
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn) {
        flags |= Qt::ItemIsEditable;
        if (m_articleId)
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {tagMimeType};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == NameColumn)
            ids << QString::number(index.internalId());
    }
    auto *mime = new QMimeData; // the view takes ownership
    mime->setData(tagMimeType, ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(tagMimeType))
        return false;
    const qint64 newParent = parent.isValid() ? qint64(parent.internalId()) : 0;
    bool moved = false;
    for (const QByteArray &id : data->data(tagMimeType).split(',')) {
        if (!id.isEmpty())
            moved |= m_session.moveTag(id.toLongLong(), newParent);
    }
    // The session's commands reload the model; removeRows() is not offered, so the view's
    // clean-up after a move removes nothing.
    return moved;
}

} // namespace Pizhu
