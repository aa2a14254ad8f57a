// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/** What a memo is about: the project as a whole, one article, or one tag of the codebook. */
enum class MemoTarget
{
    Project,
    Article,
    Tag,
};

/**
 * A researcher's note on the project, an article or a tag (the codebook's description of a tag
 * says what it means; a memo records thoughts on it), with who wrote it and when.
 */
struct Memo
{
    qint64 id = 0;
    MemoTarget target = MemoTarget::Project;
    qint64 targetId = 0; ///< the article's or tag's id; 0 for the project
    QString text;
    QString coder;
    QString created;
    QString modified;

    friend bool operator==(const Memo &, const Memo &) = default;
};

} // namespace Pizhu
