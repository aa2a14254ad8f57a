// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Pizhu {

/** The paragraphs of a stored body (joined with '\n'), to find which one a code point offset is in. */
class ParagraphIndex
{
public:
    explicit ParagraphIndex(QStringView body);

    int count() const { return int(m_breaks.size()) + 1; }
    /** The paragraph (from 0) holding the code point at \a offset. */
    int paragraphOf(int offset) const;

private:
    QList<int> m_breaks; ///< code point offsets of the '\n's, in order
};

} // namespace Pizhu
