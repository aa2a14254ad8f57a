// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvsource.h"

#include "localfilename.h"
#include "recordfields.h"

namespace Pizhu {

CsvSource::CsvSource(const QString &path)
    : m_path(LocalFileName::readable(path)) // for messages and the stored source path
    , m_file(path)
{
}

bool CsvSource::open(QString *error)
{
    if (!TextDecoder::openStream(m_file, &m_encoding, error))
        return false;
    m_reader = std::make_unique<CsvReader>(&m_file, m_encoding.decoderName());
    if (!m_reader->readRow(&m_header)) {
        *error = m_reader->error().isEmpty() ? tr("the CSV file has no header row") : m_reader->error();
        return false;
    }
    for (QString &name : m_header)
        name = name.trimmed();
    if (!RecordFields::hasTextField(m_header)) {
        *error = tr("the header names no text column (text, content or body): %1")
                     .arg(m_header.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

std::optional<SourceRecord> CsvSource::next()
{
    if (m_failed)
        return std::nullopt;
    QStringList row;
    for (;;) {
        if (!m_reader->readRow(&row)) {
            if (m_reader->error().isEmpty())
                return std::nullopt;
            // A field too long is skipped with its row; a broken quote swallows the rest of the
            // file: report it and stop.
            m_failed = !m_reader->canContinue();
            return SourceRecord{QStringLiteral("%1:%2").arg(m_path).arg(m_reader->rowLine()), std::nullopt,
                                m_reader->error()};
        }
        if (!(row.size() == 1 && row.first().trimmed().isEmpty()))
            break;
    }
    SourceRecord record;
    record.label = QStringLiteral("%1:%2").arg(m_path).arg(m_reader->rowLine());
    if (row.size() != m_header.size()) {
        record.error =
            tr("the row has %1 fields where the header has %2").arg(row.size()).arg(m_header.size());
        return record;
    }
    RecordFields::Fields fields;
    for (qsizetype i = 0; i < row.size(); ++i)
        fields.append({m_header.at(i), row.at(i)});
    return recordFrom(fields, record.label, m_encoding);
}

} // namespace Pizhu
