// SPDX-License-Identifier: GPL-3.0-or-later
#include "memodock.h"

#include "editing/corpussession.h"
#include "editing/memos.h"
#include "itemmodels/memolistmodel.h"
#include "store/memostore.h"
#include "store/tagstore.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pizhu {

namespace {

// The scope box's entries besides the tags (which carry their ids, all above 0).
constexpr qint64 ThisArticle = -1;
constexpr qint64 TheProject = -2;
constexpr qint64 Everything = -3;

} // namespace

MemoDock::MemoDock(CorpusSession &session, QWidget *parent)
    : QDockWidget(tr("Memos"), parent)
    , m_session(session)
    , m_model(new MemoListModel(session, this))
    , m_scope(new QComboBox)
    , m_search(new QLineEdit)
    , m_view(new QTreeView)
    , m_editor(new QPlainTextEdit)
    , m_storeDelay(new QTimer(this))
    , m_newMemo(new QAction(tr("&New Memo"), this))
    , m_deleteMemo(new QAction(tr("Delete &Memo"), this))
{
    setObjectName(QStringLiteral("memoDock"));
    m_scope->setObjectName(QStringLiteral("memoScope"));
    m_search->setObjectName(QStringLiteral("memoSearch"));
    m_search->setPlaceholderText(tr("Find in memos, either script"));
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("memoList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_editor->setObjectName(QStringLiteral("memoEditor"));
    m_editor->setPlaceholderText(tr("Choose a memo, or write a new one"));
    m_editor->setEnabled(false);
    m_newMemo->setObjectName(QStringLiteral("actionNewMemo"));
    m_newMemo->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_deleteMemo->setObjectName(QStringLiteral("actionDeleteMemo"));
    m_deleteMemo->setEnabled(false);

    auto *tools = new QToolBar;
    tools->addWidget(m_scope);
    tools->addAction(m_newMemo);
    tools->addAction(m_deleteMemo);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tools);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setWidget(content);

    m_storeDelay->setSingleShot(true);
    m_storeDelay->setInterval(700);
    refillScope();
    updateScope();
    connect(&session, &CorpusSession::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Codebook || event.kind == ChangeEvent::Kind::TagEdited ||
            event.kind == ChangeEvent::Kind::Everything)
            refillScope();
    });
    connect(m_scope, &QComboBox::activated, this, &MemoDock::updateScope);
    connect(m_search, &QLineEdit::textChanged, m_model, &MemoListModel::setFilterText);
    connect(this, &QDockWidget::visibilityChanged, m_model, &MemoListModel::setLive);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MemoDock::reselect);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        storeEdit();
        showCurrentMemo();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_edited = true;
        m_storeDelay->start();
    });
    connect(m_storeDelay, &QTimer::timeout, this, &MemoDock::storeEdit);
    connect(m_newMemo, &QAction::triggered, this, &MemoDock::newMemo);
    connect(m_deleteMemo, &QAction::triggered, this, &MemoDock::deleteMemo);
}

void MemoDock::addTo(QMenu *menu)
{
    menu->addAction(m_newMemo);
    menu->addAction(m_deleteMemo);
}

void MemoDock::refillScope()
{
    const QVariant current = m_scope->currentData();
    const QSignalBlocker quiet(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("This article"), ThisArticle);
    m_scope->addItem(tr("Project"), TheProject);
    TagStore tags(m_session.database());
    for (const Tag &tag : tags.all())
        m_scope->addItem(tr("Tag: %1").arg(tags.path(tag.id)), tag.id);
    m_scope->addItem(tr("All memos"), Everything);
    const int index = m_scope->findData(current);
    m_scope->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && current.isValid())
        updateScope(); // the tag shown is gone
}

void MemoDock::updateScope()
{
    const qint64 scope = m_scope->currentData().toLongLong();
    if (scope == Everything)
        m_model->showAll();
    else if (scope == TheProject)
        m_model->showTarget(MemoTarget::Project, 0);
    else if (scope == ThisArticle)
        m_model->showTarget(MemoTarget::Article, m_articleId);
    else
        m_model->showTarget(MemoTarget::Tag, scope);
    m_newMemo->setEnabled(scope != ThisArticle || m_articleId != 0);
}

void MemoDock::setCurrentArticle(qint64 articleId)
{
    m_articleId = articleId;
    if (m_scope->currentData().toLongLong() == ThisArticle)
        updateScope();
}

std::pair<MemoTarget, qint64> MemoDock::newMemoTarget() const
{
    const qint64 scope = m_scope->currentData().toLongLong();
    if (scope == ThisArticle)
        return {MemoTarget::Article, m_articleId};
    if (scope > 0)
        return {MemoTarget::Tag, scope};
    return {MemoTarget::Project, 0};
}

qint64 MemoDock::currentMemoId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(MemoListModel::MemoIdRole).toLongLong() : 0;
}

void MemoDock::showCurrentMemo()
{
    const int row = m_model->rowOf(currentMemoId());
    const QSignalBlocker quiet(m_editor);
    const qint64 shownBefore = m_shownMemoId;
    m_shownMemoId = row < 0 ? 0 : m_model->memoAt(row).id;
    if (row < 0) {
        m_edited = false;
        m_editor->clear();
        m_editor->setEnabled(false);
        m_deleteMemo->setEnabled(false);
        return;
    }
    const Memo &memo = m_model->memoAt(row);
    // What was typed and not yet stored stays (it is stored after the pause); otherwise the editor
    // shows the stored text, which an undo may have changed.
    if (!(m_edited && memo.id == shownBefore) && m_editor->toPlainText() != memo.text) {
        m_editor->setPlainText(memo.text);
        m_edited = false;
    }
    // Each memo is its author's: the others' are shown, not changed.
    const bool own = memo.coder == m_session.coder();
    m_editor->setEnabled(true);
    m_editor->setReadOnly(!own);
    m_deleteMemo->setEnabled(own);
}

void MemoDock::reselect()
{
    const int row = m_model->rowOf(m_shownMemoId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    showCurrentMemo();
}

void MemoDock::storeEdit()
{
    m_storeDelay->stop();
    if (!m_edited || m_shownMemoId == 0 || m_editor->isReadOnly())
        return;
    m_edited = false;
    const std::optional<Memo> stored = MemoStore(m_session.database()).memo(m_shownMemoId);
    if (!stored || stored->text == m_editor->toPlainText())
        return;
    Memos memos(m_session);
    if (!memos.setText(m_shownMemoId, m_editor->toPlainText()))
        QMessageBox::warning(this, tr("Memo"), memos.errorString());
}

void MemoDock::newMemo()
{
    storeEdit();
    const auto [target, targetId] = newMemoTarget();
    Memos memos(m_session);
    const qint64 id = memos.add(target, targetId, QString());
    if (id == 0) {
        QMessageBox::warning(this, tr("New Memo"), memos.errorString());
        return;
    }
    show(); // first: a hidden dock's list is not kept up to date
    raise();
    if (m_scope->currentData().toLongLong() == Everything || m_model->rowOf(id) < 0)
        m_search->clear(); // the new, empty memo matches no search
    m_shownMemoId = id;
    reselect();
    m_editor->setFocus();
}

void MemoDock::deleteMemo()
{
    const qint64 id = currentMemoId();
    if (id == 0)
        return;
    m_storeDelay->stop();
    Memos memos(m_session);
    if (!memos.remove(id))
        QMessageBox::warning(this, tr("Delete Memo"), memos.errorString());
}

} // namespace Pizhu
