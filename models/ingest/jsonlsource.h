// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlesource.h"
#include "textdecoder.h"

#include <QFile>

namespace Pizhu {

/** A JSON Lines file: one article per line, as a JSON object with named fields (RecordFields). */
class JsonlSource : public ArticleSource
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::JsonlSource)

public:
    explicit JsonlSource(const QString &path);
    /** Opens the file and checks its encoding; false with \a error when it cannot be read. */
    bool open(QString *error);
    std::optional<SourceRecord> next() override;
    qint64 bytesRead() const override { return m_file.pos(); }

private:
    SourceRecord parseLine(const QByteArray &line);

    QString m_path;
    QFile m_file;
    EncodingGuess m_encoding;
    qint64 m_lineNumber = 0;
};

} // namespace Pizhu
