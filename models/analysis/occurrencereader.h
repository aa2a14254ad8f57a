// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <optional>
#include <vector>

namespace Pizhu {

class CorpusDatabase;

/** Where an entity or a tag occurs: an article, and the code point span in it (-1 for the whole article). */
struct Occurrence
{
    qint64 article = 0;
    int start = -1;
    int end = -1;
};

/**
 * Reads where people, organisations and tags occur, for the co-occurrence network: the entities
 * as stored (rejected ones left out; one merged into another counts as that other), the passages
 * and whole-article tags of every coder.
 */
class OccurrenceReader
{
public:
    struct Named
    {
        QString key;
        QString name;
    };

    /** \a scope: only these articles count; none: every article. */
    OccurrenceReader(CorpusDatabase &db, std::optional<QSet<qint64>> scope);

    /** Up to \a limit entities of \a type ("PER") found in the most articles (of the scope). */
    std::vector<Named> frequentEntities(const QString &type, int limit);
    /** The articles (with \a mentions: each mention) of the entity \a type \a key. */
    std::vector<Occurrence> entity(const QString &type, const QString &key, bool mentions);
    /** The articles tagged \a tagId as a whole or in a passage (with \a spans: each passage only). */
    std::vector<Occurrence> tag(qint64 tagId, bool spans);

    QString errorString() const { return m_error; }

private:
    bool inScope(qint64 article) const { return !m_scope || m_scope->contains(article); }
    bool read(const QString &sql, const QVariantList &values, int columns, std::vector<Occurrence> *into,
              const QSet<qint64> &leftOut = {});
    /** The ids of the entities \a type \a key merged into another. */
    QSet<qint64> mergedAway(const QString &type, const QString &key);

    CorpusDatabase &m_db;
    std::optional<QSet<qint64>> m_scope;
    QString m_error;
    std::optional<bool> m_hasMerges;
};

} // namespace Pizhu
