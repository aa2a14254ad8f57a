// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "chinesetextscore.h"
#include "localfilename.h"

#include <QStringDecoder>

namespace Pizhu {

namespace {

// Real Chinese prose scores 0.5 to 0.8 (tests/models/tst_textdecoder); mis-decoded bytes stay near 0.05.
constexpr double MinimumChineseScore = 0.2;

QString normaliseLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Decodes \a bytes and counts what did not decode; a stream's head may end in a cut character.
QString decodeCounting(const char *encodingName, QByteArrayView bytes, int *bad)
{
    QStringDecoder decoder(encodingName);
    QString text = decoder.decode(bytes);
    *bad = int(text.count(QChar::ReplacementCharacter)) + (decoder.hasError() ? 1 : 0);
    return text;
}

} // namespace

QByteArray EncodingGuess::decoderName() const
{
    return encoding == QLatin1String("UTF-8-BOM") ? QByteArray("UTF-8") : encoding.toLatin1();
}

QString TextDecoder::notChineseText()
{
    return tr(
        "the bytes do not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (random or binary data?)");
}

EncodingGuess TextDecoder::detect(const QByteArray &head, bool wholeFile)
{
    EncodingGuess guess;
    if (head.isEmpty()) {
        guess.error = tr("the file is empty");
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        guess = {QStringLiteral("UTF-8-BOM"), 3, {}};
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        guess = {
            head.startsWith("\xFF\xFE") ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"), 2, {}};
    } else if (const QString utf16 = bomlessUtf16(head); !utf16.isEmpty()) {
        guess = {utf16, 0, {}};
    } else if (looksBinary(head)) {
        guess.error = tr("the file looks binary (not text): it contains control bytes");
    } else {
        bool truncated = false;
        if (isValidUtf8(head, &truncated) || (truncated && !wholeFile))
            guess.encoding = QStringLiteral("UTF-8");
        else if (truncated)
            guess.error = tr("the UTF-8 text is cut off in the middle of a character");
        else
            return detectLegacyChinese(head, wholeFile);
    }
    return guess;
}

bool TextDecoder::openStream(QFile &file, EncodingGuess *encoding, QString *error)
{
    QString reason;
    if (!LocalFileName::open(file, file.fileName(), &reason)) {
        *error = tr("the file cannot be read (%1)").arg(reason);
        return false;
    }
    constexpr qint64 head = 64 * 1024;
    *encoding = detect(file.peek(head), file.size() <= head);
    if (!encoding->ok()) {
        *error = encoding->error;
        return false;
    }
    file.skip(encoding->bomLength);
    return true;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    const EncodingGuess guess = detect(bytes, true);
    DecodedText result;
    result.encoding = guess.encoding;
    if (!guess.ok()) {
        result.error = guess.error;
        return result;
    }
    const QByteArrayView body = QByteArrayView(bytes).sliced(guess.bomLength);
    if (guess.encoding.startsWith(QLatin1String("UTF-16")) && body.size() % 2 != 0) {
        result.error = tr("the UTF-16 text has an odd number of bytes (cut off?)");
        return result;
    }
    QStringDecoder decoder(guess.decoderName().constData());
    QString text = decoder.decode(body);
    if (decoder.hasError()) {
        result.error = tr("the file is not valid %1").arg(guess.encoding);
        return result;
    }
    result.text = normaliseLineEnds(std::move(text));
    if (result.text.trimmed().isEmpty())
        result.error = tr("the file holds no text");
    return result;
}

QString TextDecoder::bomlessUtf16(const QByteArray &bytes)
{
    // Text in UTF-16 written without a byte-order mark (some Windows tools do) shows its line
    // breaks, digits and Latin letters as a zero byte beside each: on the odd bytes for
    // little-endian, on the even ones for big-endian (a few hanzi such as 一, U+4E00, put one on
    // the other side, under a quarter of the zeros). Binary data has zeros on both alike.
    const qsizetype head = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i < head; ++i) {
        if (bytes.at(i) == 0)
            ++(i % 2 ? zerosOdd : zerosEven);
    }
    const qsizetype zeros = zerosEven + zerosOdd;
    if (zeros < 2 || std::min(zerosEven, zerosOdd) * 4 > zeros)
        return {};
    const char *name = zerosOdd > zerosEven ? "UTF-16LE" : "UTF-16BE";
    QStringDecoder decoder(name);
    const QString text = decoder.decode(QByteArrayView(bytes).first(head));
    if (decoder.hasError())
        return {};
    // Decoded, it must be text: no stray control characters.
    const bool controls = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
               c != QLatin1Char('\t') && c != QLatin1Char('\f');
    });
    return controls ? QString() : QString::fromLatin1(name);
}

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    // Only the head is inspected: a PDF, image or archive shows itself in its first bytes.
    const qsizetype head = std::min<qsizetype>(bytes.size(), 8192);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    return controls * 100 > head; // more than 1% stray control bytes
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes, bool *truncatedAtEnd)
{
    *truncatedAtEnd = false;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return false;
        }
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n) {
                *truncatedAtEnd = true;
                return false;
            }
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

EncodingGuess TextDecoder::detectLegacyChinese(const QByteArray &bytes, bool wholeFile)
{
    // A stream's head may end in the middle of a character: that one does not count against it.
    const int allowed = wholeFile ? 0 : 1;
    int gbBad = 0;
    int big5Bad = 0;
    const QString gb = decodeCounting("GB18030", bytes, &gbBad);
    const QString big5 = decodeCounting("Big5", bytes, &big5Bad);
    // GB18030 decodes almost any byte sequence, so validity alone cannot tell it from Big5:
    // the decoding that reads as ordinary Chinese wins. Random bytes read as rare characters only.
    const double gbScore = gbBad <= allowed ? ChineseTextScore::of(gb) : -1.0;
    const double big5Score = big5Bad <= allowed ? ChineseTextScore::of(big5) : -1.0;
    EncodingGuess guess;
    if (std::max(gbScore, big5Score) < MinimumChineseScore)
        guess.error = notChineseText();
    else
        guess.encoding = big5Score > gbScore ? QStringLiteral("Big5") : QStringLiteral("GB18030");
    return guess;
}

} // namespace Pizhu
