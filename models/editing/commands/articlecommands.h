// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "core/codingstatus.h"
#include "corpuscommand.h"
#include "store/articlerows.h"

#include <QList>

namespace Pizhu {

/** Marks articles coded, to check or excluded (or not coded); undo puts back each one's own. */
class SetCodingStatus : public CorpusCommand
{
public:
    /** \a before: each article's status now; every article gets \a after. */
    SetCodingStatus(CorpusSession &session, const QList<ArticleStatus> &before, const ArticleStatus &after);
    void redo() override;
    void undo() override;

private:
    bool write(const QList<ArticleStatus> &statuses, QString *error);
    void notify();

    QList<ArticleStatus> m_before;
    QList<ArticleStatus> m_after;
};

/**
 * Deletes articles with everything stored with them (texts, coding, entities, index entries);
 * undo puts every row back as it was, ids included.
 */
class DeleteArticles : public CorpusCommand
{
public:
    DeleteArticles(CorpusSession &session, const QList<qint64> &articleIds);
    void redo() override;
    void undo() override;

private:
    QList<qint64> m_articleIds;
    std::optional<ArticleRows> m_rows; ///< read again at every redo, so undo restores what redo took
};

/** Corrects an article's title, date, outlet and bylines; its text and coding stay as they are. */
class EditArticleDetails : public CorpusCommand
{
public:
    EditArticleDetails(CorpusSession &session, qint64 articleId, const ArticleDetails &before,
                       const ArticleDetails &after);
    void redo() override;
    void undo() override;

private:
    bool write(const ArticleDetails &details, QString *error);

    qint64 m_articleId;
    ArticleDetails m_before;
    ArticleDetails m_after;
};

} // namespace Pizhu
