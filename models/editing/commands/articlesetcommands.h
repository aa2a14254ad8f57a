// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpuscommand.h"
#include "store/articlesetstore.h"

#include <QList>

namespace Pizhu {

/** Saves a named set of articles; undo removes it, redo stores it again with the same id. */
class SaveArticleSet : public CorpusCommand
{
public:
    SaveArticleSet(CorpusSession &session, const ArticleSet &set, const QList<qint64> &articleIds);
    void redo() override;
    void undo() override;

    qint64 setId() const { return m_set.id; }

private:
    ArticleSet m_set;
    QList<qint64> m_articleIds;
};

/** Removes a saved set (its articles stay); undo stores it again with its id and articles. */
class DeleteArticleSet : public CorpusCommand
{
public:
    DeleteArticleSet(CorpusSession &session, const ArticleSet &set, const QList<qint64> &articleIds);
    void redo() override;
    void undo() override;

private:
    ArticleSet m_set;
    QList<qint64> m_articleIds;
};

} // namespace Pizhu
