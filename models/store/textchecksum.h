// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Pizhu {

/**
 * A digest of an article's stored text, kept beside it (article_texts.checksum), so that damage
 * to the file (a failing disk, a copy cut short, another program writing into it) is found when
 * the text is read and named, instead of altered text being shown, searched or exported as if it
 * were the article. The first 63 bits of SHA-256, to fit SQL's INTEGER in every engine.
 */
class TextChecksum
{
public:
    /**
     * Of the body and its simplified shadow; a shadow that is the body itself counts as empty, as
     * the first corpora stored it.
     */
    static qint64 of(const QString &body, const QString &shadow);
};

} // namespace Pizhu
