// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/entitystore.h"
#include "text/scriptconverter.h"

#include <QAbstractItemModel>
#include <array>

namespace Pizhu {

class CorpusSession;

/**
 * The entities of one article in three groups (people, organisations, figures), with mention
 * counts and each person's role or each figure's value. Rejected entities are hidden unless asked
 * for; an entity merged into another adds its mentions to it. Follows the session's changes.
 */
class EntityTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        MentionsColumn,
        DetailColumn, ///< role (PER), normalised value (FIG)
        ColumnCount,
    };

    explicit EntityTreeModel(CorpusSession &session, QObject *parent = nullptr);

    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    void setShowRejected(bool show);
    /** Names and roles are shown in \a mode, as the reader shows the article. */
    void setScriptMode(ScriptMode mode);
    void reload();

    /** The entity at \a index, or nullptr for a group row. */
    const StoredEntity *entity(const QModelIndex &index) const;
    QModelIndex indexOfEntity(qint64 id) const;
    QModelIndex groupIndex(EntityType type) const;

    static QString typeName(EntityType type);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Groups = std::array<QList<StoredEntity>, 3>; ///< by EntityType

    /** The rows of every group as stored now. */
    Groups readGroups() const;
    void update();
    QString context(const TextSpan &span) const;
    QString detail(const StoredEntity &entity) const;
    QString inScript(const QString &text) const;

    CorpusSession &m_session;
    qint64 m_articleId = 0;
    bool m_showRejected = false;
    ScriptMode m_mode = ScriptMode::Original;
    QString m_body;
    Groups m_groups;
};

} // namespace Pizhu
