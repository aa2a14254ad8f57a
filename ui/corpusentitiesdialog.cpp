// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusentitiesdialog.h"

#include "editing/corpussession.h"
#include "entitycorrectionmenu.h"
#include "itemmodels/entitytablemodel.h"
#include "itemmodels/itemroles.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Pizhu {

CorpusEntitiesDialog::CorpusEntitiesDialog(CorpusSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new EntityTableModel(session.database(), this))
    , m_filter(new QLineEdit)
    , m_view(new QTableView)
    , m_filterDelay(new QTimer(this))
{
    setWindowTitle(tr("Entities in Corpus"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    // A pause in typing, not each keystroke, asks the model; Return applies at once.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &CorpusEntitiesDialog::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &CorpusEntitiesDialog::applyFilter);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(EntityTableModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex name = index.siblingAtColumn(EntityTableModel::NameColumn);
        const QString type = entityTypeCode(EntityType(index.data(EntityTypeRole).toInt()));
        Q_EMIT articlesMentioningRequested(type, index.data(EntityKeyRole).toString(),
                                           name.data().toString());
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &CorpusEntitiesDialog::showContextMenu);
    connect(&m_session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Entities || event.kind == ChangeEvent::Kind::Articles ||
            event.kind == ChangeEvent::Kind::Everything)
            m_model->reload();
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("Activate an entity to list the articles that mention it; "
                                    "its context menu corrects it in every article.")));
    layout->addWidget(buttons);
    resize(560, 520);
}

void CorpusEntitiesDialog::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const QString name = index.siblingAtColumn(EntityTableModel::NameColumn).data().toString();
    const QString key = index.data(EntityKeyRole).toString();
    const QString type = entityTypeCode(EntityType(index.data(EntityTypeRole).toInt()));
    QMenu menu;
    EntityCorrectionMenu::addTo(&menu, m_session, EntityType(index.data(EntityTypeRole).toInt()), key, name,
                                this);
    menu.addSeparator();
    EntityCorrectionMenu::addListArticles(
        &menu, name, this, [this, type, key, name] { Q_EMIT articlesMentioningRequested(type, key, name); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void CorpusEntitiesDialog::applyFilter()
{
    m_filterDelay->stop();
    m_model->setFilter(m_filter->text());
}

} // namespace Pizhu
