// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetextmap.h"

#include "text/codepoints.h"

#include <algorithm>

namespace Pizhu {

SourceTextMap::SourceTextMap(const QString &source, const QStringList &paragraphs)
    : m_source(source)
    , m_codePoints(m_source)
{
    int bodyStart = 0;
    qsizetype cursor = 0;
    for (const QString &paragraph : paragraphs) {
        const qsizetype at = source.indexOf(paragraph, cursor);
        const int length = CodePoints::count(paragraph);
        m_paragraphs.append({bodyStart, at < 0 ? -1 : m_codePoints.toCodePoint(at), length});
        if (at >= 0) {
            cursor = at + paragraph.size();
            m_found.append(m_paragraphs.constLast());
        }
        bodyStart += length + 1; // the '\n' that joins paragraphs
    }
}

int SourceTextMap::toSource(int offset) const
{
    // The last paragraph starting at or before the offset: paragraphs are in body order.
    const auto after = std::upper_bound(m_paragraphs.cbegin(), m_paragraphs.cend(), offset,
                                        [](int value, const Paragraph &p) { return value < p.bodyStart; });
    if (after == m_paragraphs.cbegin())
        return -1;
    const Paragraph &p = *(after - 1);
    return p.sourceStart < 0 ? -1 : p.sourceStart + std::min(offset - p.bodyStart, p.length);
}

QList<TextSpan> SourceTextMap::occurrencesOutsideBody(const QString &word) const
{
    QList<TextSpan> spans;
    if (word.isEmpty())
        return spans;
    for (qsizetype at = m_source.indexOf(word); at >= 0; at = m_source.indexOf(word, at + word.size())) {
        const int start = m_codePoints.toCodePoint(at);
        const int end = start + CodePoints::count(word);
        // Found paragraphs stand in the source in order and do not overlap: the one that could
        // hold this occurrence is the last starting before its end.
        const auto after =
            std::lower_bound(m_found.cbegin(), m_found.cend(), end,
                             [](const Paragraph &p, int value) { return p.sourceStart < value; });
        const bool inBody =
            after != m_found.cbegin() && start < (after - 1)->sourceStart + (after - 1)->length;
        if (!inBody)
            spans.append({start, end});
    }
    return spans;
}

} // namespace Pizhu
