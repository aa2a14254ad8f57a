// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangecommands.h"

#include "editing/corpussession.h"

namespace Pizhu {

MergeCoding::MergeCoding(CorpusSession &session, CodingPackage package, const QString &source)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Merge coding from %1").arg(source))
    , m_package(std::move(package))
{
}

void MergeCoding::redo()
{
    writeRedo([this](QString *error) {
        CodingMerge merge(m_session.database());
        if (!merge.apply(m_package)) {
            m_errors = merge.errors();
            *error = m_errors.join(QLatin1Char('\n'));
            return false;
        }
        m_result = merge.result();
        return true;
    });
    m_session.notify({ChangeEvent::Kind::Everything, 0, {}});
}

void MergeCoding::undo()
{
    write([this](QString *error) {
        CodingMerge merge(m_session.database());
        if (merge.undo(m_result))
            return true;
        *error = merge.errors().join(QLatin1Char('\n'));
        return false;
    });
    m_session.notify({ChangeEvent::Kind::Everything, 0, {}});
}

} // namespace Pizhu
