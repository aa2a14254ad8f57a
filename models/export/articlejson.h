// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/entity.h"

#include <QJsonObject>

namespace Pizhu {

/** The JSON shapes of an article that `pizhu list --json` and `pizhu show --json` print. */
class ArticleJson
{
public:
    /** id, title, subtitle, published, outlet, bylines, editor, script, encoding, source_path, paragraphs
     * (count). */
    static QJsonObject summary(const Article &article);

    /**
     * The summary plus "text" (the stored original every offset refers to), "paragraphs" as an
     * array, "images" ({before_paragraph, file, caption}), "set_aside" ({before_paragraph, role, text}),
     * "url" and "attributes".
     */
    static QJsonObject full(const Article &article);

    /**
     * Everything about an article but its text, for carrying it to another corpus (a REFI-QDA
     * project's "pizhu:article" variable): title, subtitle, published, outlet, bylines, editor,
     * script, encoding, source_path, url, content_hash, attributes, and "lines" (the set-aside
     * lines and images in their order, with roles, captions and places).
     */
    static QJsonObject record(const Article &article);
    /** The article record() describes, with \a paragraphs as its text. */
    static Article fromRecord(const QJsonObject &record, const QStringList &paragraphs);

    /**
     * What `pizhu entities --json` prints for one entity: type, text, mentions ([start, end]
     * pairs of \a mentions) and, when known, role, value, unit, approx and counts.
     */
    static QJsonObject entity(const ExtractedEntity &entity, const QList<TextSpan> &mentions);
};

} // namespace Pizhu
