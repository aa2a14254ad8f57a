// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
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

/** The encoding a file's first bytes show, as a name QStringDecoder knows, or why none fits. */
struct EncodingGuess
{
    QString encoding;  ///< "UTF-8", "UTF-8-BOM", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
    int bomLength = 0; ///< bytes of byte-order mark to skip
    QString error;

    bool ok() const { return error.isEmpty(); }
    /** The name to give QStringDecoder. */
    QByteArray decoderName() const;
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

    /**
     * Guesses the encoding from \a head, the start of a file that is read as a stream (CSV,
     * JSONL). When \a wholeFile is false, a character cut off at the end of \a head is expected.
     */
    static EncodingGuess detect(const QByteArray &head, bool wholeFile);

    /**
     * Opens \a file to be read as a stream (CSV, JSONL), detects its encoding from its head and
     * skips the byte-order mark; false with \a error (without the file name) when it cannot be
     * read or is not text.
     */
    static bool openStream(QFile &file, EncodingGuess *encoding, QString *error);

private:
    static bool looksBinary(const QByteArray &bytes);
    /** "UTF-16LE" or "UTF-16BE" when \a bytes are UTF-16 text without a byte-order mark; empty otherwise. */
    static QString bomlessUtf16(const QByteArray &bytes);
    static bool isValidUtf8(const QByteArray &bytes, bool *truncatedAtEnd);
    static EncodingGuess detectLegacyChinese(const QByteArray &bytes, bool wholeFile);
    static QString notChineseText();
};

} // namespace Pizhu
