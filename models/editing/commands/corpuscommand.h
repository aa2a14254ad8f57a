// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace Pizhu {

class CorpusSession;

/**
 * The base of every edit (command texts use the translation context "Undo Commands", so
 * translators see them together): redo() and undo() each write in one transaction. A step that fails is
 * rolled back and reported through the session; a command whose first redo fails marks itself
 * obsolete, so the undo stack drops it.
 */
class CorpusCommand : public QUndoCommand
{
public:
    explicit CorpusCommand(CorpusSession &session, const QString &text);

protected:
    /** Runs \a step in a transaction; on failure rolls back and reports \a step's error. */
    bool write(const std::function<bool(QString *error)> &step);
    /** For redo(): write() and, the first time, drop the command if it failed. */
    void writeRedo(const std::function<bool(QString *error)> &step);

    CorpusSession &m_session;

private:
    bool m_done = false;
};

} // namespace Pizhu
