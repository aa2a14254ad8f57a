// SPDX-License-Identifier: GPL-3.0-or-later
#include "sportsteamfinder.h"

#include <QSet>

namespace Pizhu {

namespace {

const QString Lexicon = QStringLiteral(":/lexicons/sports-teams.txt");

} // namespace

const SportsTeamFinder &SportsTeamFinder::instance()
{
    static const SportsTeamFinder finder;
    return finder;
}

SportsTeamFinder::SportsTeamFinder()
    : m_teams(WordList::fromResource(Lexicon, QStringLiteral("teams")))
    , m_cues(WordList::fromResource(Lexicon, QStringLiteral("cues")))
{
}

bool SportsTeamFinder::isAboutSport(QStringView text) const
{
    QSet<QStringView> seen;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (const qsizetype length = m_cues.longestAt(text, at)) {
            seen.insert(text.mid(at, length));
            if (seen.size() >= 2)
                return true;
            at += length - 1;
        }
    }
    return false;
}

QList<RawMention> SportsTeamFinder::find(QStringView text) const
{
    QList<RawMention> found;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (const qsizetype length = m_teams.longestAt(text, at)) {
            if (found.isEmpty() && !isAboutSport(text))
                return {};
            found.append({at, at + length, 0, 0});
            at += length - 1;
        }
    }
    return found;
}

} // namespace Pizhu
