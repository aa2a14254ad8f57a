// SPDX-License-Identifier: GPL-3.0-or-later
#include "personextractor.h"

#include "spancoverage.h"
#include "text/hanzi.h"
#include "text/surnamelexicon.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>
#include <vector>

namespace Pizhu {

namespace {

constexpr qsizetype MaxRoleLength = 24;
constexpr qsizetype MaxForeignNameLength = 10;

const QChar ListComma(0x3001);   // 、
const QChar MiddleDot(0x00B7);   // ·
const QChar KatakanaDot(0x30FB); // ・

} // namespace

const PersonExtractor &PersonExtractor::instance()
{
    static const PersonExtractor extractor;
    return extractor;
}

PersonExtractor::PersonExtractor()
    : m_surnames(SurnameLexicon::instance())
    , m_titles(WordList::fromResource(QStringLiteral(":/lexicons/person-titles.txt")))
    , m_strongCues(
          WordList::fromResource(QStringLiteral(":/lexicons/person-cues.txt"), QStringLiteral("strong")))
    , m_weakCues(WordList::fromResource(QStringLiteral(":/lexicons/person-cues.txt"), QStringLiteral("weak")))
    , m_boundaries(WordList::fromResource(QStringLiteral(":/lexicons/org-boundaries.txt")))
    , m_foreignPlaces(WordList::fromResource(QStringLiteral(":/lexicons/foreign-places.txt")))
    , m_nameCharacters(WordList::charactersFromResource(QStringLiteral(":/lexicons/given-name-chars.txt")))
    , m_notInNames(WordList::charactersFromResource(QStringLiteral(":/lexicons/given-name-stop.txt")))
    , m_ambiguousSurnames(
          WordList::charactersFromResource(QStringLiteral(":/lexicons/ambiguous-surnames.txt")))
    , m_transliteration(WordList::charactersFromResource(QStringLiteral(":/lexicons/transliteration.txt")))
{
}

bool PersonExtractor::isGiven(QStringView text, qsizetype at) const
{
    return at < text.size() && isHanzi(text.at(at)) && !m_notInNames.contains(text.at(at));
}

bool PersonExtractor::titleBefore(QStringView text, qsizetype at) const
{
    if (at > 0 && text.at(at - 1) == QLatin1Char(' '))
        --at;
    return m_titles.longestEndingAt(text, at) > 0;
}

bool PersonExtractor::strongAfter(QStringView text, qsizetype end) const
{
    // 刘彬，霸州市委教育工委专职副书记，: an apposition that ends in a title confirms a name too.
    return m_titles.longestAt(text, end) > 0 || m_strongCues.longestAt(text, end) > 0 ||
           roleAfter(text, end) > end;
}

bool PersonExtractor::placeAfter(QStringView text, qsizetype end) const
{
    // 石家庄村, 张家口市: a place name, unless a title follows (张三市长).
    return end < text.size() && isPlaceSuffix(text.at(end)) && m_titles.longestAt(text, end) == 0;
}

bool PersonExtractor::weakAfter(QStringView text, qsizetype end) const
{
    return end >= text.size() || !isHanzi(text.at(end)) || m_weakCues.longestAt(text, end) > 0;
}

qsizetype PersonExtractor::chineseNameAt(QStringView text, qsizetype at, bool afterName) const
{
    const qsizetype surname = m_surnames.surnameLength(text.mid(at));
    // 农民李明东: a title that starts with a surname character comes before the name.
    if (surname == 0 || m_titles.longestAt(text, at) > 0 ||
        (at > 0 && isHanzi(text.at(at - 1)) && m_surnames.surnameLength(text.mid(at - 1)) == 2))
        return 0;
    const qsizetype given = at + surname;
    // 张书记, 江主席: a surname with a title is a way of address, not a name; nor is a surname
    // character that starts a speech word (周表示) or other cue.
    if (!isGiven(text, given) || m_titles.longestAt(text, given) > 0 ||
        m_strongCues.longestAt(text, given) > 0 || m_weakCues.longestAt(text, given) > 0)
        return 0;
    // 大宋楼村张春志: a village or town right before a name is where the person is from.
    static const QString homePlaces = QStringLiteral("村镇乡");
    const bool strongBefore =
        titleBefore(text, at) || afterName || (at > 1 && homePlaces.contains(text.at(at - 1)));
    // A name starts a phrase: after punctuation, or after a function word or verb (的, 同, 会见).
    const bool standsAlone = at == 0 || !isHanzi(text.at(at - 1)) || m_weakCues.longestEndingAt(text, at) > 0;
    // 和群众, 区人大: a surname that is also a common word needs a title before it.
    if (surname == 1 && m_ambiguousSurnames.contains(text.at(at)) &&
        !((strongBefore || standsAlone) && m_nameCharacters.contains(text.at(given)) &&
          ((given + 1 < text.size() && m_nameCharacters.contains(text.at(given + 1))) ||
           strongAfter(text, given + 1))))
        return 0;
    const bool twoGiven = isGiven(text, given + 1) && m_titles.longestAt(text, given + 1) == 0 &&
                          m_strongCues.longestAt(text, given + 1) == 0 &&
                          m_weakCues.longestAt(text, given + 1) == 0;
    if (twoGiven && !placeAfter(text, given + 2)) {
        const qsizetype end = given + 2;
        const bool common =
            m_nameCharacters.contains(text.at(given)) && m_nameCharacters.contains(text.at(given + 1));
        const bool someCommon =
            m_nameCharacters.contains(text.at(given)) || m_nameCharacters.contains(text.at(given + 1));
        if ((strongBefore && (someCommon || weakAfter(text, end) || strongAfter(text, end))) ||
            (strongAfter(text, end) && (standsAlone || common)) ||
            (standsAlone && weakAfter(text, end) && common))
            return end - at;
    }
    const qsizetype end = given + 1;
    if (placeAfter(text, end))
        return 0;
    const bool common = m_nameCharacters.contains(text.at(given));
    if (common && ((strongBefore && (weakAfter(text, end) || strongAfter(text, end))) ||
                   (strongAfter(text, end) && standsAlone)))
        return end - at;
    // 秦杰、王黎: a list of names goes on while names are separated by 、.
    if (afterName && (weakAfter(text, end) || strongAfter(text, end)))
        return end - at;
    return 0;
}

qsizetype PersonExtractor::foreignNameAt(QStringView text, qsizetype at) const
{
    if (!m_transliteration.contains(text.at(at)) || (at > 0 && m_transliteration.contains(text.at(at - 1))) ||
        (at > 0 && text.at(at - 1).isDigit()))
        return 0;
    qsizetype end = at;
    while (end < text.size() && end - at < MaxForeignNameLength &&
           (m_transliteration.contains(text.at(end)) ||
            ((text.at(end) == MiddleDot || text.at(end) == KatakanaDot) && end > at)))
        ++end;
    while (end > at && !m_transliteration.contains(text.at(end - 1)))
        --end;
    if (end - at < 2)
        return 0;
    const QStringView run = text.mid(at, end - at);
    if (m_foreignPlaces.longestAt(run, 0) > 0 || m_foreignPlaces.longestEndingAt(run, run.size()) > 0)
        return 0;
    // Without a title or speech word, a longer run between phrase boundaries counts (谢苗诺娃已…).
    const bool bounded = (at == 0 || !isHanzi(text.at(at - 1)) || m_weakCues.longestEndingAt(text, at) > 0) &&
                         weakAfter(text, end);
    if (!titleBefore(text, at) && !strongAfter(text, end) && !(bounded && end - at >= 3))
        return 0;
    return end - at;
}

QList<RawMention> PersonExtractor::extract(QStringView text) const
{
    QList<RawMention> mentions;
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (!isHanzi(text.at(at)))
            continue;
        const bool afterName = at >= 2 && text.at(at - 1) == ListComma && !mentions.isEmpty() &&
                               mentions.constLast().end == at - 1;
        qsizetype length = chineseNameAt(text, at, afterName);
        if (length == 0)
            length = foreignNameAt(text, at);
        if (length > 0) {
            mentions.append({at, at + length});
            at += length - 1;
        }
    }
    return complete(text, mentions);
}

bool PersonExtractor::rejects(QStringView name) const
{
    // A surname alone (张) is how lists and addresses refer to someone named elsewhere, if at all.
    if (name.size() < 2 || isPlaceSuffix(name.back()) || name.back() == u'局')
        return true;
    const qsizetype surname = m_surnames.surnameLength(name);
    if (surname == 0 || surname >= name.size())
        return false;
    return m_titles.longestAt(name, surname) > 0 || name.mid(surname).contains(u'某');
}

QList<RawMention> PersonExtractor::complete(QStringView text, QList<RawMention> mentions) const
{
    addOtherMentions(text, mentions);
    addListedNames(text, mentions);
    for (RawMention &mention : mentions) {
        qsizetype titleEnd = mention.start;
        if (titleEnd > 0 && text.at(titleEnd - 1) == QLatin1Char(' '))
            --titleEnd;
        mention.roleStart = roleBefore(text, titleEnd);
        mention.roleEnd = titleEnd;
        if (mention.roleStart == mention.roleEnd) {
            mention.roleStart = mention.end + 1;
            mention.roleEnd = roleAfter(text, mention.end);
        }
    }
    return mentions;
}

void PersonExtractor::addOtherMentions(QStringView text, QList<RawMention> &mentions) const
{
    // Every other place each name found stands. Longer names first, so 阿里巴巴 claims its places
    // before 阿里 is looked for inside them, and the text in order within a length, so the same
    // text always gives the same mentions. One pass over the text per name length (not per name),
    // looking only where a name's first character stands: the time grows with the text alone.
    std::map<qsizetype, QSet<QStringView>, std::greater<>> namesByLength;
    std::vector<bool> startsAName(0x10000, false);
    for (const RawMention &mention : std::as_const(mentions)) {
        const QStringView name = text.mid(mention.start, mention.end - mention.start);
        if (name.isEmpty())
            continue;
        namesByLength[name.size()].insert(name);
        startsAName[name.front().unicode()] = true;
    }
    SpanCoverage coverage(text.size(), mentions);
    const qsizetype found = mentions.size();
    for (const auto &[length, names] : namesByLength) {
        for (qsizetype at = 0; at + length <= text.size(); ++at) {
            if (!startsAName[text.at(at).unicode()] || !names.contains(text.mid(at, length)))
                continue;
            const qsizetype end = at + length;
            // 刘彬 inside 刘彬彬 or inside a longer name found elsewhere is not this name.
            if (coverage.overlaps(at, end) ||
                (end < text.size() && length == 2 && isGiven(text, end) &&
                 m_nameCharacters.contains(text.at(end)) && !weakAfter(text, end) && !strongAfter(text, end)))
                continue;
            mentions.append({at, end});
            coverage.mark(at, end);
        }
    }
    if (mentions.size() > found)
        std::sort(mentions.begin(), mentions.end(),
                  [](const RawMention &a, const RawMention &b) { return a.start < b.start; });
}

void PersonExtractor::addListedNames(QStringView text, QList<RawMention> &mentions) const
{
    // 李公乐、袁家健: a name after 、 following a name found anywhere in the text is a name too.
    // New names go to a list of their own and are merged in order at the end, so each one costs
    // its own length rather than a pass over all the mentions.
    SpanCoverage coverage(text.size(), mentions);
    QList<RawMention> listed;
    const auto follow = [&](const RawMention &mention) {
        const qsizetype at = mention.end + 1;
        if (at >= text.size() || text.at(at - 1) != ListComma || coverage.overlaps(at, at + 1))
            return false;
        const qsizetype length = chineseNameAt(text, at, true);
        if (!length || coverage.overlaps(at, at + length))
            return false;
        coverage.mark(at, at + length);
        listed.append({at, at + length});
        return true;
    };
    for (const RawMention &mention : std::as_const(mentions)) {
        // A listed name may itself be followed by 、 and another name: 甲、乙、丙.
        if (follow(mention)) {
            while (follow(listed.constLast())) {
            }
        }
    }
    if (listed.isEmpty())
        return;
    mentions += listed;
    std::stable_sort(mentions.begin(), mentions.end(),
                     [](const RawMention &a, const RawMention &b) { return a.start < b.start; });
}

qsizetype PersonExtractor::roleBefore(QStringView text, qsizetype end) const
{
    const qsizetype title = m_titles.longestEndingAt(text, end);
    if (title == 0)
        return end;
    qsizetype start = end - title;
    while (start > 0 && end - start < MaxRoleLength && isHanzi(text.at(start - 1)) &&
           m_boundaries.longestEndingAt(text, start) == 0)
        --start;
    return start;
}

qsizetype PersonExtractor::roleAfter(QStringView text, qsizetype end) const
{
    if (end >= text.size() || (text.at(end) != QChar(0xFF0C) && text.at(end) != QLatin1Char(',')))
        return end;
    qsizetype clauseEnd = end + 1;
    while (clauseEnd < text.size() && isHanzi(text.at(clauseEnd)) && clauseEnd - end <= MaxRoleLength)
        ++clauseEnd;
    if (clauseEnd - end > MaxRoleLength || m_titles.longestEndingAt(text, clauseEnd) == 0)
        return end;
    return clauseEnd;
}

} // namespace Pizhu
