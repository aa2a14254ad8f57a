// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawmention.h"
#include "wordlist.h"

#include <QList>

namespace Pizhu {

/**
 * Clubs that news names by a common word (火箭, 勇士, 太阳): in a text about their sport, told by
 * cue words (季后赛, 篮板, another club), they are organisations; elsewhere they are the rocket,
 * the warrior and the sun. The lists are resources/lexicons/sports-teams.txt.
 */
class SportsTeamFinder
{
public:
    static const SportsTeamFinder &instance();

    /** Where the clubs' names stand in \a text, left to right; none when \a text is not about sport. */
    QList<RawMention> find(QStringView text) const;
    /** Whether \a text holds at least two different cue words. */
    bool isAboutSport(QStringView text) const;

private:
    SportsTeamFinder();

    WordList m_teams;
    WordList m_cues;
};

} // namespace Pizhu
