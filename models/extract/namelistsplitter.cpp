// SPDX-License-Identifier: GPL-3.0-or-later
#include "namelistsplitter.h"

#include "entitylexicon.h"
#include "personextractor.h"
#include "text/hanzi.h"
#include "text/surnamelexicon.h"

#include <QString>
#include <limits>

namespace Pizhu {

namespace {

constexpr char32_t MiddleDot = U'·';
// Shorter runs are single names far more often than lists (欧阳修文, 司马相如).
constexpr qsizetype ShortestList = 5;

bool allHanzi(const std::u32string &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        const char32_t c = text[size_t(i)];
        if (c >= 0x10000 || !isHanzi(QChar(char16_t(c))))
            return false;
    }
    return true;
}

/**
 * Whether \a text from \a from to \a to is written in transliteration characters alone (with its
 * middle dots): a foreign name (伊利埃斯库, 扬·伊利埃斯库), however its characters could be read as
 * surnames and given names.
 */
bool isTransliterated(const std::u32string &text, qsizetype from, qsizetype to)
{
    const PersonExtractor &people = PersonExtractor::instance();
    for (qsizetype i = from; i < to; ++i) {
        const char32_t c = text[size_t(i)];
        if (c != MiddleDot && (c >= 0x10000 || !people.isTransliteration(QChar(char16_t(c)))))
            return false;
    }
    return true;
}

} // namespace

NameListSplitter::NameListSplitter(const EntityLexicon &lexicon)
    : m_lexicon(lexicon)
{
}

QList<LabelledSpan> NameListSplitter::split(const std::u32string &text, const LabelledSpan &span) const
{
    const qsizetype length = span.end - span.start;
    if (span.nameClass != NameClass::Person || length < ShortestList ||
        isTransliterated(text, span.start, span.end))
        return {span};
    const SurnameLexicon &surnames = SurnameLexicon::instance();
    const QString hanzi = QString::fromUcs4(text.data() + span.start, length);
    const bool utf16Aligned = hanzi.size() == length;
    constexpr double Impossible = -std::numeric_limits<double>::infinity();
    // best[i]: the best score of cutting span.start + i .. span.end into names; next[i]: where the first
    // ends.
    std::vector<double> best(size_t(length) + 1, Impossible);
    std::vector<qsizetype> next(size_t(length) + 1, 0);
    best[size_t(length)] = 0;
    for (qsizetype i = length - 1; i >= 0; --i) {
        const qsizetype at = span.start + i;
        const auto consider = [&](qsizetype end, double score) {
            if (best[size_t(end)] == Impossible || score + best[size_t(end)] <= best[size_t(i)])
                return;
            best[size_t(i)] = score + best[size_t(end)];
            next[size_t(i)] = end;
        };
        const qsizetype surname = utf16Aligned ? surnames.surnameLength(QStringView(hanzi).mid(i)) : 0;
        for (qsizetype family = 1; family <= surname; ++family) {
            for (qsizetype given = 1; given <= 2 && i + family + given <= length; ++given) {
                const qsizetype end = i + family + given;
                // A middle dot joins the parts of one name: none of them is a name of its own.
                const bool besideADot =
                    (at > 0 && text[size_t(at - 1)] == MiddleDot) ||
                    (size_t(span.start + end) < text.size() && text[size_t(span.start + end)] == MiddleDot);
                if (besideADot || !allHanzi(text, at, span.start + end))
                    continue;
                const bool known =
                    m_lexicon.classesOf(text.data() + at, int(end - i)) & EntityLexicon::Person;
                consider(end, 2.0 + (known ? 2.0 : 0.0) + (family + given == 3 ? 0.5 : 0.0));
            }
        }
        if (text[size_t(at)] != MiddleDot) {
            // A transliterated name ends with a part of two characters or more (科特·马 is cut short).
            qsizetype lastDot = -1;
            for (qsizetype end = i + 1; end <= length; ++end) {
                if (text[size_t(span.start + end - 1)] == MiddleDot && end - 1 > i)
                    lastDot = end - 1;
                else if (lastDot >= 0 && end - lastDot - 1 >= 2)
                    consider(end, 1.5);
            }
        }
    }
    if (best[0] == Impossible || next[0] == length)
        return {span};
    QList<LabelledSpan> names;
    for (qsizetype i = 0; i < length; i = next[size_t(i)])
        names.append({NameClass::Person, span.start + i, span.start + next[size_t(i)]});
    return names;
}

} // namespace Pizhu
