// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Pizhu {

class CorpusDatabase;

/**
 * What this connection may change on a team corpus, asked before an edit so the user reads why
 * not instead of the server's refusal. The server enforces the same rules (TeamSchema's roles and
 * row-level policies); on a corpus file everything is allowed. Each answer is empty when allowed,
 * else the reason to show.
 */
class TeamRights
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TeamRights)

public:
    explicit TeamRights(const CorpusDatabase &db);

    QString refusalToChangeCodebook() const;
    QString refusalToChangeArticles() const;
    /** Passages, article tags and memos belong to the coder who made them; the lead changes any. */
    QString refusalToChangeWorkOf(const QString &coder) const;

private:
    const CorpusDatabase &m_db;
};

} // namespace Pizhu
