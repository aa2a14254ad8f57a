// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpuscommand.h"
#include "store/annotationstore.h"

namespace Pizhu {

/** Tags a passage. */
class AddAnnotation : public CorpusCommand
{
public:
    AddAnnotation(CorpusSession &session, const Annotation &annotation);
    void redo() override;
    void undo() override;
    qint64 annotationId() const { return m_annotation.id; }

private:
    Annotation m_annotation;
};

/** Removes a tagged passage; undo restores it with its id, note and times. */
class RemoveAnnotation : public CorpusCommand
{
public:
    RemoveAnnotation(CorpusSession &session, const Annotation &annotation);
    void redo() override;
    void undo() override;

private:
    Annotation m_annotation;
};

/** Sets a passage's note. */
class EditNote : public CorpusCommand
{
public:
    EditNote(CorpusSession &session, const Annotation &before, const QString &note);
    void redo() override;
    void undo() override;

private:
    Annotation m_before;
    QString m_note;
    QString m_modified;
};

/** Tags or untags a whole article. */
class SetArticleTag : public CorpusCommand
{
public:
    SetArticleTag(CorpusSession &session, const ArticleTag &tag, bool tagged);
    void redo() override;
    void undo() override;

private:
    std::function<bool(QString *)> set(bool tagged);

    ArticleTag m_tag;
    bool m_tagged;
};

} // namespace Pizhu
