// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/articlelistquery.h"

#include <QCoreApplication>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/**
 * One line (or set of bars) of a chart: the articles \a criterion selects, named \a label. Made
 * from words, a tag, a person or an organisation alike by the dialog and `pizhu timeline`.
 */
struct TimelineSeries
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TimelineSeries)

public:
    QString label;
    ArticleFilter criterion; ///< a query, a tag, an entity, or nothing (every article in the scope)

    /** Articles that mention \a words in either script; nothing, with \a error, when they are no query. */
    static std::optional<TimelineSeries> ofWords(const QString &words, QString *error);
    /** Articles tagged (whole or in a passage) with the tag \a tagId itself, labelled by its path. */
    static TimelineSeries ofTag(CorpusDatabase &db, qint64 tagId);
    /** The tag at \a path ("Frames/Conflict"); nothing, with \a error, when the codebook has none. */
    static std::optional<TimelineSeries> ofTagPath(CorpusDatabase &db, const QString &path, QString *error);
    /**
     * Articles naming the person or organisation \a name (either script); nothing, with \a error,
     * when the corpus has no such entity.
     */
    static std::optional<TimelineSeries> ofEntity(CorpusDatabase &db, const QString &name, QString *error);
    /** A series per tag of the codebook, in the codebook's order: a code-by-period table. */
    static QList<TimelineSeries> ofEveryTag(CorpusDatabase &db);
};

} // namespace Pizhu
