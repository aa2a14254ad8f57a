// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlsource.h"

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
    : m_path(path)
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
    RecordFields::Fields fields;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.append({it.key(), fieldText(it.value())});
    return recordFrom(fields, record.label, m_encoding);
}

} // namespace Pizhu
