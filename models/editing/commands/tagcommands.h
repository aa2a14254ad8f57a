// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/memo.h"
#include "corpuscommand.h"
#include "store/annotationstore.h"
#include "store/tagstore.h"

namespace Pizhu {

/** Adds a tag to the codebook. */
class AddTag : public CorpusCommand
{
public:
    AddTag(CorpusSession &session, const Tag &tag);
    void redo() override;
    void undo() override;
    qint64 tagId() const { return m_tag.id; }

private:
    Tag m_tag;
};

/** Changes a tag's name, colour, description or place in the tree. */
class EditTag : public CorpusCommand
{
public:
    EditTag(CorpusSession &session, const Tag &before, const Tag &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    /** A step writing \a tag over \a expected, refused if the tag was changed meanwhile elsewhere. */
    std::function<bool(QString *)> update(const Tag &tag, const Tag &expected);
    void notifyEdited();

    Tag m_before;
    Tag m_after;
};

/** Deletes a tag with the tags below it, their passages, article tags and memos; undo restores them all. */
class RemoveTag : public CorpusCommand
{
public:
    RemoveTag(CorpusSession &session, qint64 tagId);
    void redo() override;
    void undo() override;

private:
    void notifyRemoved();

    qint64 m_tagId;
    QList<Tag> m_tags; ///< the subtree, parents first, as it was
    QList<Annotation> m_annotations;
    QList<ArticleTag> m_articleTags;
    QList<Memo> m_memos;
};

/** Moves one tag's passages, article tags and memos to another, then deletes the first. */
class MergeTags : public CorpusCommand
{
public:
    MergeTags(CorpusSession &session, qint64 from, qint64 into);
    void redo() override;
    void undo() override;

private:
    void notifyRemoved();

    qint64 m_from;
    qint64 m_into;
    Tag m_fromTag;
    QList<qint64> m_movedPassages;
    QList<qint64> m_movedMemos;
    QList<ArticleTag> m_fromArticleTags;
    QList<ArticleTag> m_intoArticleTags; ///< to tell which article tags the merge added
};

} // namespace Pizhu
