// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"

#include "editing/corpussession.h"

namespace Pizhu {

namespace {

bool insertAnnotation(CorpusSession &session, Annotation &annotation, QString *error)
{
    AnnotationStore store(session.database());
    const bool ok = store.insert(annotation);
    *error = store.errorString();
    return ok;
}

bool removeAnnotation(CorpusSession &session, qint64 id, QString *error)
{
    AnnotationStore store(session.database());
    const bool ok = store.remove(id);
    *error = store.errorString();
    return ok;
}

} // namespace

AddAnnotation::AddAnnotation(CorpusSession &session, const Annotation &annotation)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Tag passage"))
    , m_annotation(annotation)
{
}

void AddAnnotation::redo()
{
    writeRedo([this](QString *error) { return insertAnnotation(m_session, m_annotation, error); });
    m_session.notify({ChangeEvent::Kind::Passages, m_annotation.articleId, {m_annotation.tagId}});
}

void AddAnnotation::undo()
{
    write([this](QString *error) { return removeAnnotation(m_session, m_annotation.id, error); });
    m_session.notify({ChangeEvent::Kind::Passages, m_annotation.articleId, {m_annotation.tagId}});
}

RemoveAnnotation::RemoveAnnotation(CorpusSession &session, const Annotation &annotation)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Delete passage"))
    , m_annotation(annotation)
{
}

void RemoveAnnotation::redo()
{
    writeRedo([this](QString *error) { return removeAnnotation(m_session, m_annotation.id, error); });
    m_session.notify({ChangeEvent::Kind::Passages, m_annotation.articleId, {m_annotation.tagId}});
}

void RemoveAnnotation::undo()
{
    write([this](QString *error) { return insertAnnotation(m_session, m_annotation, error); });
    m_session.notify({ChangeEvent::Kind::Passages, m_annotation.articleId, {m_annotation.tagId}});
}

EditNote::EditNote(CorpusSession &session, const Annotation &before, const QString &note)
    : CorpusCommand(session, QCoreApplication::translate("Undo Commands", "Edit note"))
    , m_before(before)
    , m_note(note)
    , m_modified(AnnotationStore::timestamp())
{
}

void EditNote::redo()
{
    writeRedo([this](QString *error) {
        AnnotationStore store(m_session.database());
        const bool ok = store.setNote(m_before.id, m_note, m_modified);
        *error = store.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Passages, m_before.articleId, {m_before.tagId}});
}

void EditNote::undo()
{
    write([this](QString *error) {
        AnnotationStore store(m_session.database());
        const bool ok = store.setNote(m_before.id, m_before.note, m_before.modified);
        *error = store.errorString();
        return ok;
    });
    m_session.notify({ChangeEvent::Kind::Passages, m_before.articleId, {m_before.tagId}});
}

SetArticleTag::SetArticleTag(CorpusSession &session, const ArticleTag &tag, bool tagged)
    : CorpusCommand(session, tagged ? QCoreApplication::translate("Undo Commands", "Tag article")
                                    : QCoreApplication::translate("Undo Commands", "Untag article"))
    , m_tag(tag)
    , m_tagged(tagged)
{
}

std::function<bool(QString *)> SetArticleTag::set(bool tagged)
{
    return [this, tagged](QString *error) {
        AnnotationStore store(m_session.database());
        const bool done =
            tagged ? store.addArticleTag(m_tag) : store.removeArticleTag(m_tag.articleId, m_tag.tagId, m_tag.coder);
        *error = store.errorString();
        return done;
    };
}

void SetArticleTag::redo()
{
    writeRedo(set(m_tagged));
    m_session.notify({ChangeEvent::Kind::ArticleTags, m_tag.articleId, {m_tag.tagId}});
}

void SetArticleTag::undo()
{
    write(set(!m_tagged));
    m_session.notify({ChangeEvent::Kind::ArticleTags, m_tag.articleId, {m_tag.tagId}});
}

} // namespace Pizhu
