// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Pizhu {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
{
    if (byteOrderMark)
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::textCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

void CsvWriter::writeRow(const QVariantList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QVariant &cell : cells) {
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            written << QString::number(cell.toLongLong());
            break;
        case QMetaType::Double:
            written << QString::number(cell.toDouble(), 'g', 15);
            break;
        default:
            written << textCell(cell.toString());
        }
    }
    const QByteArray line = written.join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (m_ok)
        m_ok = m_device->write(line) == line.size();
}

} // namespace Pizhu
