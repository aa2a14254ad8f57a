// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlesource.h"
#include "csvreader.h"
#include "textdecoder.h"

#include <QFile>

namespace Pizhu {

/** A CSV file with a header row: one article per row, with named fields (RecordFields). */
class CsvSource : public ArticleSource
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CsvSource)

public:
    explicit CsvSource(const QString &path);
    /** Opens the file and reads the header; false with \a error when it is not an article table. */
    bool open(QString *error);
    std::optional<SourceRecord> next() override;
    qint64 bytesRead() const override { return m_file.pos(); }

private:
    QString m_path;
    QFile m_file;
    EncodingGuess m_encoding;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    bool m_failed = false;
};

} // namespace Pizhu
