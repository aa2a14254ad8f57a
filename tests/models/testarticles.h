// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QCryptographicHash>

namespace Pizhu::TestSupport {

/** A small article with a content hash derived from its text, as the importer would make. */
inline Article makeArticle(const QString &title, const QStringList &paragraphs, const QString &published = {})
{
    Article article;
    article.title = title;
    article.paragraphs = paragraphs;
    article.published = published;
    article.encoding = QStringLiteral("UTF-8");
    article.contentHash =
        QString::fromLatin1(QCryptographicHash::hash((title + QLatin1Char('\n') + article.body()).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    return article;
}

} // namespace Pizhu::TestSupport
