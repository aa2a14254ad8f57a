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

    /** Writes one row; QString cells are text, integer and floating-point cells are numbers. */
    void writeRow(const QVariantList &cells);
    /** Whether every write so far reached the device. */
    bool ok() const { return m_ok; }

    /** A text cell as written: neutralised, then quoted if it holds a comma, quote or line break. */
    static QString textCell(const QString &text);
    /**
     * The text a neutralised cell stands for, once the CSV reader has unquoted it: the exact
     * inverse of the neutralising in textCell(), so "'=x" written by a user comes back as itself.
     */
    static QString plainText(const QString &cell);

private:
    QIODevice *m_device;
    bool m_ok = true;
};

} // namespace Pizhu
