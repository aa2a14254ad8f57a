// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Pizhu {

class CorpusDatabase;
class StatementCache;
struct Article;

/**
 * The full-text index of a corpus: an FTS5 table over each article's simplified title and
 * shadow text. Every Hanzi is indexed as a token of its own, so a query of one or two characters
 * (李, 党员) is an exact token or phrase lookup, not a scan; words in Latin script stay words.
 * The table is contentless: the text lives in `articles`, the index only points at it.
 */
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::SearchIndex)

public:
    /** The text as the index sees it: CJK characters spaced apart, so each is a token. */
    static QString tokenText(const QString &text);

    /** Adds \a article (stored, with its shadow) to the index; call inside the article's transaction. */
    static bool add(StatementCache &statements, const Article &article, QString *error);

    /**
     * Makes shadows and index entries for articles stored before the index existed (a migrated
     * corpus), in batches. Returns false with \a error when the corpus cannot be written.
     */
    static bool indexPending(CorpusDatabase &db, QString *error);
};

} // namespace Pizhu
