// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QMenu;
class QTreeView;

namespace Pizhu {

class CorpusSession;
class TagTreeModel;

/**
 * The codebook dock: the tag tree with counts, check boxes for the open article's tags, and the
 * actions to add, rename (in place), recolour, describe, move (drag and drop), merge and delete
 * tags. Deleting asks first, saying how many passages and article tags go with the tag.
 */
class TagDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit TagDock(CorpusSession &session, QWidget *parent = nullptr);

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /** The selected tag, or 0. */
    qint64 selectedTag() const;

    /** Puts the codebook's verbs into \a menu (the Codebook menu). */
    void addTo(QMenu *menu);
    void addTag();
    void addChildTag();
    void recolorSelected();
    void describeSelected();
    void deleteSelected();
    void mergeSelected();
    void importCodebook();
    void exportCodebook();

Q_SIGNALS:
    /** Show the articles with (or without) \a tagId in the list. */
    void articleFilterRequested(qint64 tagId, bool without);
    /** Show every passage of \a tagId. */
    void passagesRequested(qint64 tagId);

private:
    void showContextMenu(const QPoint &position);
    void reportFailure();

    CorpusSession &m_session;
    TagTreeModel *m_model;
    QTreeView *m_view;
};

} // namespace Pizhu
