// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcetextmap.h"

#include "text/codepoints.h"

namespace Pizhu {

SourceTextMap::SourceTextMap(const QString &source, const QStringList &paragraphs)
    : m_source(source)
{
    int bodyStart = 0;
    qsizetype cursor = 0;
    for (const QString &paragraph : paragraphs) {
        const qsizetype at = source.indexOf(paragraph, cursor);
        const int length = CodePoints::count(paragraph);
        m_paragraphs.append({bodyStart, at < 0 ? -1 : CodePoints::fromUtf16(source, at), length});
        if (at >= 0)
            cursor = at + paragraph.size();
        bodyStart += length + 1; // the '\n' that joins paragraphs
    }
}

int SourceTextMap::toSource(int offset) const
{
    for (qsizetype i = m_paragraphs.size() - 1; i >= 0; --i) {
        const Paragraph &p = m_paragraphs.at(i);
        if (offset >= p.bodyStart)
            return p.sourceStart < 0 ? -1 : p.sourceStart + std::min(offset - p.bodyStart, p.length);
    }
    return -1;
}

QList<TextSpan> SourceTextMap::occurrencesOutsideBody(const QString &word) const
{
    QList<TextSpan> spans;
    if (word.isEmpty())
        return spans;
    for (qsizetype at = m_source.indexOf(word); at >= 0; at = m_source.indexOf(word, at + word.size())) {
        const int start = CodePoints::fromUtf16(m_source, at);
        const int end = start + CodePoints::count(word);
        const bool inBody = std::any_of(m_paragraphs.cbegin(), m_paragraphs.cend(), [=](const Paragraph &p) {
            return p.sourceStart >= 0 && start < p.sourceStart + p.length && p.sourceStart < end;
        });
        if (!inBody)
            spans.append({start, end});
    }
    return spans;
}

} // namespace Pizhu
