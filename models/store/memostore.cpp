// SPDX-License-Identifier: GPL-3.0-or-later
#include "memostore.h"

#include "corpusdatabase.h"
#include "sqlquery.h"

namespace Pizhu {

namespace {

const char Columns[] = "id, article_id, tag_id, text, coder, created, modified";

// Which of the two target columns a memo fills: article_id, tag_id, or neither (the project).
QVariant articleColumn(const Memo &memo)
{
    return memo.target == MemoTarget::Article ? QVariant(memo.targetId) : QVariant();
}

QVariant tagColumn(const Memo &memo)
{
    return memo.target == MemoTarget::Tag ? QVariant(memo.targetId) : QVariant();
}

} // namespace

MemoStore::MemoStore(CorpusDatabase &db)
    : m_db(db)
{
}

QList<Memo> MemoStore::read(const QString &where, const QVariantList &values) const
{
    QList<Memo> memos;
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("SELECT %1 FROM memos %2"
                                   " ORDER BY article_id IS NOT NULL, tag_id IS NOT NULL, article_id, tag_id,"
                                   " created, id")
                        .arg(QLatin1String(Columns), where),
                    values)) {
        m_error = query.errorText();
        return memos;
    }
    while (query.next()) {
        Memo memo;
        memo.id = query.integer(0);
        if (query.value(1).isValid()) {
            memo.target = MemoTarget::Article;
            memo.targetId = query.integer(1);
        } else if (query.value(2).isValid()) {
            memo.target = MemoTarget::Tag;
            memo.targetId = query.integer(2);
        }
        memo.text = query.text(3);
        memo.coder = query.text(4);
        memo.created = query.text(5);
        memo.modified = query.text(6);
        memos << memo;
    }
    m_error.clear();
    return memos;
}

QList<Memo> MemoStore::all() const
{
    return read({}, {});
}

QList<Memo> MemoStore::on(MemoTarget target, qint64 targetId) const
{
    switch (target) {
    case MemoTarget::Article:
        return read(QStringLiteral("WHERE article_id = ?"), {targetId});
    case MemoTarget::Tag:
        return read(QStringLiteral("WHERE tag_id = ?"), {targetId});
    case MemoTarget::Project:
        break;
    }
    return read(QStringLiteral("WHERE article_id IS NULL AND tag_id IS NULL"), {});
}

QList<Memo> MemoStore::onTags(const QList<qint64> &tagIds) const
{
    if (tagIds.isEmpty())
        return {};
    return read(QStringLiteral("WHERE tag_id IN (%1)").arg(SqlQuery::idList(tagIds)), {});
}

std::optional<Memo> MemoStore::memo(qint64 id) const
{
    const QList<Memo> memos = read(QStringLiteral("WHERE id = ?"), {id});
    return memos.isEmpty() ? std::nullopt : std::optional(memos.constFirst());
}

QHash<qint64, QString> MemoStore::articleTitles() const
{
    QHash<qint64, QString> titles;
    SqlQuery query(m_db.sql());
    if (!query.exec(
            QStringLiteral("SELECT a.id, a.title FROM articles AS a"
                           " WHERE a.id IN (SELECT article_id FROM memos WHERE article_id IS NOT NULL)"))) {
        m_error = query.errorText();
        return titles;
    }
    while (query.next())
        titles.insert(query.integer(0), query.text(1));
    return titles;
}

qint64 MemoStore::insert(const Memo &memo)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(QStringLiteral("INSERT INTO memos (%1) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                        .arg(QLatin1String(Columns)),
                    {memo.id != 0 ? QVariant(memo.id) : QVariant(), articleColumn(memo), tagColumn(memo),
                     SqlQuery::notNull(memo.text), SqlQuery::notNull(memo.coder),
                     SqlQuery::notNull(memo.created), SqlQuery::notNull(memo.modified)}) ||
        !query.next()) {
        m_error = query.errorText();
        return 0;
    }
    return query.integer(0);
}

bool MemoStore::run(const QString &sql, const QVariantList &values)
{
    SqlQuery query(m_db.sql());
    if (!query.exec(sql, values)) {
        m_error = query.errorText();
        return false;
    }
    return true;
}

bool MemoStore::setText(qint64 id, const QString &text, const QString &modified)
{
    return run(QStringLiteral("UPDATE memos SET text = ?, modified = ? WHERE id = ?"),
               {SqlQuery::notNull(text), modified, id});
}

bool MemoStore::remove(qint64 id)
{
    return run(QStringLiteral("DELETE FROM memos WHERE id = ?"), {id});
}

bool MemoStore::moveToTag(const QList<qint64> &ids, qint64 tagId)
{
    if (ids.isEmpty())
        return true;
    return run(QStringLiteral("UPDATE memos SET tag_id = ? WHERE id IN (%1)").arg(SqlQuery::idList(ids)),
               {tagId});
}

} // namespace Pizhu
