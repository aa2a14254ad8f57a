// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>
#include <memory>

namespace Pizhu {

struct Article;

/** The reader pane: shows one article, read-only, laid out by ArticleDocumentBuilder. */
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void showArticle(const Article &article);
    void showNothing();

    /** Shows the lines the parser set aside (menus, footers, captions...) greyed, in place. */
    void setShowSetAside(bool show);
    bool showsSetAside() const { return m_showSetAside; }

    /** The id of the article on show, or 0. */
    qint64 articleId() const { return m_articleId; }

private:
    void rebuild();

    std::unique_ptr<Article> m_article;
    qint64 m_articleId = 0;
    bool m_showSetAside = false;
};

} // namespace Pizhu
