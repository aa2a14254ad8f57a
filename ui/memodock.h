// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/memo.h"

#include <QDockWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QTimer;
class QTreeView;

namespace Pizhu {

class CorpusSession;
class MemoListModel;

/**
 * The memos dock: the memos on the open article, the project, a tag, or all of them, found by
 * their text in either script; the chosen memo in an editor below. A memo is its author's to edit
 * (the others' read only); what is typed is stored after a pause, edits in a row making one undo
 * step.
 */
class MemoDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit MemoDock(CorpusSession &session, QWidget *parent = nullptr);

    MemoListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *searchBox() const { return m_search; }
    QAction *newMemoAction() const { return m_newMemo; }
    QAction *deleteMemoAction() const { return m_deleteMemo; }

    /** Follows the open article (when the dock shows "this article"). */
    void setCurrentArticle(qint64 articleId);
    /** Writes a new, empty memo on what the dock shows (the project when it shows all) and opens it. */
    void newMemo();
    void deleteMemo();
    /** Stores what the editor holds now, instead of after the typing pause. */
    void storeEdit();
    /** Puts New Memo and Delete Memo into \a menu. */
    void addTo(QMenu *menu);

private:
    void refillScope();
    void updateScope();
    void showCurrentMemo();
    void reselect();
    qint64 currentMemoId() const;
    /** What a new memo is written on: the scope's target, or the project. */
    std::pair<MemoTarget, qint64> newMemoTarget() const;

    CorpusSession &m_session;
    MemoListModel *m_model;
    QComboBox *m_scope;
    QLineEdit *m_search;
    QTreeView *m_view;
    QPlainTextEdit *m_editor;
    QTimer *m_storeDelay;
    QAction *m_newMemo;
    QAction *m_deleteMemo;
    qint64 m_articleId = 0;
    qint64 m_shownMemoId = 0; ///< the memo in the editor
    bool m_edited = false;    ///< whether the editor holds typing not yet stored
};

} // namespace Pizhu
