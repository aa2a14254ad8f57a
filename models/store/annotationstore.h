// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/** A tagged passage: code point offsets [start, end) into the article's stored original text. */
struct Annotation
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 tagId = 0;
    int start = 0;
    int end = 0;
    QString note;
    QString coder;
    QString created;  ///< ISO 8601, UTC
    QString modified; ///< ISO 8601, UTC

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/** A whole-article tag: each coder has their own (schema step 11). */
struct ArticleTag
{
    qint64 articleId = 0;
    qint64 tagId = 0;
    QString coder;
    QString created;

    friend bool operator==(const ArticleTag &, const ArticleTag &) = default;
};

/** How much coding some articles hold, by every coder, and how many memos are on them. */
struct CodingCount
{
    int passages = 0;
    int articleTags = 0;
    int memos = 0;
};

/** Reads and writes annotations and article tags. Each method is one statement; callers group them. */
class AnnotationStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::AnnotationStore)

public:
    explicit AnnotationStore(CorpusDatabase &db);

    std::optional<Annotation> annotation(qint64 id) const;
    /** The article's passages in text order. */
    QList<Annotation> forArticle(qint64 articleId) const;
    /** Every passage of the tags in \a tagIds (all passages when empty), by article and position. */
    QList<Annotation> forTags(const QList<qint64> &tagIds) const;
    /**
     * Every passage on the articles whose ids the subquery \a articleIdsSql selects (with its
     * \a values), by article and position.
     */
    QList<Annotation> onArticlesIn(const QString &articleIdsSql, const QVariantList &values) const;
    /** Stores \a annotation, keeping its id if it has one (undo restores deleted ones that way). */
    bool insert(Annotation &annotation);
    bool remove(qint64 id);
    /** Sets the note and the modified time. */
    bool setNote(qint64 id, const QString &note, const QString &modified);
    /** Moves every passage of \a fromTag to \a toTag; returns the ids moved, or nothing on failure. */
    std::optional<QList<qint64>> retag(qint64 fromTag, qint64 toTag);
    bool setTag(const QList<qint64> &ids, qint64 tagId);

    QList<ArticleTag> articleTags(qint64 articleId) const;
    QList<ArticleTag> articleTagsOf(const QList<qint64> &tagIds) const;
    bool addArticleTag(const ArticleTag &tag);
    /** Removes \a coder's tag \a tagId from the article; other coders' stay. */
    bool removeArticleTag(qint64 articleId, qint64 tagId, const QString &coder);

    /** The passages and article tags of \a articleIds, by every coder. */
    CodingCount countFor(const QList<qint64> &articleIds) const;

    /** Everyone who has coded in this corpus (passages or article tags), sorted. */
    QStringList coders() const;

    QString errorString() const { return m_error; }

    /** Now, as stored with edits: ISO 8601 in UTC. */
    static QString timestamp();

private:
    QList<Annotation> read(const QString &where, const QVariantList &values) const;

    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
