// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/entity.h"

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class QMenu;

namespace Pizhu {

class CorpusSession;
class EntityTreeModel;
class ReaderView;

/**
 * The entity panel: the open article's people, organisations and figures. Selecting an entity
 * highlights its mentions in the reader in its type's colour (see the legend) and scrolls to the
 * first; next and previous step through them. Corrections (confirm, reject, change type, merge,
 * add from a selection in the reader) go through the session, so they are undoable.
 */
class EntityDock : public QDockWidget
{
    Q_OBJECT

public:
    EntityDock(CorpusSession &session, ReaderView *reader, QWidget *parent = nullptr);

    EntityTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterBox() const { return m_filter; }

    /** Follows the article in the reader. */
    void articleChanged();

    void nextMention();
    void previousMention();
    void confirmSelected();
    void rejectSelected();
    void setSelectedType(EntityType type);
    /** Merges the other selected entity into the current one. */
    void mergeSelected();
    /** Adds the reader's selection as an entity of \a type. */
    void addFromSelection(EntityType type);

Q_SIGNALS:
    /** The researcher asked for the articles that mention an entity. */
    void articlesMentioningRequested(const QString &type, const QString &key, const QString &name);

private:
    void showSelection();
    void markSelection();
    void showMention(int index);
    void extendReaderMenu(QMenu *menu);
    void showContextMenu(const QPoint &position);
    QList<qint64> selectedIds() const;
    QWidget *makeLegend();
    void colourLegend();

    CorpusSession &m_session;
    ReaderView *m_reader;
    EntityTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QWidget *m_legend = nullptr;
    QList<TextSpan> m_mentions;
    int m_current = -1;
};

} // namespace Pizhu
