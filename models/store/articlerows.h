// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/**
 * Every stored row of some articles, read before they are deleted so that undo can put them back
 * as they were, ids included: the article, its texts, bylines, set-aside lines, attributes,
 * whole-article tags, passages, status, entities with their mentions, and the links by which
 * entities of other articles were merged into theirs. The search index is not a table of rows;
 * ArticleWriter indexes the restored texts again.
 */
class ArticleRows
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleRows)

public:
    /** Reads the rows of \a articleIds; nothing on a failure, with \a error saying why. */
    static std::optional<ArticleRows> read(CorpusDatabase &db, const QList<qint64> &articleIds,
                                           QString *error);

    /** Inserts the rows again; call in a transaction, before the articles' ids are taken again. */
    bool restore(CorpusDatabase &db, QString *error) const;

    /** Of the articles, those that were in the search index when read. */
    QList<qint64> indexedIds() const { return m_indexedIds; }

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };

    bool readTable(CorpusDatabase &db, const QString &name, const QString &where, QString *error);

    QList<qint64> m_indexedIds;
    QList<Table> m_tables;                           ///< in the order they are restored
    QList<std::pair<qint64, qint64>> m_entityMerges; ///< entity id, merged into, both set after insertion
};

} // namespace Pizhu
