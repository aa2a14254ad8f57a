// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydock.h"

#include "editing/corpussession.h"
#include "entitycorrectionmenu.h"
#include "itemmodels/entitytreemodel.h"
#include "itemmodels/itemroles.h"
#include "readerview.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>

namespace Pizhu {

EntityDock::EntityDock(CorpusSession &session, ReaderView *reader, QWidget *parent)
    : QDockWidget(tr("Entities"), parent)
    , m_session(session)
    , m_reader(reader)
    , m_model(new EntityTreeModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("entityDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(EntityTreeModel::NameColumn);
    m_proxy->setSortRole(SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // text order until a header is clicked
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(EntityTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });

    auto *previous = new QToolButton;
    previous->setText(tr("◀"));
    previous->setToolTip(tr("Previous mention"));
    auto *next = new QToolButton;
    next->setText(tr("▶"));
    next->setToolTip(tr("Next mention"));
    connect(previous, &QToolButton::clicked, this, &EntityDock::previousMention);
    connect(next, &QToolButton::clicked, this, &EntityDock::nextMention);
    auto *rejected = new QCheckBox(tr("Show rejected"));
    connect(rejected, &QCheckBox::toggled, m_model, &EntityTreeModel::setShowRejected);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(previous);
    top->addWidget(next);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(makeLegend(), 1);
    bottom->addWidget(rejected);
    layout->addLayout(bottom);
    setWidget(content);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        showSelection();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EntityDock::showSelection);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &EntityDock::showContextMenu);
    connect(reader, &ReaderView::contextMenuOpening, this, [this](QMenu *menu) { extendReaderMenu(menu); });
    connect(reader, &ReaderView::scriptModeChanged, m_model, &EntityTreeModel::setScriptMode);
    connect(reader, &ReaderView::themeChanged, this, [this] {
        colourLegend();
        markSelection(); // in the new colours, where they are
    });
    m_model->setScriptMode(reader->scriptMode());
}

QWidget *EntityDock::makeLegend()
{
    m_legend = new QWidget;
    auto *layout = new QHBoxLayout(m_legend);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Figure}) {
        auto *label = new QLabel(EntityTreeModel::typeName(type));
        label->setObjectName(QStringLiteral("legend") + entityTypeCode(type));
        layout->addWidget(label);
    }
    layout->addStretch();
    colourLegend();
    return m_legend;
}

void EntityDock::colourLegend()
{
    // The legend shows the marks as the reader draws them: the type's colour over the reader's page.
    const ReaderTheme &theme = m_reader->theme();
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Figure}) {
        auto *label = m_legend->findChild<QLabel *>(QStringLiteral("legend") + entityTypeCode(type));
        label->setStyleSheet(QStringLiteral("background: %1; color: %2; padding: 1px 4px;")
                                 .arg(theme.overPage(theme.entityColor(type)).name(), theme.text.name()));
    }
}

void EntityDock::articleChanged()
{
    m_model->setArticle(m_reader->articleId());
}

QList<qint64> EntityDock::selectedIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    // The current entity first: it is the one the others are merged into.
    if (rows.contains(current))
        rows.move(rows.indexOf(current), 0);
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const qint64 id = index.data(EntityIdRole).toLongLong())
            ids.append(id);
    }
    return ids;
}

void EntityDock::showSelection()
{
    markSelection();
    m_current = -1;
    if (!m_mentions.isEmpty())
        showMention(0);
}

void EntityDock::markSelection()
{
    m_mentions.clear();
    QList<ReaderView::Mark> marks;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (!index.data(EntityIdRole).toLongLong())
            continue;
        QTextCharFormat format;
        format.setBackground(m_reader->theme().entityColor(EntityType(index.data(EntityTypeRole).toInt())));
        format.setForeground(m_reader->theme().text); // over a reading aid's colour too
        const auto spans = index.data(EntityMentionsRole).value<QList<TextSpan>>();
        for (const TextSpan &span : spans)
            marks.append({span, format, index.data(Qt::DisplayRole).toString()});
        m_mentions += spans;
    }
    std::sort(m_mentions.begin(), m_mentions.end());
    m_reader->setMarks(ReaderView::Layer::Entities, marks);
}

void EntityDock::showMention(int index)
{
    if (m_mentions.isEmpty())
        return;
    m_current = (index + int(m_mentions.size())) % int(m_mentions.size());
    const TextSpan span = m_mentions.at(m_current);
    m_reader->selectOriginal(span);
}

void EntityDock::nextMention()
{
    showMention(m_current + 1);
}

void EntityDock::previousMention()
{
    showMention(m_current - 1);
}

void EntityDock::confirmSelected()
{
    for (const qint64 id : selectedIds())
        m_session.setEntityStatus(id, EntityStatus::Confirmed);
}

void EntityDock::rejectSelected()
{
    for (const qint64 id : selectedIds())
        m_session.setEntityStatus(id, EntityStatus::Rejected);
}

void EntityDock::setSelectedType(EntityType type)
{
    for (const qint64 id : selectedIds())
        m_session.setEntityType(id, type);
}

void EntityDock::mergeSelected()
{
    const QList<qint64> ids = selectedIds();
    for (qsizetype i = 1; i < ids.size(); ++i) {
        if (!m_session.mergeEntities(ids.at(i), ids.front()))
            QMessageBox::warning(this, tr("Merge Entities"), m_session.errorString());
    }
}

void EntityDock::addFromSelection(EntityType type)
{
    const std::optional<TextSpan> span = m_reader->originalSelection();
    if (!span || !m_reader->articleId())
        return;
    if (const qint64 id = m_session.addEntity(m_reader->articleId(), type, *span)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfEntity(id));
        m_view->setCurrentIndex(index);
    } else {
        QMessageBox::warning(this, tr("Add Entity"), m_session.errorString());
    }
}

void EntityDock::extendReaderMenu(QMenu *menu)
{
    if (!m_reader->originalSelection())
        return;
    QMenu *add = menu->addMenu(tr("Add as &Entity"));
    for (const EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Figure})
        add->addAction(EntityTreeModel::typeName(type), this, [this, type] { addFromSelection(type); });
}

void EntityDock::showContextMenu(const QPoint &position)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QMenu menu;
    menu.addAction(tr("&Confirm"), this, &EntityDock::confirmSelected);
    menu.addAction(tr("&Reject"), this, &EntityDock::rejectSelected);
    QMenu *type = menu.addMenu(tr("Change &Type"));
    for (const EntityType t : {EntityType::Person, EntityType::Organization, EntityType::Figure})
        type->addAction(EntityTreeModel::typeName(t), this, [this, t] { setSelectedType(t); });
    QAction *merge = menu.addAction(tr("&Merge into Current"), this, &EntityDock::mergeSelected);
    merge->setEnabled(ids.size() > 1);
    menu.addSeparator();
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    const QString name = current.data(Qt::DisplayRole).toString();
    const QString key = current.data(EntityKeyRole).toString();
    const QString code = entityTypeCode(EntityType(current.data(EntityTypeRole).toInt()));
    if (!key.isEmpty()) {
        EntityCorrectionMenu::addTo(&menu, m_session, EntityType(current.data(EntityTypeRole).toInt()), key,
                                    name, this);
        menu.addSeparator();
    }
    EntityCorrectionMenu::addListArticles(
        &menu, name, this, [this, code, key, name] { Q_EMIT articlesMentioningRequested(code, key, name); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Pizhu
