// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcommands.h"

#include "editing/corpussession.h"
#include "store/memostore.h"

namespace Pizhu {

AddTag::AddTag(CorpusSession &session, const Tag &tag)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Add tag “%1”").arg(tag.name))
    , m_tag(tag)
{
}

void AddTag::redo()
{
    writeRedo([this](QString *error) {
        TagStore store(m_session.database());
        const bool ok = store.insert(m_tag); // keeps its id after the first time, so redo restores it
        *error = store.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Codebook, 0, {m_tag.id}});
}

void AddTag::undo()
{
    write([this](QString *error) {
        TagStore store(m_session.database());
        const bool ok = store.remove(m_tag.id);
        *error = store.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Codebook, 0, {m_tag.id}});
}

EditTag::EditTag(CorpusSession &session, const Tag &before, const Tag &after, const QString &text)
    : CorpusCommand(session, text)
    , m_before(before)
    , m_after(after)
{
}

std::function<bool(QString *)> EditTag::update(const Tag &tag, const Tag &expected)
{
    return [this, tag, expected](QString *error) {
        TagStore store(m_session.database());
        const bool updated = store.update(tag, expected);
        *error = store.errorString();
        return updated;
    };
}

void EditTag::redo()
{
    writeRedo(update(m_after, m_before));
    notifyEdited();
}

void EditTag::undo()
{
    write(update(m_before, m_after));
    notifyEdited();
}

void EditTag::notifyEdited()
{
    // A move changes the tree; a new name, colour or description only the tag's own row.
    const bool moved = m_before.parentId != m_after.parentId || m_before.position != m_after.position;
    m_session.notify({moved ? ChangeEvent::Kind::Codebook : ChangeEvent::Kind::TagEdited, 0, {m_after.id}});
}

RemoveTag::RemoveTag(CorpusSession &session, qint64 tagId)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Delete tag “%1”")
                                 .arg(TagStore(session.database()).path(tagId)))
    , m_tagId(tagId)
{
    TagStore tags(session.database());
    const QList<qint64> ids = tags.subtree(tagId);
    for (const Tag &tag : tags.all()) {
        if (ids.contains(tag.id))
            m_tags.append(tag);
    }
    AnnotationStore annotations(session.database());
    m_annotations = annotations.forTags(ids);
    m_articleTags = annotations.articleTagsOf(ids);
    m_memos = MemoStore(session.database()).onTags(ids);
}

void RemoveTag::redo()
{
    writeRedo([this](QString *error) {
        TagStore store(m_session.database());
        const bool ok = store.remove(m_tagId); // children, passages and article tags cascade
        *error = store.errorString();
        return ok;
    });
    notifyRemoved();
}

void RemoveTag::undo()
{
    write([this](QString *error) {
        TagStore tags(m_session.database());
        for (Tag tag : std::as_const(m_tags)) {
            if (!tags.insert(tag)) {
                *error = tags.errorString();
                return false;
            }
        }
        AnnotationStore annotations(m_session.database());
        for (Annotation annotation : std::as_const(m_annotations)) {
            if (!annotations.insert(annotation)) {
                *error = annotations.errorString();
                return false;
            }
        }
        for (const ArticleTag &tag : std::as_const(m_articleTags)) {
            if (!annotations.addArticleTag(tag)) {
                *error = annotations.errorString();
                return false;
            }
        }
        MemoStore memos(m_session.database());
        for (const Memo &memo : std::as_const(m_memos)) {
            if (!memos.insert(memo)) {
                *error = memos.errorString();
                return false;
            }
        }
        return true;
    });
    notifyRemoved();
}

void RemoveTag::notifyRemoved()
{
    QList<qint64> ids;
    for (const Tag &tag : std::as_const(m_tags))
        ids << tag.id;
    m_session.notify({ChangeEvent::Kind::Codebook, 0, ids});
}

MergeTags::MergeTags(CorpusSession &session, qint64 from, qint64 into)
    : CorpusCommand(
          session, QCoreApplication::translate("Undo Commands", "Merge tag “%1” into “%2”")
                       .arg(TagStore(session.database()).path(from), TagStore(session.database()).path(into)))
    , m_from(from)
    , m_into(into)
    , m_fromTag(TagStore(session.database()).tag(from).value_or(Tag{}))
{
    AnnotationStore annotations(session.database());
    m_fromArticleTags = annotations.articleTagsOf({from});
    m_intoArticleTags = annotations.articleTagsOf({into});
}

void MergeTags::redo()
{
    writeRedo([this](QString *error) {
        AnnotationStore annotations(m_session.database());
        const std::optional<QList<qint64>> moved = annotations.retag(m_from, m_into);
        if (!moved) {
            *error = annotations.errorString();
            return false;
        }
        m_movedPassages = *moved;
        MemoStore memos(m_session.database());
        m_movedMemos.clear();
        for (const Memo &memo : memos.on(MemoTarget::Tag, m_from))
            m_movedMemos << memo.id;
        if (!memos.moveToTag(m_movedMemos, m_into)) {
            *error = memos.errorString();
            return false;
        }
        for (ArticleTag tag : std::as_const(m_fromArticleTags)) {
            tag.tagId = m_into;
            if (!annotations.addArticleTag(tag)) {
                *error = annotations.errorString();
                return false;
            }
        }
        TagStore tags(m_session.database());
        const bool removed = tags.remove(m_from);
        *error = tags.errorString();
        return removed;
    });
    notifyRemoved();
}

void MergeTags::undo()
{
    write([this](QString *error) {
        TagStore tags(m_session.database());
        Tag restored = m_fromTag;
        AnnotationStore annotations(m_session.database());
        MemoStore memos(m_session.database());
        if (!tags.insert(restored) || !annotations.setTag(m_movedPassages, m_from) ||
            !memos.moveToTag(m_movedMemos, m_from)) {
            *error = tags.errorString() + annotations.errorString() + memos.errorString();
            return false;
        }
        for (const ArticleTag &tag : std::as_const(m_fromArticleTags)) {
            const bool hadInto = std::any_of(
                m_intoArticleTags.cbegin(), m_intoArticleTags.cend(),
                [&tag](const ArticleTag &t) { return t.articleId == tag.articleId && t.coder == tag.coder; });
            if (!annotations.addArticleTag(tag) ||
                (!hadInto && !annotations.removeArticleTag(tag.articleId, m_into, tag.coder))) {
                *error = annotations.errorString();
                return false;
            }
        }
        return true;
    });
    notifyRemoved();
}

void MergeTags::notifyRemoved()
{
    m_session.notify({ChangeEvent::Kind::Codebook, 0, {m_from, m_into}});
}

} // namespace Pizhu
