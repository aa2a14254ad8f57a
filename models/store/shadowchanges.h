// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <optional>

namespace Pizhu {

/**
 * The simplified shadow of an article as article_texts keeps it: not a second copy of the text but
 * what differs from the body (the column shadow_changes). Traditional news differs from its
 * simplified shadow in about a third of its characters, and the copy was a quarter of a corpus
 * file. The changes are runs, each written as three unsigned LEB128 numbers (UTF-16 units kept
 * from the body since the previous run, units of the body replaced, units put in their place)
 * followed by those units in UTF-16LE.
 */
class ShadowChanges
{
public:
    /** What turns @p body into @p shadow; empty when they are the same. */
    static QByteArray between(QStringView body, QStringView shadow);
    /** @p body with @p changes made, or nothing when the changes do not fit it (damage). */
    static std::optional<QString> apply(QStringView body, QByteArrayView changes);

    /**
     * The shadow of a row of article_texts: the body itself when both columns are NULL; the
     * whole text in @p shadowColumn for rows written before schema version 18; else the body with
     * @p changesColumn applied.
     */
    static std::optional<QString> stored(const QString &body, const QVariant &shadowColumn,
                                         const QVariant &changesColumn);
    /** The value for shadow_changes: NULL when @p shadow is @p body. */
    static QVariant column(const QString &body, const QString &shadow);
};

} // namespace Pizhu
