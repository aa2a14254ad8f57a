// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlelistquery.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Pizhu {

/**
 * The SQL conditions on the articles table that a filter's tags, entity, dates, coding status and
 * details make, the same on both engines. The search is ArticleListQuery's: it may read kept hits.
 */
class ArticleFilterSql
{
public:
    /** Appends the filter's conditions but its search to \a conditions, their values to \a values. */
    static void addConditions(const ArticleFilter &filter, QStringList *conditions, QVariantList *values);
    /** A SELECT of the articles tagged with one of \a tagIds, whole or in a passage, each once. */
    static QString taggedArticles(const QList<qint64> &tagIds);
    /** A SELECT of the articles that mention the entity whose type and key are bound next, each once. */
    static QString mentioningArticles();

private:
    /** The conditions on what the articles' details say: outlet, script, attributes, saved set. */
    static void addDetailsConditions(const ArticleFilter &filter, QStringList *conditions,
                                     QVariantList *values);
};

} // namespace Pizhu
