// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QRandomGenerator>

namespace Pizhu::TestSupport {

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** Damage as a failing disk makes it: 64 random bytes every 16 KiB of \a path from \a from on. */
inline bool overwriteWithNoise(const QString &path, qint64 from)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    for (qint64 at = from; at + 64 < file.size(); at += 16384) {
        QByteArray noise(64, '\0');
        for (char &byte : noise)
            byte = char(QRandomGenerator::global()->bounded(256));
        if (!file.seek(at) || file.write(noise) != noise.size())
            return false;
    }
    return true;
}

} // namespace Pizhu::TestSupport
