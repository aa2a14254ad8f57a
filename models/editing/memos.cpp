// SPDX-License-Identifier: GPL-3.0-or-later
#include "memos.h"

#include "commands/memocommands.h"
#include "corpussession.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"
#include "store/memostore.h"
#include "store/tagstore.h"
#include "text/scriptconverter.h"

namespace Pizhu {

Memos::Memos(CorpusSession &session)
    : m_session(session)
{
}

bool Memos::refuse(const QString &reason)
{
    m_error = reason;
    return false;
}

qint64 Memos::add(MemoTarget target, qint64 targetId, const QString &text)
{
    m_error.clear();
    CorpusDatabase &db = m_session.database();
    if (target == MemoTarget::Article && ArticleStore(db).existingIds({targetId}).isEmpty())
        return refuse(tr("there is no article %1").arg(targetId));
    if (target == MemoTarget::Tag && !TagStore(db).tag(targetId))
        return refuse(tr("there is no tag %1").arg(targetId));
    const QString now = AnnotationStore::timestamp();
    auto *command = new AddMemo(m_session, {0, target, target == MemoTarget::Project ? 0 : targetId, text,
                                            m_session.coder(), now, now});
    if (!m_session.push(command))
        return refuse(m_session.errorString());
    return command->memoId();
}

bool Memos::setText(qint64 id, const QString &text)
{
    m_error.clear();
    const std::optional<Memo> memo = MemoStore(m_session.database()).memo(id);
    if (!memo)
        return refuse(tr("there is no memo %1").arg(id));
    if (memo->text == text)
        return true;
    if (!m_session.push(new EditMemoText(m_session, *memo, text, AnnotationStore::timestamp())))
        return refuse(m_session.errorString());
    return true;
}

bool Memos::remove(qint64 id)
{
    m_error.clear();
    const std::optional<Memo> memo = MemoStore(m_session.database()).memo(id);
    if (!memo)
        return refuse(tr("there is no memo %1").arg(id));
    if (!m_session.push(new RemoveMemo(m_session, *memo)))
        return refuse(m_session.errorString());
    return true;
}

QList<Memo> Memos::matching(const QList<Memo> &memos, const QString &text)
{
    const ScriptConverter &simplified = ScriptConverter::forMode(ScriptMode::Simplified);
    const QString wanted = simplified.convertText(text.trimmed());
    if (wanted.isEmpty())
        return memos;
    QList<Memo> found;
    for (const Memo &memo : memos) {
        if (simplified.convertText(memo.text).contains(wanted, Qt::CaseInsensitive))
            found << memo;
    }
    return found;
}

} // namespace Pizhu
