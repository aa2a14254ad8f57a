// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Pizhu {

class CorpusDatabase;

/**
 * The values the articles' details take across the corpus (outlets, imported attributes), to
 * offer as choices in filters and editors. Each is read from an index, without counting articles.
 */
class CorpusFacets
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CorpusFacets)

public:
    explicit CorpusFacets(CorpusDatabase &db);

    /** Every outlet named by an article, in sort order. */
    QStringList outlets() const;
    /** The names of the attributes imported with the articles (CSV or JSONL columns), in sort order. */
    QStringList attributeNames() const;
    /** The values attribute \a name takes, in sort order, at most \a limit of them. */
    QStringList attributeValues(const QString &name, int limit) const;

    QString errorString() const { return m_error; }

private:
    /**
     * The non-empty values of \a column in \a table, in its index's order, where \a condition
     * holds (with \a conditionValues bound), at most \a limit of them.
     */
    QStringList distinctValues(const QString &table, const QString &column, const QString &condition,
                               const QVariantList &conditionValues, int limit) const;
    QStringList strings(const QString &sql, const QVariantList &values) const;

    CorpusDatabase &m_db;
    mutable QString m_error;
};

} // namespace Pizhu
