// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Pizhu {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
{
    if (byteOrderMark)
        m_pending = QByteArrayLiteral("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter()
{
    flush();
}

bool CsvWriter::flush()
{
    // A write that stops short (the disk filled up on the way) says nothing; the next one says why.
    for (qsizetype done = 0; m_ok && done < m_pending.size();) {
        const qint64 written = m_device->write(m_pending.constData() + done, m_pending.size() - done);
        if (written <= 0) {
            m_ok = false;
            m_error = m_device->errorString(); // now: a later cancel would say only that it was cancelled
        }
        done += qsizetype(written);
    }
    m_pending.clear();
    return m_ok;
}

namespace {

/**
 * Whether a spreadsheet would run \a text as a formula, counting any apostrophes before the
 * formula character: those are neutralised too, so that taking one away is always exact.
 */
bool looksLikeFormula(const QString &text)
{
    qsizetype at = 0;
    while (at < text.size() && text.at(at) == QLatin1Char('\''))
        ++at;
    return at < text.size() && QStringLiteral("=+-@\t\r").contains(text.at(at));
}

} // namespace

QString CsvWriter::plainText(const QString &cell)
{
    return cell.startsWith(QLatin1Char('\'')) && looksLikeFormula(cell) ? cell.mid(1) : cell;
}

QString CsvWriter::textCell(const QString &text)
{
    QString cell = text;
    if (looksLikeFormula(cell))
        cell.prepend(QLatin1Char('\''));
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
    m_pending += written.join(QLatin1Char(',')).toUtf8() + "\r\n";
    if (m_pending.size() >= 64 * 1024)
        flush();
}

} // namespace Pizhu
