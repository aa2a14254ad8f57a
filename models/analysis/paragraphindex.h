// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

namespace Pizhu {

/**
 * The paragraphs of a stored body (joined with '\n'), to find which one a code point offset is in.
 * Made from the UTF-8 the corpus stores, as a whole corpus is read this way: no conversion needed.
 */
class ParagraphIndex
{
public:
    explicit ParagraphIndex(QByteArrayView utf8);

    /** How many paragraphs the body in \a utf8 has, without placing them. */
    static int countIn(QByteArrayView utf8);

    int count() const { return int(m_breaks.size()) + 1; }
    /** The paragraph (from 0) holding the code point at \a offset. */
    int paragraphOf(int offset) const;

private:
    QList<int> m_breaks; ///< code point offsets of the '\n's, in order
};

} // namespace Pizhu
