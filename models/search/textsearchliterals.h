// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Pizhu {

/**
 * Pizhu's own tokens (SearchIndex::tokens()) written as PostgreSQL `tsvector` and `tsquery`
 * literals, so that a team corpus indexes and asks for exactly the tokens a corpus file's FTS5
 * index holds. The server's parser would make tokens of its own of what is not Hanzi (9.9 as one
 * word, covid-19 as covid and -19), and then a search for 9.9万 finds nothing on the server that
 * it finds in a file; reading a literal is also a quarter of the parser's work.
 */
class TextSearchLiterals
{
public:
    /** \a token as the index keeps it: in lower case, Latin letters without their diacritics. */
    static QString lexeme(const QString &token);

    /**
     * The tsvector of an article: the title's tokens, weighted A, then the body's after a position
     * left free, so that no phrase runs on from the title into the body. Positions beyond the
     * server's last (16,383) are that one, as the server's parser would make them.
     */
    static QString vector(const QStringList &titleTokens, const QStringList &bodyTokens);

    /** The tsquery of \a tokens standing one after another; empty when there is none. */
    static QString phrase(const QStringList &tokens);
};

} // namespace Pizhu
