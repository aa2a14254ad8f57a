// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Pizhu {

/** What a file's bytes turned out to be: the text, the encoding that was detected, or why not. */
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
    QString error;    ///< empty on success; a sentence for the user otherwise

    bool ok() const { return error.isEmpty(); }
};

/**
 * Detects the encoding of a scraped page from its bytes, never from its file name, and decodes it.
 *
 * Order: a byte-order mark decides; valid UTF-8 is UTF-8; otherwise GB18030 and Big5 are both tried
 * and the one whose text reads as more common Chinese wins. Binary input (NUL bytes without a UTF-16
 * BOM, control characters) and UTF-8 cut off in the middle of a character are refused with a reason.
 * Line ends are normalised to '\n'.
 */
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::TextDecoder)

public:
    static DecodedText decode(const QByteArray &bytes);

private:
    static bool looksBinary(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes, bool *truncatedAtEnd);
    static DecodedText decodeLegacyChinese(const QByteArray &bytes);
    static QString notChineseText();
};

} // namespace Pizhu
