// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "display/articledocumentbuilder.h"

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

void ReaderView::showArticle(const Article &article)
{
    m_articleId = article.id;
    ArticleDocumentBuilder(font()).build(article, document());
    moveCursor(QTextCursor::Start);
}

void ReaderView::showNothing()
{
    m_articleId = 0;
    document()->clear();
    setPlaceholderText(tr("Select an article in the list to read it here."));
}

} // namespace Pizhu
