// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codingpackage.h"
#include "store/annotationstore.h"

#include <QCoreApplication>

namespace Pizhu {

class CorpusDatabase;

/** What a CodingMerge added, counted for the report and listed so that it can be taken out again. */
struct MergeResult
{
    int articlesMatched = 0;
    int articlesCreated = 0;
    int tagsCreated = 0;
    int passagesAdded = 0;
    int articleTagsAdded = 0;
    int duplicates = 0; ///< the same coder's same passage or article tag was there already
    QStringList notMapped;

    QList<qint64> createdArticles;
    QList<qint64> createdTags; ///< in the order made: parents before children
    QList<qint64> addedPassages;
    QList<ArticleTag> addedArticleTags;

    /** "3 passages and 1 article tag added (2 coders), 1 article created, …" */
    QString summary() const;
};

/**
 * Puts a CodingPackage into a corpus: its articles matched to the corpus's (by content hash, or
 * by the same text) or created, its tags found or created by path, and every coder's passages and
 * article tags added beside what is there, never over it: another coder's passage is theirs, and
 * the same coder's same passage is counted as a duplicate. Everything is checked before anything
 * is written; a package with an error (a passage outside its text) is refused whole, every error
 * named. What this login may not change on a team corpus (TeamRights) is refused with the reason
 * before the server is asked: tags the codebook lacks in the check, another coder's new passage or
 * article tag when it is met (the savepoint is then rolled back); a source the corpus lacks is left
 * out. The writing is one savepoint: all or nothing.
 */
class CodingMerge
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CodingMerge)

public:
    explicit CodingMerge(CorpusDatabase &db);

    bool apply(const CodingPackage &package);
    const MergeResult &result() const { return m_result; }
    /** Why apply() refused or failed: every problem found, one per line. */
    QStringList errors() const { return m_errors; }

    /** Takes out what \a result added, in one savepoint. */
    bool undo(const MergeResult &result);

private:
    bool check(const CodingPackage &package);
    /** On a team corpus, a coder's package may need no tag that the codebook lacks. */
    void checkRights(const CodingPackage &package);
    qint64 matchArticle(const CodingPackage::PackageArticle &article);

    CorpusDatabase &m_db;
    MergeResult m_result;
    QStringList m_errors;
    QHash<QByteArray, qint64> m_bodies; ///< SHA-1 of each body in the corpus, read when first needed
    bool m_bodiesRead = false;
};

} // namespace Pizhu
