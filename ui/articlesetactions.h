// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Pizhu {

class ArticleListPane;
class CorpusSession;

/**
 * Articles → Filters (the details filters of the list) and Save List as Set…, and deleting a
 * saved set from the filters: a set keeps the articles listed under a name, for the list, exports
 * and analyses to be limited to later. Saving and deleting are undoable.
 */
class ArticleSetActions : public QObject
{
    Q_OBJECT

public:
    ArticleSetActions(CorpusSession &session, ArticleListPane *list, QWidget *window);

    void addTo(QMenu *menu);
    QAction *filtersAction() const { return m_filters; }
    QAction *saveSetAction() const { return m_saveSet; }

    /** Saves the articles listed as the set \a name and lists the set; false (reported) if refused. */
    bool saveListed(const QString &name);
    /** Asks, then deletes the saved set \a id; its articles stay. */
    void deleteSet(qint64 id);

private:
    void askToSaveListed();

    CorpusSession &m_session;
    ArticleListPane *m_list;
    QWidget *m_window;
    QAction *m_filters;
    QAction *m_saveSet;
};

} // namespace Pizhu
