// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "chinesetextscore.h"

#include <QStringDecoder>

namespace Pizhu {

namespace {

QString normaliseLineEnds(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Decodes with a converter and reports whether every byte was valid in that encoding.
// Real Chinese prose scores 0.5 to 0.8 (tests/models/tst_textdecoder); mis-decoded bytes stay near 0.05.
constexpr double MinimumChineseScore = 0.2;

bool decodeStrictly(const char *encodingName, QByteArrayView bytes, QString *out)
{
    QStringDecoder decoder(encodingName, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *out = decoder.decode(bytes);
    return !decoder.hasError() && !out->contains(QChar::ReplacementCharacter);
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = tr("the file is empty");
        return result;
    }

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = QStringLiteral("UTF-8-BOM");
        bool truncated = false;
        if (!isValidUtf8(bytes.mid(3), &truncated)) {
            result.error = truncated ? tr("the UTF-8 text is cut off in the middle of a character")
                                     : tr("the file starts with a UTF-8 byte-order mark but is not valid UTF-8");
            return result;
        }
        result.text = normaliseLineEnds(QString::fromUtf8(bytes.mid(3)));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        result.encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (bytes.size() % 2 != 0) {
            result.error = tr("the UTF-16 text has an odd number of bytes (cut off?)");
            return result;
        }
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError()) {
            result.error = tr("the file is not valid UTF-16");
            return result;
        }
        result.text = normaliseLineEnds(std::move(text));
    } else if (looksBinary(bytes)) {
        result.error = tr("the file looks binary (not text): it contains control bytes");
        return result;
    } else {
        bool truncated = false;
        if (isValidUtf8(bytes, &truncated)) {
            result.encoding = QStringLiteral("UTF-8");
            result.text = normaliseLineEnds(QString::fromUtf8(bytes));
        } else if (truncated) {
            result.encoding = QStringLiteral("UTF-8");
            result.error = tr("the UTF-8 text is cut off in the middle of a character");
            return result;
        } else {
            return decodeLegacyChinese(bytes);
        }
    }

    if (result.text.trimmed().isEmpty())
        result.error = tr("the file holds no text");
    return result;
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

QString TextDecoder::notChineseText()
{
    return tr("the bytes do not read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (random or binary data?)");
}

DecodedText TextDecoder::decodeLegacyChinese(const QByteArray &bytes)
{
    DecodedText result;
    QString gb;
    QString big5;
    const bool gbOk = decodeStrictly("GB18030", bytes, &gb);
    const bool big5Ok = decodeStrictly("Big5", bytes, &big5);
    if (!gbOk && !big5Ok) {
        result.error = notChineseText();
        return result;
    }
    // GB18030 can decode almost any byte sequence, so validity alone cannot tell it from Big5:
    // the decoding that reads as ordinary Chinese wins.
    const double gbScore = gbOk ? ChineseTextScore::of(gb) : -1.0;
    const double big5Score = big5Ok ? ChineseTextScore::of(big5) : -1.0;
    const bool preferBig5 = big5Score > gbScore;
    // Random bytes decode "validly" as GB18030 too, but into rare characters only.
    if (std::max(gbScore, big5Score) < MinimumChineseScore) {
        result.error = notChineseText();
        return result;
    }
    result.encoding = preferBig5 ? QStringLiteral("Big5") : QStringLiteral("GB18030");
    result.text = normaliseLineEnds(preferBig5 ? big5 : gb);
    if (result.text.trimmed().isEmpty())
        result.error = tr("the file holds no text");
    return result;
}

} // namespace Pizhu
