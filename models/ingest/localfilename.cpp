// SPDX-License-Identifier: GPL-3.0-or-later
#include "localfilename.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Pizhu {

namespace {

constexpr char16_t EscapeBase = 0xDC00; ///< byte b (0x80–0xFF) that is not UTF-8 becomes U+DC00 + b

/** The program's own resources (the bundled samples), which only Qt can read. */
bool isResource(const QString &path)
{
    return path.startsWith(QLatin1Char(':'));
}

bool isEscapedByte(QChar c)
{
    return c.unicode() >= EscapeBase + 0x80 && c.unicode() <= EscapeBase + 0xFF;
}

/** The length of the valid UTF-8 sequence at \a i, or 0 if none starts there. */
int validSequenceAt(const QByteArray &bytes, qsizetype i)
{
    const auto byte = [&](qsizetype at) {
        return at < bytes.size() ? uchar(bytes.at(at)) : 0u;
    };
    const uchar lead = uchar(bytes.at(i));
    const auto continuation = [&](qsizetype at) {
        return (byte(at) & 0xC0) == 0x80;
    };
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return continuation(i + 1) ? 2 : 0;
    if (lead >= 0xE0 && lead <= 0xEF) {
        const uchar second = uchar(byte(i + 1));
        const bool ok = continuation(i + 1) && continuation(i + 2) && !(lead == 0xE0 && second < 0xA0) &&
                        !(lead == 0xED && second >= 0xA0); // overlong, or a surrogate
        return ok ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        const uchar second = uchar(byte(i + 1));
        const bool ok = continuation(i + 1) && continuation(i + 2) && continuation(i + 3) &&
                        !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second >= 0x90);
        return ok ? 4 : 0;
    }
    return 0;
}

} // namespace

QString LocalFileName::fromBytes(const QByteArray &bytes)
{
    QString path;
    path.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = validSequenceAt(bytes, i);
        if (length == 0) {
            path.append(QChar(char16_t(EscapeBase + uchar(bytes.at(i)))));
            ++i;
            continue;
        }
        path.append(QString::fromUtf8(bytes.constData() + i, length));
        i += length;
    }
    return path;
}

QByteArray LocalFileName::toBytes(const QString &path)
{
    if (!hasRawBytes(path))
        return QFile::encodeName(path);
    QByteArray bytes;
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (!isEscapedByte(path.at(i)))
            continue;
        bytes += QStringView(path).mid(plainStart, i - plainStart).toUtf8();
        bytes += char(path.at(i).unicode() - EscapeBase);
        plainStart = i + 1;
    }
    bytes += QStringView(path).mid(plainStart).toUtf8();
    return bytes;
}

bool LocalFileName::hasRawBytes(const QString &path)
{
    return std::any_of(path.cbegin(), path.cend(), isEscapedByte);
}

QString LocalFileName::readable(const QString &path)
{
    if (!hasRawBytes(path))
        return path;
    // Each run of raw bytes, with the UTF-8 around it, read as GB18030 if it all reads cleanly.
    QString shown;
    qsizetype i = 0;
    while (i < path.size()) {
        if (!isEscapedByte(path.at(i))) {
            shown.append(path.at(i++));
            continue;
        }
        QByteArray run;
        for (; i < path.size() && isEscapedByte(path.at(i)); ++i)
            run += char(path.at(i).unicode() - EscapeBase);
        QStringDecoder gb18030("GB18030");
        const QString decoded = gb18030.isValid() ? QString(gb18030.decode(run)) : QString();
        if (gb18030.isValid() && !gb18030.hasError() && !decoded.contains(QChar::ReplacementCharacter) &&
            std::all_of(decoded.cbegin(), decoded.cend(), [](QChar c) { return c.isPrint(); })) {
            shown += decoded;
        } else {
            for (const char byte : std::as_const(run))
                shown += QStringLiteral("\\x%1").arg(uchar(byte), 2, 16, QLatin1Char('0'));
        }
    }
    return shown;
}

bool LocalFileName::open(QFile &file, const QString &path, QString *error)
{
    if (!hasRawBytes(path)) {
        file.setFileName(path);
        if (file.open(QIODevice::ReadOnly))
            return true;
        *error = file.errorString();
        return false;
    }
    const int fd = ::open(toBytes(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = file.errorString();
        return false;
    }
    return true;
}

qint64 LocalFileName::size(const QString &path)
{
    if (isResource(path))
        return QFileInfo(path).exists() ? QFileInfo(path).size() : -1;
    struct stat info = {};
    return ::stat(toBytes(path).constData(), &info) == 0 ? qint64(info.st_size) : -1;
}

LocalFileName::Kind LocalFileName::kindOf(const QString &path)
{
    if (isResource(path)) {
        const QFileInfo info(path);
        return !info.exists() ? Kind::Missing : info.isDir() ? Kind::Folder : Kind::File;
    }
    const QByteArray bytes = toBytes(path);
    struct stat info = {};
    if (::lstat(bytes.constData(), &info) != 0)
        return Kind::Missing;
    if (S_ISLNK(info.st_mode)) {
        if (::stat(bytes.constData(), &info) != 0)
            return Kind::Missing; // a dangling link
        return S_ISDIR(info.st_mode) ? Kind::LinkToFolder : S_ISREG(info.st_mode) ? Kind::File : Kind::Other;
    }
    return S_ISDIR(info.st_mode) ? Kind::Folder : S_ISREG(info.st_mode) ? Kind::File : Kind::Other;
}

} // namespace Pizhu
