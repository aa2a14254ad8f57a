// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/memo.h"
#include "corpuscommand.h"

namespace Pizhu {

/** Writes a new memo; undo removes it, redo stores it again with the same id. */
class AddMemo : public CorpusCommand
{
public:
    AddMemo(CorpusSession &session, const Memo &memo);
    void redo() override;
    void undo() override;

    qint64 memoId() const { return m_memo.id; }

private:
    Memo m_memo;
};

/**
 * Changes a memo's text. Edits of the same memo in a row make one step, so that undo takes back
 * a spell of writing, not a keystroke.
 */
class EditMemoText : public CorpusCommand
{
public:
    EditMemoText(CorpusSession &session, const Memo &before, const QString &text, const QString &modified);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool write(const QString &text, const QString &modified, QString *error);

    qint64 m_memoId;
    QString m_beforeText;
    QString m_beforeModified;
    QString m_afterText;
    QString m_afterModified;
    qint64 m_articleId;
};

/** Deletes a memo; undo puts it back as it was. */
class RemoveMemo : public CorpusCommand
{
public:
    RemoveMemo(CorpusSession &session, const Memo &memo);
    void redo() override;
    void undo() override;

private:
    Memo m_memo;
};

} // namespace Pizhu
