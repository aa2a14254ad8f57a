// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlsource.h"

#include "localfilename.h"
#include "recordfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace Pizhu {

namespace {

QString fieldText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        // ["张三", "李四"] for authors; other arrays are kept as JSON.
        const QJsonArray array = value.toArray();
        QStringList parts;
        for (const QJsonValue &item : array) {
            if (!item.isString())
                return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
            parts << item.toString();
        }
        return parts.join(QStringLiteral("、"));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

JsonlSource::JsonlSource(const QString &path)
    : m_path(LocalFileName::readable(path)) // for messages and the stored source path
    , m_file(path)
{
}

bool JsonlSource::open(QString *error)
{
    if (!TextDecoder::openStream(m_file, &m_encoding, error))
        return false;
    if (m_encoding.encoding.startsWith(QLatin1String("UTF-16"))) {
        *error = tr("JSON Lines in UTF-16 cannot be read line by line; save the file as UTF-8");
        return false;
    }
    return true;
}

std::optional<SourceRecord> JsonlSource::next()
{
    while (!m_file.atEnd()) {
        QByteArray line = m_file.readLine(MaxTextSize + 2);
        ++m_lineNumber;
        if (!line.endsWith('\n') && !m_file.atEnd()) {
            while (!m_file.atEnd() && !m_file.readLine(1 << 20).endsWith('\n')) {
            }
            return SourceRecord{QStringLiteral("%1:%2").arg(m_path).arg(m_lineNumber), std::nullopt,
                                tr("the line is longer than 50 MB")};
        }
        if (line.trimmed().isEmpty())
            continue;
        return parseLine(line);
    }
    return std::nullopt;
}

namespace {

/** The code unit of the escape \uXXXX at \a at of \a line, or -1. */
int escapedUnit(const QByteArray &line, qsizetype at)
{
    if (at + 6 > line.size() || line.at(at) != '\\' || line.at(at + 1) != 'u')
        return -1;
    // An escape only when the backslash is not itself escaped: an odd run of backslashes.
    qsizetype run = 0;
    for (qsizetype i = at; i >= 0 && line.at(i) == '\\'; --i)
        ++run;
    if (run % 2 == 0)
        return -1;
    bool ok = false;
    const int unit = line.mid(at + 2, 4).toInt(&ok, 16);
    return ok ? unit : -1;
}

/**
 * The first \uD800-style escape in \a line that is half of a surrogate pair standing alone: JSON
 * readers turn it into U+FFFD without a word, so the record would be stored altered.
 */
QByteArray loneSurrogateEscape(const QByteArray &line)
{
    for (qsizetype at = line.indexOf("\\u"); at >= 0; at = line.indexOf("\\u", at + 1)) {
        const int unit = escapedUnit(line, at);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int next = escapedUnit(line, at + 6);
            if (next >= 0xDC00 && next <= 0xDFFF) {
                at += 6;
                continue;
            }
            return line.mid(at, 6);
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return line.mid(at, 6);
    }
    return {};
}

} // namespace

SourceRecord JsonlSource::parseLine(const QByteArray &line)
{
    SourceRecord record;
    record.label = QStringLiteral("%1:%2").arg(m_path).arg(m_lineNumber);
    QByteArray utf8 = line;
    if (m_encoding.encoding != QLatin1String("UTF-8") && m_encoding.encoding != QLatin1String("UTF-8-BOM")) {
        QStringDecoder decoder(m_encoding.decoderName().constData());
        utf8 = QString(decoder.decode(line)).toUtf8();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        record.error =
            tr("not valid JSON (%1 at character %2)").arg(parseError.errorString()).arg(parseError.offset);
        return record;
    }
    if (!document.isObject()) {
        record.error = tr("the line is JSON but not an object with named fields");
        return record;
    }
    if (const QByteArray escape = loneSurrogateEscape(utf8); !escape.isEmpty()) {
        record.error = tr("the record holds %1, half of a UTF-16 surrogate pair with no other half, which "
                          "is no character; fix the escape and import it again")
                           .arg(QString::fromLatin1(escape));
        return record;
    }
    RecordFields::Fields fields;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString text = fieldText(it.value());
        if (text.contains(QChar(0))) {
            record.error = tr("the field “%1” holds a NUL character (\\u0000), which is no text; remove it "
                              "and import the record again")
                               .arg(it.key());
            return record;
        }
        fields.append({it.key(), text});
    }
    return recordFrom(fields, record.label, m_encoding);
}

} // namespace Pizhu
