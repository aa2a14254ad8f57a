// SPDX-License-Identifier: GPL-3.0-or-later
#include "textchecksum.h"

#include <QCryptographicHash>

namespace Pizhu {

qint64 TextChecksum::of(const QString &body, const QString &shadow)
{
    const QString storedShadow = shadow == body ? QString() : shadow;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(body.utf16()), body.size() * 2));
    hash.addData(QByteArrayView("\0\0", 2));
    hash.addData(
        QByteArrayView(reinterpret_cast<const char *>(storedShadow.utf16()), storedShadow.size() * 2));
    const QByteArray digest = hash.result();
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest.at(i));
    return qint64(value >> 1);
}

} // namespace Pizhu
