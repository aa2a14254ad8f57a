// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

class QFile;

namespace Pizhu {

/**
 * File paths as this system stores them (bytes) in a QString that loses none of them. A name that
 * is not UTF-8 (GBK names from a Windows zip) keeps each byte that does not decode as a lone
 * surrogate U+DC80–U+DCFF, as Python's "surrogateescape" does, so the file can still be opened by
 * its bytes; Qt alone cannot name such a file (6.4 leaves it out of a listing, 6.8 lists nothing in
 * its folder). Messages and the stored source path show readable() instead. Paths of the program's
 * resources (":/samples/…") are Qt's and are read through Qt.
 */
class LocalFileName
{
public:
    static QString fromBytes(const QByteArray &bytes);
    static QByteArray toBytes(const QString &path);
    /** Whether \a path holds bytes that are not UTF-8. */
    static bool hasRawBytes(const QString &path);
    /**
     * \a path for people: bytes that are not UTF-8 read as GB18030 where they make sense as it
     * (the usual case: names from Chinese Windows), else shown as \xNN.
     */
    static QString readable(const QString &path);

    /** Opens \a file on \a path by its bytes, for reading; false with the reason in \a error. */
    static bool open(QFile &file, const QString &path, QString *error);
    /** The size of the file at \a path in bytes, or -1 if it cannot be found. */
    static qint64 size(const QString &path);

    enum class Kind
    {
        Missing,
        File,
        Folder,
        LinkToFolder, ///< not followed: it could lead back up and round forever
        Other,
    };
    static Kind kindOf(const QString &path);
};

} // namespace Pizhu
