// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/articlecountjob.h"
#include "search/articlelistquery.h"
#include "search/corpussearch.h"
#include "store/articlestore.h"
#include "text/scriptconverter.h"

#include <QAbstractTableModel>

namespace Pizhu {

class CorpusDatabase;
class SearchHits;

/**
 * The corpus's articles as a table (title, date, outlet), fetched from SQL a page at a time as the
 * view scrolls (each page after the last row of the one before), so a large corpus never loads all
 * its rows. The first page comes at once on every change; the total of a longer list is counted
 * apart (countJob()), as it visits every article listed. Pages are read from SQL two at a time.
 */
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        OutletColumn,
        PassagesColumn, ///< how many passages are tagged in the article
        StatusColumn,   ///< coded, to check, excluded, or empty for not coded yet
        SnippetColumn,  ///< empty unless a search is active
        ColumnCount,
    };

    static constexpr int PageSize = 256;

    explicit ArticleListModel(CorpusDatabase &db, QObject *parent = nullptr);
    ~ArticleListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    /** Sorts in SQL by date, title or outlet and fetches again from the first page. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

    /** The row of the article with \a id among the rows fetched so far, or -1. */
    int rowOfArticle(qint64 id) const;

    /** Shows only the articles matching \a query (an invalid query shows all). */
    void setSearch(const SearchQuery &query);
    /** Titles are shown in \a mode, as the reader shows the article (sorting stays by the original). */
    void setDisplayScript(ScriptMode mode);
    bool isSearching() const { return m_search.isValid(); }
    /** Shows only articles tagged with one of \a tagIds (or, with \a without, with none); empty: all. */
    void setTagFilter(const QList<qint64> &tagIds, bool without);
    /** Lists only articles whose coding status is one of \a statuses; empty: any. */
    void setStatusFilter(const QList<CodingStatus> &statuses);
    /**
     * Lists only articles whose details meet \a details: its dates, outlets, scripts, attributes
     * and saved set (its other fields are not used); an empty filter clears them.
     */
    void setDetailsFilter(const ArticleFilter &details);
    /** Lists only articles that mention the entity \a key of \a type; an empty key clears it. */
    void setEntityFilter(const QString &type, const QString &key);
    /**
     * Lists only the articles \a ids (a chart's period, a network's edge), clearing the search and
     * the tag and entity filters; empty lists all again.
     */
    void setArticleSet(const QList<qint64> &ids);
    /**
     * How many articles the list holds in all (not only the rows fetched); -1 while a list longer
     * than its first page has not been counted (countJob() counts it, off the GUI thread).
     */
    int totalCount() const { return m_total; }
    /** A job that counts the list as it is now; give it back to takeCount() when it is done. */
    std::unique_ptr<ArticleCountJob> countJob() const;
    /** Takes the total \a job counted, unless the list was reloaded since it was made. */
    void takeCount(const ArticleCountJob &job);
    /** Which articles the list shows now (search, tag and entity filters together). */
    const ArticleFilter &filter() const { return m_filter; }

    /** The coding status as the Status column says it; empty for not coded. */
    static QString statusName(CodingStatus status);

    /** What a reload keeps of the list before it: it reads the corpus again for the rest. */
    enum class Keep
    {
        Nothing,    ///< the articles changed, or the search was asked for again
        SearchHits, ///< another filter, or new coding: the search matched the same articles
        Total,      ///< another order of the same articles: their total too
    };

Q_SIGNALS:
    /** The total is known (\a count), or, at -1, the list was reloaded and is to be counted again. */
    void totalCountChanged(int count);

public Q_SLOTS:
    /**
     * Drops the fetched rows and starts again from the first page, after the corpus changed;
     * \a keep says what is still true of the list before.
     */
    void reload(Keep keep = Keep::Nothing);
    /**
     * Reads the status and passage count of article \a articleId (0: of every row fetched) again,
     * in place, after the coding changed.
     */
    void refreshCoding(qint64 articleId);

private:
    static void copyDetails(const ArticleFilter &from, ArticleFilter *to);
    /** The snippet and hit count of \a row for the active search, made when first asked for. */
    const std::pair<Snippet, int> &searchMatch(int row) const;
    /** Makes the matches of \a row and of the rows below without any, from one read of their texts. */
    void readMatchesFrom(int row) const;

    CorpusDatabase &m_db;
    ArticleStore m_store;
    SearchQuery m_search;
    ScriptMode m_displayScript = ScriptMode::Original;
    ArticleFilter m_filter;
    std::unique_ptr<SearchHits> m_hits; ///< the search's articles, found once per search
    ArticleListQuery m_list;
    mutable QHash<qint64, std::pair<Snippet, int>> m_snippets; ///< per article: snippet and hit count
    QList<ArticleSummary> m_rows;
    int m_total = -1;
    quint64 m_serial = 0;          ///< which reload the list is at, for counts that come back late
    QList<ArticleSummary> m_ahead; ///< rows read but not yet fetched (the second of two pages)
    bool m_readAll = false;        ///< the last row has been read
    bool m_changing = false;       ///< rows are being inserted or removed
};

} // namespace Pizhu
