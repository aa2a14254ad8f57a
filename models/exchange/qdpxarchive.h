// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Pizhu {

/**
 * The zip container of a REFI-QDA project (.qdpx): project.qde at its root and the sources under
 * sources/. Read whole into memory, written whole, through libzip.
 */
class QdpxArchive
{
    Q_DECLARE_TR_FUNCTIONS(Pizhu::QdpxArchive)

public:
    /** The entries of the zip at \a path by name; false with \a error if it is no zip or cannot be read. */
    static bool read(const QString &path, QMap<QString, QByteArray> *entries, QString *error);
    /**
     * Writes \a entries (bytes) and \a files (entry name → a file on disk, read as the zip is
     * written, so large sources need not be in memory) as a zip at \a path, through a temporary
     * file beside it; no file on failure.
     */
    static bool write(const QString &path, const QMap<QString, QByteArray> &entries,
                      const QMap<QString, QString> &files, QString *error);
};

} // namespace Pizhu
