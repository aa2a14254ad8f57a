// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codingstatus.h"

#include <QHash>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QPoint;
class QWidget;

namespace Pizhu {

class ArticleListPane;
class CorpusSession;

/**
 * What the researcher does to whole articles: mark their coding status and delete them, from the
 * Articles menu, the keyboard or the list's context menu. Acts on the selected articles.
 */
class ArticleActions : public QObject
{
    Q_OBJECT

public:
    ArticleActions(CorpusSession &session, ArticleListPane *list, QWidget *window);

    void addTo(QMenu *menu);
    QAction *statusAction(CodingStatus status) const { return m_statusActions.value(status); }
    QAction *deleteAction() const { return m_delete; }
    QAction *editDetailsAction() const { return m_editDetails; }

    /** Marks the selected articles with \a status (one undoable step). */
    void markSelected(CodingStatus status);
    /** Deletes the selected articles after saying what goes with them (one undoable step). */
    void deleteSelected();
    /** Opens the current article's details for correction; what is refused is said, and can be fixed. */
    void editDetails();

private:
    void showContextMenu(const QPoint &position);
    /** Ticks the current article's status and enables what the selection allows. */
    void updateActions();

    CorpusSession &m_session;
    ArticleListPane *m_list;
    QWidget *m_window;
    QActionGroup *m_statusGroup;
    QHash<CodingStatus, QAction *> m_statusActions;
    QAction *m_delete;
    QAction *m_editDetails;
};

} // namespace Pizhu
