// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editing/changeevent.h"
#include "store/tagstore.h"

#include <QAbstractItemModel>

namespace Pizhu {

class CorpusSession;

/**
 * The codebook as a tree: name (with its colour), articles and passages per tag. Edits go through
 * the session as undoable commands: renaming in place, checking a tag for the current article,
 * and dragging a tag onto another to move it. It follows the session's changes in place: new
 * counts for the tags an edit touched, new check marks for the article shown; only a change to the
 * tree itself (or one made elsewhere) reads the codebook again.
 */
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ArticlesColumn,
        PassagesColumn,
        KeyColumn, ///< 1–9 for the first nine tags: the key that tags the reader's selection with it
        ColumnCount,
    };

    static constexpr int TagIdRole = Qt::UserRole + 10;

    explicit TagTreeModel(CorpusSession &session, QObject *parent = nullptr);

    /** The article whose article-level tags the check boxes show (0: none, no check boxes). */
    void setCurrentArticle(qint64 articleId);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /** The index of the tag \a tagId in column 0, or an invalid index. */
    QModelIndex indexOfTag(qint64 tagId) const;
    /** Every tag in tree order (the order keys 1–9 follow). */
    const QList<Tag> &tags() const { return m_tags; }

public Q_SLOTS:
    void reload();

private:
    void apply(const ChangeEvent &event);
    /** Reads the counts of \a tagIds again (all, when empty) and tells the views. */
    void recount(const QList<qint64> &tagIds);
    void readArticleTags();
    /** dataChanged for the rows of \a tagIds, columns \a first to \a last. */
    void rowsChanged(const QList<qint64> &tagIds, int first, int last, const QList<int> &roles = {});

    QList<qint64> childrenOf(qint64 parentId) const;
    QList<qint64> allTagIds() const;
    int rowOf(const Tag &tag) const;

    CorpusSession &m_session;
    QList<Tag> m_tags;
    QHash<qint64, int> m_byId; ///< tag id -> position in m_tags
    QHash<qint64, TagCounts> m_counts;
    QList<qint64> m_articleTags;
    qint64 m_articleId = 0;
};

} // namespace Pizhu
