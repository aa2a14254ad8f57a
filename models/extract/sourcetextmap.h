// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "text/codepointindex.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Pizhu {

/**
 * Maps code point offsets in an article's body (its paragraphs joined with '\n') to offsets in
 * the decoded text of the page it was parsed from, where the paragraphs stand between the lines
 * the parser set aside. `pizhu entities` reports mentions in the file's own offsets with it.
 */
class SourceTextMap
{
public:
    /** Finds each paragraph of \a paragraphs, in order, in \a source. */
    SourceTextMap(const QString &source, const QStringList &paragraphs);
    SourceTextMap(const SourceTextMap &) = delete; // m_codePoints views m_source
    SourceTextMap &operator=(const SourceTextMap &) = delete;

    /** The source offset of body offset \a offset; -1 if its paragraph was not found. */
    int toSource(int offset) const;
    TextSpan toSource(TextSpan span) const { return {toSource(span.start), toSource(span.end)}; }

    /** Where \a word occurs in the source outside the body paragraphs (a byline line, the title). */
    QList<TextSpan> occurrencesOutsideBody(const QString &word) const;

private:
    struct Paragraph
    {
        int bodyStart;   ///< code points
        int sourceStart; ///< code points, or -1 when not found
        int length;
    };
    QString m_source;
    CodePointIndex m_codePoints; ///< of m_source
    QList<Paragraph> m_paragraphs;
    QList<Paragraph> m_found; ///< the paragraphs found in the source, in source order
};

} // namespace Pizhu
