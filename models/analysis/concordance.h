// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "search/articlelistquery.h"
#include "search/searchquery.h"
#include "text/scriptconverter.h"

#include <QCoreApplication>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/** One hit of a concordance: the keyword in its context, and where it stands. */
struct ConcordanceLine
{
    qint64 articleId = 0;
    QString title;
    QString published;
    QString outlet;
    TextSpan hit;    ///< code points of the stored original text
    QString left;    ///< the context before the hit, in the display script (paragraph breaks as ¶)
    QString keyword; ///< the hit as the display script shows it
    QString right;   ///< the context after the hit
};

/**
 * Keyword in context across the corpus (Tools → Concordance, pizhu kwic): every hit of a query,
 * found through the search index in either script (党员 finds 黨員), one line per hit with so many
 * characters of context on each side, in the order of the articles (newest first) or sorted.
 * Lines come a batch of articles at a time, so the first page is there at once.
 */
class Concordance
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::Concordance)

public:
    struct Options
    {
        QString query;
        ArticleFilter scope; ///< which articles (all by default); its order is the lines' order
        int width = 20;      ///< context characters on each side
        ScriptMode script = ScriptMode::Original;
    };

    enum class Sort
    {
        Articles, ///< as the articles come (newest first), hits in text order
        Left,     ///< by the context before the hit, read backwards from it
        Right,    ///< by the context after the hit
        Date,
        Outlet,
        Title,
    };

    Concordance(CorpusDatabase &db, Options options);

    /** Why the query cannot run ("nothing to search for"), or empty. */
    QString errorString() const { return m_error; }
    /** The lines of the next articles, at least \a lines of them unless the hits run out. */
    QList<ConcordanceLine> next(int lines = 200);
    bool atEnd() const { return m_atEnd; }
    /** How many articles have hits (the scope and the query together), and how many were read. */
    int articleCount() const { return m_list.count(); }
    int articlesRead() const { return m_read; }

    /** The lines of one article's text for \a hits. */
    static QList<ConcordanceLine> linesOf(const QString &body, const QList<TextSpan> &hits, int width,
                                          ScriptMode script);
    /** Sorts \a lines: contexts character by character outward from the hit, in pinyin order. */
    static void sort(QList<ConcordanceLine> &lines, Sort by);
    /** The sentence around \a span in \a body (to the nearest 。！？；!?; or line break on each side). */
    static TextSpan sentenceAround(const QString &body, const TextSpan &span);

private:
    CorpusDatabase &m_db;
    Options m_options;
    SearchQuery m_query;
    ArticleListQuery m_list;
    std::optional<ArticleSummary> m_last;
    int m_read = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace Pizhu
