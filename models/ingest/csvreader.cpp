// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace Pizhu {

CsvReader::CsvReader(QIODevice *device, const QByteArray &encodingName)
    : m_device(device)
    , m_decoder(encodingName.constData())
{
}

bool CsvReader::fill()
{
    if (m_device->atEnd())
        return false;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    m_buffer += m_decoder.decode(m_device->read(256 * 1024));
    return true;
}

void CsvReader::detectDelimiter()
{
    while (m_buffer.indexOf(QLatin1Char('\n'), m_pos) < 0 && fill()) {
    }
    const qsizetype end = m_buffer.indexOf(QLatin1Char('\n'), m_pos);
    const QStringView header = QStringView(m_buffer).mid(m_pos, end < 0 ? -1 : end - m_pos);
    qsizetype best = 0;
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const qsizetype n = header.count(candidate);
        if (n > best) {
            best = n;
            m_delimiter = candidate;
        }
    }
    m_delimiterKnown = true;
}

bool CsvReader::readRow(QStringList *fields, qint64 maxFieldBytes)
{
    fields->clear();
    m_error.clear();
    m_canContinue = false;
    if (!m_delimiterKnown)
        detectDelimiter();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_rowLine = m_line;
    QString field;
    qint64 fieldBytes = 0; // in UTF-8, as the limit is stated: 50 MB of Chinese is 50 MB, not 100
    bool quoted = false;
    bool fieldStarted = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = tr("a quoted field opened on line %1 is never closed").arg(m_rowLine);
                return false;
            }
            fields->append(field);
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field += c;
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == m_delimiter) {
            fields->append(field);
            field.clear();
            fieldBytes = 0;
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            if (field.endsWith(QLatin1Char('\r')))
                field.chop(1);
            fields->append(field);
            return true;
        } else {
            field += c;
            fieldStarted = true;
        }
        fieldBytes += c.unicode() < 0x80 ? 1 : (c.unicode() < 0x800 || c.isSurrogate()) ? 2 : 3;
        if (fieldBytes > maxFieldBytes) {
            m_error = tr("a field on line %1 is longer than %2 MB; the row was skipped")
                          .arg(m_rowLine)
                          .arg(maxFieldBytes / (1024 * 1024));
            fields->clear();
            m_canContinue = skipRestOfRow(quoted);
            return false;
        }
    }
}

bool CsvReader::skipRestOfRow(bool quoted)
{
    // The same rules as readRow(), keeping nothing: a quote opens a field only at its start.
    bool atFieldStart = false;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return !quoted;
        const QChar c = m_buffer.at(m_pos++);
        if (c == QLatin1Char('\n'))
            ++m_line;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"'))
                    ++m_pos;
                else
                    quoted = false;
            }
        } else if (c == QLatin1Char('\n')) {
            return true;
        } else {
            quoted = c == QLatin1Char('"') && atFieldStart;
            atFieldStart = c == m_delimiter;
        }
    }
}

} // namespace Pizhu
