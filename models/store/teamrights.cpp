// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrights.h"

#include "corpusdatabase.h"

namespace Pizhu {

TeamRights::TeamRights(const CorpusDatabase &db)
    : m_db(db)
{
}

QString TeamRights::refusalToChangeCodebook() const
{
    if (m_db.leadsTeam())
        return {};
    return tr("on this team corpus only the lead changes the codebook; you code as %1").arg(m_db.teamLogin());
}

QString TeamRights::refusalToChangeArticles() const
{
    if (m_db.leadsTeam())
        return {};
    return tr("on this team corpus only the lead changes the articles; you code as %1").arg(m_db.teamLogin());
}

QString TeamRights::refusalToChangeWorkOf(const QString &coder) const
{
    if (m_db.leadsTeam() || coder == m_db.teamLogin())
        return {};
    return tr("this is %1's coding: on a team corpus each coder changes only their own").arg(coder);
}

} // namespace Pizhu
