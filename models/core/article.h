// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conversion.h"
#include "linerole.h"
#include "script.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Pizhu {

/** A person credited with an article, with the role the page gives (记者, 通讯员, 文/图) if any. */
struct Byline
{
    QString name;
    QString role;

    friend bool operator==(const Byline &, const Byline &) = default;
};

/** What a researcher may correct of an article without touching its text: the text's offsets stay. */
struct ArticleDetails
{
    QString title;
    QString published; ///< ISO 8601, date or date and time; empty when unknown
    QString outlet;
    QList<Byline> bylines;

    friend bool operator==(const ArticleDetails &, const ArticleDetails &) = default;
};

/**
 * A line of the page that is not body text, kept in place: it stood before body paragraph
 * \c beforeParagraph (0 = before the first; paragraphs.size() = after the last).
 */
struct AsideLine
{
    int beforeParagraph = 0;
    LineRole role = LineRole::Navigation;
    QString text;    ///< the line as it was (for an image: the file name)
    QString caption; ///< for an image: the caption line that followed it, if any

    friend bool operator==(const AsideLine &, const AsideLine &) = default;
};

/**
 * One news article as Pizhu understands it. The body paragraphs, joined with '\n', are the stored
 * original text that every offset in the corpus refers to (DESIGN.md, decision 1).
 */
struct Article
{
    qint64 id = 0; ///< 0 until stored
    QString title;
    QString subtitle;
    QString published; ///< ISO 8601, date or date and time; empty when unknown
    QString outlet;
    QList<Byline> bylines;
    QString editor;
    QStringList paragraphs;
    QList<AsideLine> asides;
    Script script = Script::Simplified;
    QString url;
    QMap<QString, QString> attributes; ///< other named fields of a CSV or JSONL record

    QString encoding;    ///< as detected by TextDecoder
    QString sourcePath;  ///< the file it was imported from (with ":line" for a record)
    QString contentHash; ///< SHA-256 of the decoded source text; makes re-import idempotent

    /**
     * The simplified copy of body() that search and extraction read, with its map back to the
     * body's offsets (DESIGN.md, decision 2), when whoever made or read the article has it.
     */
    std::optional<Conversion> shadow;

    QString body() const { return paragraphs.join(QLatin1Char('\n')); }

    /** The image placeholders among the set-aside lines. */
    QList<AsideLine> images() const;

    ArticleDetails details() const { return {title, published, outlet, bylines}; }
};

} // namespace Pizhu
