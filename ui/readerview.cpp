// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "display/articledocumentbuilder.h"

#include <QScrollBar>

namespace Pizhu {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(24);
    showNothing();
}

ReaderView::~ReaderView() = default;

void ReaderView::showArticle(const Article &article)
{
    m_article = std::make_unique<Article>(article);
    m_articleId = article.id;
    rebuild();
    moveCursor(QTextCursor::Start);
}

void ReaderView::showNothing()
{
    m_article.reset();
    m_articleId = 0;
    document()->clear();
    setPlaceholderText(tr("Select an article in the list to read it here."));
}

void ReaderView::setShowSetAside(bool show)
{
    if (show == m_showSetAside)
        return;
    m_showSetAside = show;
    const int position = verticalScrollBar()->value();
    rebuild();
    verticalScrollBar()->setValue(position);
}

void ReaderView::rebuild()
{
    if (!m_article)
        return;
    ArticleDocumentBuilder({font(), palette(), m_showSetAside}).build(*m_article, document());
}

} // namespace Pizhu
