// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/articlelistquery.h"
#include "text/scriptconverter.h"

#include <QCoreApplication>
#include <functional>

namespace Pizhu {

class CorpusDatabase;

/**
 * The corpus as CSV tables for R, pandas, Stata or Excel, written atomically (a failed export
 * leaves no half-written file behind):
 * - annotations: article_id, title, outlet, date, tag, tag_path, start, end, text, note, coder,
 *   created, modified (start and end are code point offsets in the stored original);
 * - entities: article_id, title, type, text, value, unit, role, mentions, status;
 * - articles: each article's metadata and coding status;
 * - article-tags: the tags on whole articles: article_id, title, outlet, date, tag, tag_path,
 *   coder, created;
 * - matrix: one row per article (or per article and coder) with its coding status, one column
 *   per tag path with its passage count, then one column per tag path, named "article:" and the
 *   path, with 1 where the tag is on the whole article;
 * - memos: memo_id, about (project, article or tag), article_id, title, tag_path, coder, created,
 *   modified, text.
 */
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CsvExport)

public:
    enum class Table
    {
        Annotations,
        Entities,
        Articles,
        Matrix,
        ArticleTags,
        Memos,
    };

    struct Options
    {
        Table table = Table::Annotations;
        /** The script of quoted passages and titles: Original, Simplified or Traditional. */
        ScriptMode script = ScriptMode::Original;
        bool byteOrderMark = true;
        /** Matrix only: one row per article and coder, with a coder column. */
        bool byCoder = false;
        /** Only the articles this selects (a saved set, an outlet, a period...); its order is not used. */
        ArticleFilter scope = {};
    };

    /** Called with rows written and rows in all; returning false cancels. */
    using Progress = std::function<bool(int done, int total)>;

    /** Writes \a options.table to \a path; false with \a error (naming the file) on failure. */
    static bool write(CorpusDatabase &db, const QString &path, const Options &options, QString *error,
                      const Progress &progress = {});

    static std::optional<Table> tableFromName(const QString &name);
};

} // namespace Pizhu
