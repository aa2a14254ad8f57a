// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "readerview.h"
#include "search/corpussearch.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace Pizhu {

FindBar::FindBar(ReaderView *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_field(new QLineEdit)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in article (either script)"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *previous = new QToolButton;
    previous->setText(tr("Previous"));
    previous->setArrowType(Qt::UpArrow);
    auto *next = new QToolButton;
    next->setText(tr("Next"));
    next->setArrowType(Qt::DownArrow);
    auto *closeButton = new QToolButton;
    closeButton->setText(tr("Close"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(closeButton);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(reader, &ReaderView::themeChanged, this, &FindBar::refresh);
    hide();
}

void FindBar::addTo(QMenu *menu)
{
    QAction *find = menu->addAction(tr("&Find in Article…"), this, &FindBar::activate);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    menu->addAction(tr("Find &Next"), this, &FindBar::findNext)->setShortcut(QKeySequence::FindNext);
    menu->addAction(tr("Find &Previous"), this, &FindBar::findPrevious)
        ->setShortcut(QKeySequence::FindPrevious);
}

void FindBar::activate()
{
    show();
    m_field->setFocus();
    m_field->selectAll();
}

void FindBar::showHitsOf(const QString &query)
{
    show();
    if (m_field->text() == query)
        search();
    else
        m_field->setText(query); // searches
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::refresh()
{
    if (isVisible())
        search();
}

void FindBar::search()
{
    m_hits.clear();
    m_current = -1;
    const Article *article = m_reader->article();
    const SearchQuery query = SearchQuery::parse(m_field->text());
    if (article && article->shadow && query.isValid())
        m_hits = CorpusSearch::hitsInOriginal(query, article->shadow->text, article->shadow->map);
    QTextCharFormat all;
    all.setBackground(m_reader->theme().findHit);
    all.setForeground(m_reader->theme().markText);
    m_reader->setHighlights(ReaderView::Layer::Find, m_hits, all);
    if (m_hits.isEmpty()) {
        m_reader->clearHighlights(ReaderView::Layer::FindCurrent);
        m_status->setText(query.isValid() ? tr("No hits") : QString());
        return;
    }
    m_current = 0;
    showCurrent();
}

void FindBar::showCurrent()
{
    QTextCharFormat current;
    current.setBackground(m_reader->theme().findCurrent);
    current.setForeground(m_reader->theme().markText);
    const TextSpan &hit = m_hits.at(m_current);
    m_reader->setHighlights(ReaderView::Layer::FindCurrent, {hit}, current);
    QTextCursor cursor = m_reader->cursorFor(hit);
    cursor.clearSelection();
    m_reader->setTextCursor(cursor);
    m_reader->centreCursor();
    m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_hits.size()));
}

void FindBar::findNext()
{
    if (m_hits.isEmpty())
        return;
    m_current = (m_current + 1) % int(m_hits.size());
    showCurrent();
}

void FindBar::findPrevious()
{
    if (m_hits.isEmpty())
        return;
    m_current = (m_current + int(m_hits.size()) - 1) % int(m_hits.size());
    showCurrent();
}

void FindBar::close()
{
    hide();
    m_hits.clear();
    m_current = -1;
    m_reader->clearHighlights(ReaderView::Layer::Find);
    m_reader->clearHighlights(ReaderView::Layer::FindCurrent);
    m_reader->setFocus();
}

} // namespace Pizhu
