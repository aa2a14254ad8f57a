// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/articlelistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace Pizhu {

class ArticleFilterBar;
class CorpusDatabase;
class JobRunner;

/**
 * The article list with the search box above it. Typing filters the list by a full-text query in
 * either script; matching rows show a snippet with the hits highlighted.
 */
class ArticleListPane : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleListPane(CorpusDatabase &db, QWidget *parent = nullptr);

    ArticleListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_searchBox; }

    QComboBox *statusFilter() const { return m_statusFilter; }
    /** The filters on dates, outlet, script, attributes and saved set, shown by filtersButton(). */
    ArticleFilterBar *detailsFilter() const { return m_detailsFilter; }
    QToolButton *filtersButton() const { return m_filtersButton; }
    /** Shows or hides the details filters; hidden, they no longer narrow the list. */
    void showDetailsFilter(bool shown);
    /** Reads the outlets, attributes and sets the filters offer again, after the corpus changed. */
    void refreshFilterChoices();

    /** The id of the current article, or 0. */
    qint64 currentArticleId() const;
    /** The ids of the selected articles, in list order (the current one when none is selected). */
    QList<qint64> selectedArticleIds() const;
    /** Whether the list shows only some coding statuses, so marking an article may take it out. */
    bool hasStatusFilter() const;
    /** Makes the article with \a id current if it is listed; otherwise the first row. */
    void selectArticle(qint64 id);
    /** Moves the selection to the next (\a step 1) or previous (-1) article, fetching more at the end. */
    void step(int step);
    /**
     * Reloads the list after the corpus changed, keeping the current article; \a keep says what
     * is still true of the list before.
     */
    void reload(ArticleListModel::Keep keep = ArticleListModel::Keep::Nothing);
    /** Runs the search in the box now instead of after the typing pause. */
    void applySearch();
    /**
     * Lists only articles with (or, if \a without, without) one of \a tagIds; \a description says
     * so above the list, with a button to clear it. Empty ids clear the filter.
     */
    void setTagFilter(const QList<qint64> &tagIds, bool without, const QString &description);
    /** Lists only articles that mention the entity \a key of \a type ("PER"); an empty key clears it. */
    void setEntityFilter(const QString &type, const QString &key, const QString &description);
    /**
     * Lists only the articles \a ids (an analysis's period or pair), as \a description says above
     * the list; the search and the other filters are cleared, as the ids are what is to be seen.
     */
    void setArticleSet(const QList<qint64> &ids, const QString &description);
    /** Whether a search or a filter narrows the list, so it holds only some of the corpus. */
    bool isNarrowed() const;
    /** Whether a tag, entity or article-set filter narrows the list. */
    bool hasTagFilter() const
    {
        return !m_tagFilter.isEmpty() || !m_entityFilter.isEmpty() || !m_articleSet.isEmpty();
    }

Q_SIGNALS:
    void currentArticleChanged(qint64 id);
    /**
     * A search or a filter changed what the list holds (the model says how many once they are
     * counted); \a error says why the search typed cannot be run, if it cannot.
     */
    void searchApplied(const QString &error);

private:
    void updateSnippetColumn();
    /** The header's menu: which columns besides the title the list shows (kept in Preferences). */
    void showColumnMenu(const QPoint &position);
    void fillStatusFilter();
    /** Shows \a description above the list while a tag or entity filter is on, and says what it holds. */
    void filterChanged(const QString &description);
    /** Counts the list off the GUI thread; the model takes the total when it comes. */
    void countList();

    ArticleListModel *m_model;
    JobRunner *m_counter; ///< counts long lists on a connection of its own
    QLineEdit *m_searchBox;
    QTreeView *m_view;
    QLabel *m_message;
    QTimer *m_searchDelay;
    QComboBox *m_statusFilter;
    QToolButton *m_filtersButton;
    ArticleFilterBar *m_detailsFilter;
    QWidget *m_filterBar;
    QLabel *m_filterLabel;
    QList<qint64> m_tagFilter;
    QString m_entityFilter;
    QList<qint64> m_articleSet;
};

} // namespace Pizhu
