// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Pizhu {

/**
 * What a user typed in a search box, made safe and script-blind: terms separated by spaces are
 * ANDed, "quoted phrases" (also “…”) are kept together, every term is converted to simplified
 * (黨員 -> 党员) and lower-cased. Characters FTS5 would read as syntax (* ^ : ( ) NEAR AND) are
 * only ever text: each term becomes a quoted FTS5 phrase of its tokens.
 */
class SearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::SearchQuery)

public:
    static SearchQuery parse(const QString &input);

    bool isValid() const { return !m_terms.isEmpty(); }
    /** Why the query cannot run ("nothing to search for"), or empty. */
    QString error() const { return m_error; }
    /** The terms as the index sees them (simplified, lower case). */
    const QStringList &terms() const { return m_terms; }
    /** The FTS5 MATCH expression. */
    QString ftsExpression() const;

    /** Where the terms occur in \a shadowText (simplified), in code points, sorted. */
    QList<TextSpan> findIn(const QString &shadowText) const;

private:
    QStringList m_terms;
    QList<QStringList> m_tokens;
    QList<QRegularExpression> m_patterns;
    QString m_error;
};

} // namespace Pizhu
