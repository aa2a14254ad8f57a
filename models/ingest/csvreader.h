// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

namespace Pizhu {

/**
 * Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, line breaks inside quotes, CRLF
 * or LF), streaming from a device through a decoder. The delimiter (comma, semicolon or tab) is
 * taken from the header line. Rows are read one at a time, so memory stays flat.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CsvReader)

public:
    /** Reads from \a device (already past any byte-order mark), decoding with \a encodingName. */
    CsvReader(QIODevice *device, const QByteArray &encodingName);

    /**
     * The next row into \a fields. Returns false at the end, or on an error (then error() says why:
     * a quoted field that never closes, or a field of more than \a maxFieldBytes bytes in UTF-8).
     * After a field that is too long the reader has skipped to the end of its row, so
     * canContinue() is true and the next call reads the row after it.
     */
    bool readRow(QStringList *fields, qint64 maxFieldBytes = 50 * 1024 * 1024);
    /** Whether reading may go on after the last error (the row was skipped whole). */
    bool canContinue() const { return m_canContinue; }

    /** The line the last row started on, counting from 1. */
    qint64 rowLine() const { return m_rowLine; }
    QString error() const { return m_error; }

private:
    bool fill();
    void detectDelimiter();
    /** Reads on to the end of the current row without keeping it; false at an unclosed quote. */
    bool skipRestOfRow(bool quoted);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    QChar m_delimiter = QLatin1Char(',');
    bool m_delimiterKnown = false;
    QString m_error;
    bool m_canContinue = false;
};

} // namespace Pizhu
