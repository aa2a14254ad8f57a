// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QComboBox;
class QTableView;

class QMenu;

namespace Pizhu {

class AnnotationListModel;
class CorpusSession;

/**
 * The passages dock: the open article's tagged passages (tag, quote, note, coder), or every
 * passage of one tag across the corpus. Activating one opens it in the reader; passages can be
 * deleted and their notes edited from here.
 */
class AnnotationDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AnnotationDock(CorpusSession &session, QWidget *parent = nullptr);

    AnnotationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /** Follows the open article (in "this article" mode). */
    void setCurrentArticle(qint64 articleId);
    /** Switches to the corpus-wide list of \a tagId's passages. */
    void showTag(qint64 tagId);

    /** Puts the passage verbs into \a menu (the Codebook menu). */
    void addTo(QMenu *menu);
    void deleteSelected();
    void editSelectedNote();

Q_SIGNALS:
    void passageActivated(qint64 articleId, qint64 annotationId);

private:
    void updateScope();
    void refillTagChoice();
    qint64 selectedAnnotation() const;

    CorpusSession &m_session;
    AnnotationListModel *m_model;
    QComboBox *m_scope;
    QTableView *m_view;
    qint64 m_articleId = 0;
};

} // namespace Pizhu
