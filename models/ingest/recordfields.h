// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace Pizhu {

/**
 * Turns the named fields of a CSV row or JSONL object into an Article. Field names are matched
 * case-insensitively: title (headline, 标题); text, content or body (正文); date, published,
 * pubdate, time (日期, 时间); source or outlet (来源, media); url or link; author, authors or byline
 * (作者). Every other field is kept as an article attribute.
 */
class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::RecordFields)

public:
    using Fields = QList<QPair<QString, QString>>;

    /** The article, or nothing with \a error saying which field is missing or wrong. */
    static std::optional<Article> toArticle(const Fields &fields, QString *error);

    /** Whether a header names a text field, so a CSV without one is refused at once. */
    static bool hasTextField(const QStringList &names);
    static bool hasTitleField(const QStringList &names);
};

} // namespace Pizhu
