// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Pizhu {

/** A person credited with an article, with the role the page gives (记者, 通讯员, 文/图) if any. */
struct Byline
{
    QString name;
    QString role;

    friend bool operator==(const Byline &, const Byline &) = default;
};

/**
 * One news article as Pizhu understands it. The body paragraphs, joined with '\n', are the stored
 * original text that every offset in the corpus refers to (DESIGN.md, decision 1).
 */
struct Article
{
    qint64 id = 0; ///< 0 until stored
    QString title;
    QString published; ///< ISO 8601, date or date and time; empty when unknown
    QString outlet;
    QList<Byline> bylines;
    QStringList paragraphs;

    QString encoding;    ///< as detected by TextDecoder
    QString sourcePath;  ///< the file it was imported from
    QString contentHash; ///< SHA-256 of the decoded source text; makes re-import idempotent

    QString body() const { return paragraphs.join(QLatin1Char('\n')); }
};

} // namespace Pizhu
