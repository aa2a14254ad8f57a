// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/memo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/**
 * Reads and writes memos (schema step 14). A memo on an article or a tag goes with it when it is
 * deleted (foreign keys), so the commands that delete them keep theirs for undo. Callers group
 * the writes.
 */
class MemoStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::MemoStore)

public:
    explicit MemoStore(CorpusDatabase &db);

    /** Every memo: the project's, then the tags', then the articles', each oldest first. */
    QList<Memo> all() const;
    /** The memos on \a target (\a targetId: the article or tag; 0 for the project), oldest first. */
    QList<Memo> on(MemoTarget target, qint64 targetId) const;
    /** The memos on the tags \a tagIds. */
    QList<Memo> onTags(const QList<qint64> &tagIds) const;
    std::optional<Memo> memo(qint64 id) const;
    /** The titles of the articles that have memos, by article id. */
    QHash<qint64, QString> articleTitles() const;

    /** Stores \a memo, with its id if not 0; the id, or 0 on failure. */
    qint64 insert(const Memo &memo);
    bool setText(qint64 id, const QString &text, const QString &modified);
    bool remove(qint64 id);
    /** Puts the memos \a ids on tag \a tagId (a merge of tags moves them). */
    bool moveToTag(const QList<qint64> &ids, qint64 tagId);

    QString errorString() const { return m_error; }

private:
    QList<Memo> read(const QString &where, const QVariantList &values) const;
    bool run(const QString &sql, const QVariantList &values);

    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
