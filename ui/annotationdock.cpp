// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdock.h"

#include "editing/corpussession.h"
#include "itemmodels/annotationlistmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Pizhu {

AnnotationDock::AnnotationDock(CorpusSession &session, QWidget *parent)
    : QDockWidget(tr("Passages"), parent)
    , m_session(session)
    , m_model(new AnnotationListModel(session, this))
    , m_scope(new QComboBox)
    , m_view(new QTableView)
{
    setObjectName(QStringLiteral("annotationDock"));
    m_scope->setObjectName(QStringLiteral("passageScope"));
    m_view->setObjectName(QStringLiteral("passageList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    auto *tools = new QToolBar;
    tools->addWidget(m_scope);
    tools->addAction(tr("Edit Note"), this, &AnnotationDock::editSelectedNote);
    tools->addAction(tr("Delete"), this, &AnnotationDock::deleteSelected);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tools);
    layout->addWidget(m_view);
    setWidget(content);

    refillTagChoice();
    updateScope();
    connect(&session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Codebook || event.kind == ChangeEvent::Kind::TagEdited ||
            event.kind == ChangeEvent::Kind::Everything)
            refillTagChoice();
    });
    connect(m_scope, &QComboBox::activated, this, &AnnotationDock::updateScope);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT passageActivated(index.data(AnnotationListModel::ArticleIdRole).toLongLong(),
                                index.data(AnnotationListModel::AnnotationIdRole).toLongLong());
    });
    connect(m_view, &QTableView::clicked, m_view, &QTableView::activated);
}

void AnnotationDock::refillTagChoice()
{
    const QVariant current = m_scope->currentData();
    m_scope->clear();
    m_scope->addItem(tr("This article"), -1);
    m_scope->addItem(tr("All passages"), 0);
    TagStore tags(m_session.database());
    for (const Tag &tag : tags.all()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(tag.color));
        m_scope->addItem(QIcon(swatch), tr("Tag: %1").arg(tags.path(tag.id)), tag.id);
    }
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index < 0 ? 0 : index);
}

void AnnotationDock::updateScope()
{
    const qint64 scope = m_scope->currentData().toLongLong();
    if (scope < 0)
        m_model->showArticle(m_articleId);
    else
        m_model->showTag(scope);
    m_view->setColumnHidden(AnnotationListModel::ArticleColumn, scope < 0);
}

void AnnotationDock::setCurrentArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_scope->currentData().toLongLong() < 0)
        m_model->showArticle(articleId);
}

void AnnotationDock::showTag(qint64 tagId)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(tagId)));
    updateScope();
    show();
    raise();
}

qint64 AnnotationDock::selectedAnnotation() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AnnotationListModel::AnnotationIdRole).toLongLong() : 0;
}

void AnnotationDock::deleteSelected()
{
    if (const qint64 id = selectedAnnotation(); id && !m_session.removeAnnotation(id))
        QMessageBox::warning(this, tr("Passages"), m_session.errorString());
}

void AnnotationDock::editSelectedNote()
{
    const qint64 id = selectedAnnotation();
    const std::optional<Annotation> annotation = AnnotationStore(m_session.database()).annotation(id);
    if (!annotation)
        return;
    bool ok = false;
    const QString note =
        QInputDialog::getMultiLineText(this, tr("Note"), tr("Note on this passage:"), annotation->note, &ok);
    if (ok && !m_session.setAnnotationNote(id, note))
        QMessageBox::warning(this, tr("Passages"), m_session.errorString());
}

void AnnotationDock::addTo(QMenu *menu)
{
    menu->addAction(tr("Edit &Note of Passage…"), this, &AnnotationDock::editSelectedNote);
    menu->addAction(tr("Delete &Passage"), this, &AnnotationDock::deleteSelected);
}

} // namespace Pizhu
