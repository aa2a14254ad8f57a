// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleactions.h"

#include "articledetailsdialog.h"
#include "articlelistpane.h"
#include "editing/corpussession.h"
#include "itemmodels/articlelistmodel.h"
#include "itemmodels/itemroles.h"
#include "search/corpusfacets.h"
#include "store/annotationstore.h"
#include "store/articlestore.h"

#include <QActionGroup>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace Pizhu {

ArticleActions::ArticleActions(CorpusSession &session, ArticleListPane *list, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_list(list)
    , m_window(window)
    , m_statusGroup(new QActionGroup(this))
{
    const struct
    {
        CodingStatus status;
        QString text;
        QString name;
        QKeySequence key;
    } statuses[] = {
        {CodingStatus::Coded, tr("Mark &Coded"), QStringLiteral("Coded"), QKeySequence(tr("Ctrl+Alt+C"))},
        {CodingStatus::ToCheck, tr("Mark &To Check"), QStringLiteral("ToCheck"),
         QKeySequence(tr("Ctrl+Alt+K"))},
        {CodingStatus::Excluded, tr("Mark &Excluded"), QStringLiteral("Excluded"),
         QKeySequence(tr("Ctrl+Alt+X"))},
        {CodingStatus::NotCoded, tr("Mark &Not Coded"), QStringLiteral("NotCoded"),
         QKeySequence(tr("Ctrl+Alt+N"))},
    };
    for (const auto &entry : statuses) {
        auto *action = new QAction(entry.text, this);
        action->setObjectName(QStringLiteral("actionMark") + entry.name);
        action->setShortcut(entry.key);
        action->setCheckable(true);
        m_statusGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, status = entry.status] { markSelected(status); });
        m_statusActions.insert(entry.status, action);
    }

    m_editDetails = new QAction(tr("Edit &Details…"), this);
    m_editDetails->setObjectName(QStringLiteral("actionEditArticleDetails"));
    m_editDetails->setShortcut(QKeySequence(Qt::Key_F2));
    m_editDetails->setShortcutContext(Qt::WidgetWithChildrenShortcut); // F2 renames tags in the codebook
    list->view()->addAction(m_editDetails);
    connect(m_editDetails, &QAction::triggered, this, &ArticleActions::editDetails);

    m_delete = new QAction(tr("&Delete Articles…"), this);
    m_delete->setObjectName(QStringLiteral("actionDeleteArticles"));
    // Delete belongs to the list: in the reader or a dock the key means something else, or nothing.
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    list->view()->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &ArticleActions::deleteSelected);

    connect(list->view(), &QWidget::customContextMenuRequested, this, &ArticleActions::showContextMenu);
    connect(list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArticleActions::updateActions);
    connect(list, &ArticleListPane::currentArticleChanged, this, &ArticleActions::updateActions);
    // After the list has read the change, not before: the status shown is the list's.
    connect(list->model(), &QAbstractItemModel::dataChanged, this, &ArticleActions::updateActions);
    connect(list->model(), &QAbstractItemModel::rowsRemoved, this, &ArticleActions::updateActions);
    updateActions();
}

void ArticleActions::addTo(QMenu *menu)
{
    for (const CodingStatus status :
         {CodingStatus::Coded, CodingStatus::ToCheck, CodingStatus::Excluded, CodingStatus::NotCoded})
        menu->addAction(m_statusActions.value(status));
    menu->addSeparator();
    menu->addAction(m_editDetails);
    menu->addAction(m_delete);
}

void ArticleActions::showContextMenu(const QPoint &position)
{
    if (!m_list->view()->indexAt(position).isValid())
        return;
    QMenu menu(m_window);
    addTo(&menu);
    menu.exec(m_list->view()->viewport()->mapToGlobal(position));
}

void ArticleActions::updateActions()
{
    const bool any = m_list->view()->selectionModel()->hasSelection() || m_list->currentArticleId() != 0;
    for (QAction *action : std::as_const(m_statusActions))
        action->setEnabled(any);
    m_delete->setEnabled(any);
    m_editDetails->setEnabled(m_list->currentArticleId() != 0);
    const QModelIndex current = m_list->view()->currentIndex();
    const auto status = CodingStatus(current.isValid() ? current.data(CodingStatusRole).toInt() : 0);
    if (QAction *action = m_statusActions.value(status))
        action->setChecked(current.isValid());
}

void ArticleActions::markSelected(CodingStatus status)
{
    const QList<qint64> ids = m_list->selectedArticleIds();
    if (!ids.isEmpty() && !m_session.setCodingStatus(ids, status))
        QMessageBox::warning(m_window, tr("Mark Articles"), m_session.errorString());
}

void ArticleActions::editDetails()
{
    const qint64 id = m_list->currentArticleId();
    const std::optional<Article> article = ArticleStore(m_session.database()).article(id);
    if (!article)
        return;
    ArticleDetailsDialog dialog(article->details(), CorpusFacets(m_session.database()).outlets(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_session.editArticleDetails(id, dialog.details()))
            return;
        QMessageBox::warning(m_window, tr("Article Details"), m_session.errorString());
    }
}

void ArticleActions::deleteSelected()
{
    const QList<qint64> ids = m_list->selectedArticleIds();
    if (ids.isEmpty())
        return;
    const CodingCount coding = AnnotationStore(m_session.database()).countFor(ids);
    const QString passages = tr("%n tagged passage(s)", nullptr, coding.passages);
    const QString articleTags = tr("%n whole-article tag(s)", nullptr, coding.articleTags);
    const QString memos = tr("%n memo(s)", nullptr, coding.memos);
    QString goes;
    if (coding.passages + coding.articleTags == 0)
        goes = coding.memos == 0 ? tr("They hold no coding.")
                                 : tr("They hold no coding; their memos go with them (%1).").arg(memos);
    else
        goes = coding.memos == 0
                   ? tr("Their coding goes with them: %1 and %2.").arg(passages, articleTags)
                   : tr("Their coding goes with them: %1, %2 and %3.").arg(passages, articleTags, memos);
    const QString question = tr("Delete %n article(s) from the corpus?", nullptr, int(ids.size())) +
                             QLatin1Char(' ') + goes + QLatin1Char('\n') +
                             tr("Edit → Undo brings them back.");
    if (QMessageBox::question(m_window, tr("Delete Articles"), question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!m_session.deleteArticles(ids))
        QMessageBox::warning(m_window, tr("Delete Articles"), m_session.errorString());
}

} // namespace Pizhu
