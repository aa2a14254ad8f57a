// SPDX-License-Identifier: GPL-3.0-or-later
#include "memocommands.h"

#include "editing/corpussession.h"
#include "store/memostore.h"

namespace Pizhu {

namespace {

bool store(CorpusDatabase &db, Memo *memo, QString *error)
{
    MemoStore memos(db);
    memo->id = memos.insert(*memo);
    *error = memos.errorString();
    return memo->id != 0;
}

bool remove(CorpusDatabase &db, qint64 id, QString *error)
{
    MemoStore memos(db);
    const bool ok = memos.remove(id);
    *error = memos.errorString();
    return ok;
}

qint64 articleOf(const Memo &memo)
{
    return memo.target == MemoTarget::Article ? memo.targetId : 0;
}

// Command ids must be unique among QUndoCommand::id() values in the program.
constexpr int EditMemoTextId = 0x4d454d4f; // "MEMO"

} // namespace

AddMemo::AddMemo(CorpusSession &session, const Memo &memo)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Write memo"))
    , m_memo(memo)
{
}

void AddMemo::redo()
{
    writeRedo([this](QString *error) { return store(m_session.database(), &m_memo, error); });
    m_session.notify({ChangeEvent::Kind::Memos, articleOf(m_memo), {}});
}

void AddMemo::undo()
{
    write([this](QString *error) { return remove(m_session.database(), m_memo.id, error); });
    m_session.notify({ChangeEvent::Kind::Memos, articleOf(m_memo), {}});
}

EditMemoText::EditMemoText(CorpusSession &session, const Memo &before, const QString &text,
                           const QString &modified)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Edit memo"))
    , m_memoId(before.id)
    , m_beforeText(before.text)
    , m_beforeModified(before.modified)
    , m_afterText(text)
    , m_afterModified(modified)
    , m_articleId(articleOf(before))
{
}

bool EditMemoText::write(const QString &text, const QString &modified, QString *error)
{
    MemoStore memos(m_session.database());
    const bool ok = memos.setText(m_memoId, text, modified);
    *error = memos.errorString();
    return ok;
}

void EditMemoText::redo()
{
    writeRedo([this](QString *error) { return write(m_afterText, m_afterModified, error); });
    m_session.notify({ChangeEvent::Kind::Memos, m_articleId, {}});
}

void EditMemoText::undo()
{
    CorpusCommand::write([this](QString *error) { return write(m_beforeText, m_beforeModified, error); });
    m_session.notify({ChangeEvent::Kind::Memos, m_articleId, {}});
}

int EditMemoText::id() const
{
    return EditMemoTextId;
}

bool EditMemoText::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditMemoText *>(other);
    if (!edit || edit->m_memoId != m_memoId)
        return false;
    m_afterText = edit->m_afterText;
    m_afterModified = edit->m_afterModified;
    return true;
}

RemoveMemo::RemoveMemo(CorpusSession &session, const Memo &memo)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Delete memo"))
    , m_memo(memo)
{
}

void RemoveMemo::redo()
{
    writeRedo([this](QString *error) { return remove(m_session.database(), m_memo.id, error); });
    m_session.notify({ChangeEvent::Kind::Memos, articleOf(m_memo), {}});
}

void RemoveMemo::undo()
{
    write([this](QString *error) { return store(m_session.database(), &m_memo, error); });
    m_session.notify({ChangeEvent::Kind::Memos, articleOf(m_memo), {}});
}

} // namespace Pizhu
