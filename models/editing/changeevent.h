// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

namespace Pizhu {

/**
 * What an edit changed, told by CorpusSession::changed() to every view that shows it (one change
 * channel, as Tiled's Document::changed). Views update the rows it names in place; only
 * Everything, which comes when another program or a background job committed, means "read again".
 */
struct ChangeEvent
{
    enum class Kind
    {
        Codebook,     ///< tags were added, removed, moved or merged (\a tagIds: the tags involved)
        TagEdited,    ///< name, colour or description of \a tagIds
        Passages,     ///< passages of \a articleId (0: of several) tagged with \a tagIds
        ArticleTags,  ///< whole-article tags of \a articleId (0: of several) with \a tagIds
        Entities,     ///< entities of \a articleId (0: of several)
        Articles,     ///< articles were added, removed or their metadata edited (\a articleId, or 0)
        CodingStatus, ///< the coding status of \a articleId (0: of several) was marked
        ArticleSets,  ///< saved article sets were saved or deleted
        Memos,        ///< memos were written, edited or deleted (\a articleId: the article's, or 0)
        Coders,       ///< whose coding is shown changed, or who codes in this window
        Everything,   ///< anything may have changed (a commit from elsewhere)
    };

    Kind kind = Kind::Everything;
    qint64 articleId = 0;
    QList<qint64> tagIds;

    /** Whether views of article \a id (or of every article, for 0) need to look again. */
    bool concernsArticle(qint64 id) const { return articleId == 0 || id == 0 || articleId == id; }
    /** Whether the uses of tags (counts, article lists by tag) may have changed. */
    bool changesTagUse() const
    {
        return kind == Kind::Codebook || kind == Kind::Passages || kind == Kind::ArticleTags ||
               kind == Kind::Articles || kind == Kind::Coders || kind == Kind::Everything;
    }
};

} // namespace Pizhu

Q_DECLARE_METATYPE(Pizhu::ChangeEvent)
