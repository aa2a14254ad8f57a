// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/memo.h"

#include <QCoreApplication>
#include <QList>

namespace Pizhu {

class CorpusSession;

/**
 * Writing, editing and deleting memos, each an undoable step of the session; and finding them
 * by their text in either script.
 */
class Memos
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::Memos)

public:
    explicit Memos(CorpusSession &session);

    /** Writes a memo by the session's coder on \a target; its id, or 0 with errorString(). */
    qint64 add(MemoTarget target, qint64 targetId, const QString &text);
    /** Replaces the text of memo \a id (edits of one memo in a row are one undo step). */
    bool setText(qint64 id, const QString &text);
    bool remove(qint64 id);

    /** The memos among \a memos whose text contains \a text, in either script. */
    static QList<Memo> matching(const QList<Memo> &memos, const QString &text);

    QString errorString() const { return m_error; }

private:
    bool refuse(const QString &reason);

    CorpusSession &m_session;
    QString m_error;
};

} // namespace Pizhu
