// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamaddress.h"

#include <QString>
#include <optional>

namespace Pizhu {

/**
 * Where an open corpus is, enough for another connection to it (a worker thread's): a file, or a
 * team corpus's address with the password the user typed for it, if any. The password lives in
 * memory only, for as long as the window that asked for it.
 */
class CorpusLocation
{
public:
    CorpusLocation() = default;
    static CorpusLocation file(const QString &path)
    {
        CorpusLocation location;
        location.m_path = path;
        return location;
    }
    static CorpusLocation team(const TeamAddress &address, const QString &password = {})
    {
        CorpusLocation location;
        location.m_path = address.withoutSecrets();
        location.m_team = address;
        location.m_password = password;
        return location;
    }

    bool isTeam() const { return m_team.has_value(); }
    /** The file, or the team corpus's address without secrets: to show, and to remember. */
    QString path() const { return m_path; }
    /** The team corpus's address; valid when isTeam(). */
    const TeamAddress &address() const { return *m_team; }
    QString password() const { return m_password; }

private:
    QString m_path;
    std::optional<TeamAddress> m_team;
    QString m_password;
};

} // namespace Pizhu
