// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Pizhu {

class CorpusDatabase;

/**
 * What some coders coded in a corpus, read at once for an agreement study: each coder's passages
 * and whole-article tags by article and tag, which articles each coded at all (a passage or an
 * article tag of any tag), and the titles, lengths and tag paths the results name.
 */
class CodingSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CodingSnapshot)

public:
    struct Key
    {
        qint64 articleId = 0;
        qint64 tagId = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.articleId, key.tagId);
        }
    };

    /**
     * Reads the coding of \a coders: of the tags in \a tagIds (every tag one of them used, when
     * empty), in the articles of \a articleIds (every article one of them coded, when empty).
     * False with errorString() when the corpus cannot be read.
     */
    bool read(CorpusDatabase &db, const QStringList &coders, const QList<qint64> &tagIds = {},
              const QList<qint64> &articleIds = {});

    QStringList coders;
    QList<qint64> tags;     ///< in codebook order
    QList<qint64> articles; ///< coded by at least one of the coders, in id order
    QHash<qint64, QString> tagPaths;
    QHash<qint64, QString> titles;
    QHash<qint64, int> lengths; ///< of each article's text, in code points

    /** Whether coder number \a coder coded \a articleId at all. */
    bool coded(int coder, qint64 articleId) const { return m_coded.value(coder).contains(articleId); }
    /** How many of the coders coded \a articleId. */
    int coderCount(qint64 articleId) const;
    /** Coder number \a coder's passages of \a key, in text order. */
    QList<TextSpan> passages(int coder, const Key &key) const { return m_passages.value(coder).value(key); }
    bool hasArticleTag(int coder, const Key &key) const { return m_articleTags.value(coder).contains(key); }

    QString errorString() const { return m_error; }

private:
    QList<QSet<qint64>> m_coded;
    QList<QHash<Key, QList<TextSpan>>> m_passages;
    QList<QSet<Key>> m_articleTags;
    QString m_error;
};

} // namespace Pizhu
