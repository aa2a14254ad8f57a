// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Pizhu {

class CorpusDatabase;

/** A saved, named set of articles ("my sample"): who saved it, when, and how many it holds. */
struct ArticleSet
{
    qint64 id = 0;
    QString name;
    QString coder;
    QString created;
    int size = 0;

    friend bool operator==(const ArticleSet &, const ArticleSet &) = default;
};

/** Reads and writes saved article sets (schema step 13). Callers group the writes. */
class ArticleSetStore
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleSetStore)

public:
    explicit ArticleSetStore(CorpusDatabase &db);

    /** Every set, by name, with its size. */
    QList<ArticleSet> all() const;
    std::optional<ArticleSet> find(qint64 id) const;
    std::optional<ArticleSet> findByName(const QString &name) const;
    /** The articles of set \a id, by id. */
    QList<qint64> members(qint64 id) const;

    /** Stores \a set (with its id, if not 0) holding \a articleIds; the new id, or 0 on failure. */
    qint64 insert(const ArticleSet &set, const QList<qint64> &articleIds);
    /** Removes set \a id; its articles stay. */
    bool remove(qint64 id);

    QString errorString() const { return m_error; }

private:
    QList<ArticleSet> read(const QString &where, const QVariantList &values) const;

    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
