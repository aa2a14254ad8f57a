// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Pizhu {

struct Article;

/** The reader pane: shows one article, read-only, laid out by ArticleDocumentBuilder. */
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showArticle(const Article &article);
    void showNothing();

    /** The id of the article on show, or 0. */
    qint64 articleId() const { return m_articleId; }

private:
    qint64 m_articleId = 0;
};

} // namespace Pizhu
