// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Pizhu {

/**
 * The running totals of entity names on a team corpus (`entity_totals`), kept by the server's
 * triggers as SQLite's step 9 triggers keep them in a file. The functions run with their owner's
 * rights, so coders correcting entities need none on the totals.
 */
class TeamEntityTotals
{
public:
    /** The tables, functions and triggers, in the order TeamSchema::create runs them. */
    static const QStringList &statements();
    /** The functions and triggers that count, made or replaced (TeamUpgrade runs them again). */
    static const QStringList &counting();
    /** Counting every entity afresh, for an upgrade that changed what counts. */
    static QStringList recount();
};

} // namespace Pizhu
