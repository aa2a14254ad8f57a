// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QVariantList>

namespace Pizhu {

/**
 * Writes CSV that opens cleanly in Excel, R and pandas: RFC 4180 quoting, CRLF line ends, UTF-8
 * with a byte-order mark unless asked not to (Excel needs it to read Chinese). Text cells that
 * start with = + - @, a tab or a carriage return are neutralised against formula injection by a
 * leading apostrophe; numbers are written as they are.
 */
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, bool byteOrderMark = true);
    /** Flushes what is left; flush() first to know whether it arrived. */
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /** Writes one row; QString cells are text, integer and floating-point cells are numbers. */
    void writeRow(const QVariantList &cells);
    /**
     * Hands the rows still held here to the device (rows go in blocks of 64 KiB, so that an
     * unbuffered device is written in few calls); false if any write so far failed.
     */
    bool flush();
    /** Whether every write so far reached the device. */
    bool ok() const { return m_ok; }
    /** Why the first write that failed did (the device's words: "No space left on device"). */
    QString errorString() const { return m_error; }

    /** A text cell as written: neutralised, then quoted if it holds a comma, quote or line break. */
    static QString textCell(const QString &text);
    /**
     * The text a neutralised cell stands for, once the CSV reader has unquoted it: the exact
     * inverse of the neutralising in textCell(), so "'=x" written by a user comes back as itself.
     */
    static QString plainText(const QString &cell);

private:
    QIODevice *m_device;
    QByteArray m_pending;
    bool m_ok = true;
    QString m_error;
};

} // namespace Pizhu
