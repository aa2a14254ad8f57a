// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitylabel.h"

#include <string>

namespace Pizhu {

class EntityLexicon;

/**
 * Splits a run of names printed without separators (lists of delegates: 李鹏乔石李瑞环彭真), which
 * a character model takes for one long name, into the names it is made of: each a surname with a
 * given name of one or two characters, or a transliterated name with its middle dot; names the
 * lexicon knows as people weigh most. A span that cannot be cut into names whole is left alone.
 */
class NameListSplitter
{
public:
    explicit NameListSplitter(const EntityLexicon &lexicon);

    /** The names of \a span of \a text (normalised), or the span alone. */
    QList<LabelledSpan> split(const std::u32string &text, const LabelledSpan &span) const;

private:
    const EntityLexicon &m_lexicon;
};

} // namespace Pizhu
