// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <functional>
#include <memory>

namespace Pizhu {

/**
 * A CSV file written whole or not at all: rows go to a temporary file beside it, and commit()
 * puts it in place. A write that fails (a full disk, a file size limit) leaves no file and is
 * told in the system's own words ("No space left on device"): the file is written unbuffered, in
 * the writer's blocks, so Qt's buffer cannot swallow the reason.
 */
class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::CsvFile)

public:
    CsvFile(const QString &path, bool byteOrderMark);

    /**
     * Writes the rows \a rows writes to \a path, whole or not at all; false with \a error: the file's
     * name and the reason.
     */
    static bool write(const QString &path, bool byteOrderMark, const std::function<void(CsvFile &)> &rows,
                      QString *error);

    /** Opens the temporary file; false with errorString(). */
    bool open();
    CsvWriter &writer() { return *m_writer; }
    void writeRow(const QVariantList &cells) { m_writer->writeRow(cells); }
    /** Writes what is left and puts the file in place; false with errorString(), and no file. */
    bool commit();
    /** Leaves no file. */
    void cancel();
    /** Why open() or commit() failed, ready to follow the file's name in a message. */
    QString errorString() const { return m_error; }

private:
    QSaveFile m_file;
    bool m_byteOrderMark;
    std::unique_ptr<CsvWriter> m_writer;
    QString m_error;
};

} // namespace Pizhu
