// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesetactions.h"

#include "articlefilterbar.h"
#include "articlelistpane.h"
#include "editing/articlesets.h"
#include "editing/corpussession.h"
#include "itemmodels/articlelistmodel.h"
#include "store/articlesetstore.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolButton>

namespace Pizhu {

ArticleSetActions::ArticleSetActions(CorpusSession &session, ArticleListPane *list, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_list(list)
    , m_window(window)
    , m_filters(new QAction(tr("&Filters"), this))
    , m_saveSet(new QAction(tr("&Save List as Set…"), this))
{
    m_filters->setObjectName(QStringLiteral("actionFilters"));
    m_filters->setShortcut(QKeySequence(tr("Ctrl+Alt+F")));
    m_filters->setCheckable(true);
    m_filters->setToolTip(list->filtersButton()->toolTip());
    connect(m_filters, &QAction::toggled, list, &ArticleListPane::showDetailsFilter);
    connect(list->filtersButton(), &QToolButton::toggled, m_filters, &QAction::setChecked);

    m_saveSet->setObjectName(QStringLiteral("actionSaveArticleSet"));
    m_saveSet->setShortcut(QKeySequence(tr("Ctrl+Alt+S")));
    connect(m_saveSet, &QAction::triggered, this, &ArticleSetActions::askToSaveListed);
    connect(list->detailsFilter(), &ArticleFilterBar::deleteSetRequested, this,
            &ArticleSetActions::deleteSet);
}

void ArticleSetActions::addTo(QMenu *menu)
{
    menu->addAction(m_filters);
    menu->addAction(m_saveSet);
}

void ArticleSetActions::askToSaveListed()
{
    const int count = m_list->model()->totalCount();
    if (count == 0) {
        QMessageBox::information(m_window, tr("Save List as Set"),
                                 tr("The list is empty: there is nothing to save."));
        return;
    }
    QString name;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(
            m_window, tr("Save List as Set"),
            count < 0 ? tr("A name for the set of the articles listed:")
                      : tr("A name for the set of the %n article(s) listed:", nullptr, count),
            QLineEdit::Normal, name, &ok);
        if (!ok || saveListed(name))
            return;
    }
}

bool ArticleSetActions::saveListed(const QString &name)
{
    const ArticleListQuery listed(m_session.database(), m_list->model()->filter());
    ArticleSets sets(m_session);
    const qint64 id = sets.save(name, listed.ids());
    if (id == 0) {
        QMessageBox::warning(m_window, tr("Save List as Set"), sets.errorString());
        return false;
    }
    m_list->showDetailsFilter(true);
    m_list->detailsFilter()->chooseSet(id);
    return true;
}

void ArticleSetActions::deleteSet(qint64 id)
{
    const std::optional<ArticleSet> set = ArticleSetStore(m_session.database()).find(id);
    if (!set)
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Delete Set"),
        tr("Delete the article set “%1” (%n article(s))? The articles stay in the corpus.", nullptr,
           set->size)
            .arg(set->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    ArticleSets sets(m_session);
    if (!sets.remove(id))
        QMessageBox::warning(m_window, tr("Delete Set"), sets.errorString());
}

} // namespace Pizhu
