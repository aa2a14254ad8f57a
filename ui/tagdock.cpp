// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagdock.h"

#include "editing/codebookcsv.h"
#include "editing/corpussession.h"
#include "itemmodels/tagtreemodel.h"
#include "tagpicker.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pizhu {

TagDock::TagDock(CorpusSession &session, QWidget *parent)
    : QDockWidget(tr("Codebook"), parent)
    , m_session(session)
    , m_model(new TagTreeModel(session, this))
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("tagDock"));
    m_view->setObjectName(QStringLiteral("tagTree"));
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TagTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(TagTreeModel::ArticlesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::PassagesColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TagTreeModel::KeyColumn, QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->expandAll();

    auto *tools = new QToolBar;
    tools->setIconSize(QSize(16, 16));
    tools->addAction(tr("Add"), this, &TagDock::addTag)->setToolTip(tr("Add a top-level tag"));
    tools->addAction(tr("Add Child"), this, &TagDock::addChildTag)
        ->setToolTip(tr("Add a tag below the selected one"));
    tools->addAction(tr("Colour"), this, &TagDock::recolorSelected);
    tools->addAction(tr("Merge"), this, &TagDock::mergeSelected)
        ->setToolTip(tr("Merge the selected tag into another"));
    tools->addAction(tr("Delete"), this, &TagDock::deleteSelected);
    tools->addSeparator();
    tools->addAction(tr("Import…"), this, &TagDock::importCodebook)
        ->setToolTip(tr("Add the tags of a codebook CSV file"));
    tools->addAction(tr("Export…"), this, &TagDock::exportCodebook)
        ->setToolTip(tr("Save the codebook as CSV"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tools);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_view, &QWidget::customContextMenuRequested, this, &TagDock::showContextMenu);
}

qint64 TagDock::selectedTag() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TagTreeModel::TagIdRole).toLongLong() : 0;
}

void TagDock::reportFailure()
{
    if (!m_session.errorString().isEmpty())
        QMessageBox::warning(this, tr("Codebook"), m_session.errorString());
}

void TagDock::addTag()
{
    const QString name = QInputDialog::getText(this, tr("Add Tag"), tr("Name of the new tag:"));
    if (!name.isEmpty() && !m_session.addTag(name))
        reportFailure();
}

void TagDock::addChildTag()
{
    const qint64 parent = selectedTag();
    if (!parent)
        return addTag();
    const QString name = QInputDialog::getText(this, tr("Add Child Tag"), tr("Name of the new tag:"));
    if (!name.isEmpty() && !m_session.addTag(name, parent))
        reportFailure();
}

void TagDock::recolorSelected()
{
    const qint64 id = selectedTag();
    const std::optional<Tag> tag = TagStore(m_session.database()).tag(id);
    if (!tag)
        return;
    const QColor color =
        QColorDialog::getColor(QColor(tag->color), this, tr("Colour of “%1”").arg(tag->name));
    if (color.isValid() && !m_session.recolorTag(id, color.name()))
        reportFailure();
}

void TagDock::describeSelected()
{
    const qint64 id = selectedTag();
    const std::optional<Tag> tag = TagStore(m_session.database()).tag(id);
    if (!tag)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Describe Tag"), tr("What “%1” codes:").arg(tag->name), tag->description, &ok);
    if (ok && !m_session.describeTag(id, text))
        reportFailure();
}

void TagDock::deleteSelected()
{
    const qint64 id = selectedTag();
    const std::optional<Tag> tag = TagStore(m_session.database()).tag(id);
    if (!tag)
        return;
    const TagCounts cost = m_session.deletionCost(id);
    const auto answer = QMessageBox::question(
        this, tr("Delete Tag"),
        tr("Delete “%1” and the tags below it?\n\nThis removes %2 tagged passage(s) and %3 article tag(s). "
           "Edit → Undo brings them back.")
            .arg(TagStore(m_session.database()).path(id))
            .arg(cost.passages)
            .arg(cost.articles));
    if (answer == QMessageBox::Yes && !m_session.deleteTag(id))
        reportFailure();
}

void TagDock::mergeSelected()
{
    const qint64 from = selectedTag();
    if (!from)
        return;
    TagPicker picker(m_session.database(), this);
    picker.setWindowTitle(tr("Merge “%1” Into…").arg(TagStore(m_session.database()).path(from)));
    picker.exclude(TagStore(m_session.database()).subtree(from));
    if (picker.exec() == QDialog::Accepted && picker.chosenTag() &&
        !m_session.mergeTags(from, picker.chosenTag()))
        reportFailure();
}

void TagDock::importCodebook()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Codebook"), QString(), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    const CodebookImportResult result = CodebookCsv::read(m_session, file);
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import Codebook"), result.error);
        return;
    }
    QString summary =
        tr("%1 tag(s) added, %2 already in the codebook.").arg(result.added).arg(result.existing);
    if (!result.skipped.isEmpty())
        summary += QStringLiteral("\n\n") + tr("Not added:") + QStringLiteral("\n") +
                   result.skipped.join(QLatin1Char('\n'));
    QMessageBox::information(this, tr("Import Codebook"), summary);
}

void TagDock::exportCodebook()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Codebook"), QStringLiteral("codebook.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!file.isEmpty() && !CodebookCsv::write(m_session.database(), file, true, &error))
        QMessageBox::warning(this, tr("Export Codebook"), error);
}

void TagDock::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(tr("Add Tag…"), this, &TagDock::addTag);
    if (const qint64 id = selectedTag()) {
        menu.addAction(tr("Add Child Tag…"), this, &TagDock::addChildTag);
        menu.addAction(tr("Rename"), this,
                       [this] { m_view->edit(m_view->currentIndex().siblingAtColumn(0)); });
        menu.addAction(tr("Colour…"), this, &TagDock::recolorSelected);
        menu.addAction(tr("Describe…"), this, &TagDock::describeSelected);
        menu.addAction(tr("Merge Into…"), this, &TagDock::mergeSelected);
        menu.addAction(tr("Delete…"), this, &TagDock::deleteSelected);
        menu.addSeparator();
        menu.addAction(tr("List Articles With This Tag"), this,
                       [this, id] { Q_EMIT articleFilterRequested(id, false); });
        menu.addAction(tr("List Articles Without This Tag"), this,
                       [this, id] { Q_EMIT articleFilterRequested(id, true); });
        menu.addAction(tr("Show All Its Passages"), this, [this, id] { Q_EMIT passagesRequested(id); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void TagDock::addTo(QMenu *menu)
{
    menu->addAction(tr("&Add Tag…"), this, &TagDock::addTag)->setObjectName(QStringLiteral("actionAddTag"));
    menu->addAction(tr("Add &Child Tag…"), this, &TagDock::addChildTag);
    menu->addAction(tr("&Colour…"), this, &TagDock::recolorSelected);
    menu->addAction(tr("&Describe…"), this, &TagDock::describeSelected);
    menu->addAction(tr("&Merge Into…"), this, &TagDock::mergeSelected);
    menu->addAction(tr("De&lete Tag…"), this, &TagDock::deleteSelected);
    menu->addSeparator();
    menu->addAction(tr("&Import Codebook…"), this, &TagDock::importCodebook);
    menu->addAction(tr("&Export Codebook…"), this, &TagDock::exportCodebook);
}

} // namespace Pizhu
