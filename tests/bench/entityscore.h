// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Pizhu::Bench {

/** A found or gold mention: type and code point span. */
struct Span
{
    QString type;
    int start = 0;
    int end = 0;
};

/** Counts for precision, recall and F1 of one type, under exact and overlap matching. */
class EntityScore
{
public:
    /** Adds one text's predictions and gold spans of \a type. */
    void add(const QList<Span> &predicted, const QList<Span> &gold, const QString &type);
    /** Adds one text's predicted and gold surface forms (entity level, distinct strings). */
    void addNames(const QStringList &predicted, const QStringList &gold);

    QString summary() const;

private:
    struct Counts
    {
        int truePositive = 0;
        int predicted = 0;
        int gold = 0;
        int goldFound = 0; ///< gold items matched by some prediction (recall under overlap)
    };
    static QString format(const Counts &counts);

    Counts m_exact;
    Counts m_overlap;
};

} // namespace Pizhu::Bench
