// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"
#include "recordfields.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <memory>
#include <optional>

namespace Pizhu {

/** One article read from a source, or why the record could not be read. */
struct SourceRecord
{
    QString label; ///< the file, with ":line" for a record of a CSV or JSONL file
    std::optional<Article> article;
    QString error;
};

/**
 * The articles in one input file, read one at a time so a large CSV or JSONL file is streamed,
 * never loaded whole. Each format is a subclass; open() picks it from the file name and content.
 */
class ArticleSource
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::ArticleSource)

public:
    /** Files larger than this are refused; for CSV and JSONL the limit is per record. */
    static constexpr qint64 MaxTextSize = 50 * 1024 * 1024;

    virtual ~ArticleSource() = default;

    /**
     * Opens \a path with the reader for its format. On failure returns nullptr and sets \a error
     * to a sentence naming the reason (not the file: the caller does that).
     */
    static std::unique_ptr<ArticleSource> open(const QString &path, QString *error);

    /** The file suffixes a folder import picks up. */
    static const QStringList &importableSuffixes();

    /** The next record, or nothing at the end of the file. */
    virtual std::optional<SourceRecord> next() = 0;

    /** How many bytes of the file are read so far (the whole file for a page), for progress. */
    virtual qint64 bytesRead() const = 0;

protected:
    /** A content hash over the fields that make an article the same article. */
    static QString hashOf(const QString &text);

    /** The record a CSV row or JSON object makes: its article with source, encoding and content hash, or why
     * not. */
    static SourceRecord recordFrom(const RecordFields::Fields &fields, const QString &label,
                                   const EncodingGuess &encoding);
};

} // namespace Pizhu
