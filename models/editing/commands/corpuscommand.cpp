// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscommand.h"

#include "editing/corpussession.h"
#include "store/corpusdatabase.h"
#include "store/transaction.h"

namespace Pizhu {

CorpusCommand::CorpusCommand(CorpusSession &session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{
}

bool CorpusCommand::write(const std::function<bool(QString *)> &step)
{
    Transaction transaction(m_session.database().sql());
    QString error;
    if (!transaction.isActive())
        error = transaction.errorText();
    else if (step(&error) && transaction.commit())
        return true;
    else if (error.isEmpty())
        error = transaction.errorText();
    m_session.reportFailure(QCoreApplication::translate("Undo Commands", "%1 failed: %2").arg(text(), error));
    return false;
}

void CorpusCommand::writeRedo(const std::function<bool(QString *)> &step)
{
    const bool ok = write(step);
    if (!m_done && !ok)
        setObsolete(true);
    m_done = true;
}

} // namespace Pizhu
