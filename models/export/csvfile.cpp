// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfile.h"

#include <QDir>

namespace Pizhu {

CsvFile::CsvFile(const QString &path, bool byteOrderMark)
    : m_file(path)
    , m_byteOrderMark(byteOrderMark)
{
}

bool CsvFile::write(const QString &path, bool byteOrderMark, const std::function<void(CsvFile &)> &rows,
                    QString *error)
{
    CsvFile file(path, byteOrderMark);
    if (file.open()) {
        rows(file);
        if (file.commit())
            return true;
    }
    *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool CsvFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = tr("it cannot be written (%1)").arg(m_file.errorString());
        return false;
    }
    m_writer = std::make_unique<CsvWriter>(&m_file, m_byteOrderMark);
    return true;
}

bool CsvFile::commit()
{
    if (!m_writer)
        return false;
    QString reason;
    if (!m_writer->flush())
        reason = m_writer->errorString();
    else if (!m_file.commit())
        reason = m_file.errorString();
    if (reason.isEmpty())
        return true;
    m_file.cancelWriting();
    m_error = tr("writing it failed (%1); free some space, or choose another folder, and try again; no file "
                 "was written")
                  .arg(reason);
    return false;
}

void CsvFile::cancel()
{
    m_file.cancelWriting();
}

} // namespace Pizhu
