// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxarchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <zip.h>

namespace Pizhu {

namespace {

/** Entries above this size are refused: a project's texts are small; a zip bomb is not. */
constexpr zip_uint64_t MaxEntrySize = 512ull * 1024 * 1024;

QString zipError(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

} // namespace

bool QdpxArchive::read(const QString &path, QMap<QString, QByteArray> *entries, QString *error)
{
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!zip) {
        zip_error_t reason;
        zip_error_init_with_code(&reason, code);
        *error = code == ZIP_ER_NOZIP || code == ZIP_ER_INCONS
                     ? tr("it is not a REFI-QDA project (not a zip file)")
                     : tr("it cannot be read (%1)").arg(zipError(&reason));
        zip_error_fini(&reason);
        return false;
    }
    const std::unique_ptr<zip_t, decltype(&zip_discard)> closer(zip, zip_discard);
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &stat) != 0) {
            *error = tr("entry %1 cannot be read (%2)").arg(i).arg(zipError(zip_get_error(zip)));
            return false;
        }
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        if (stat.size > MaxEntrySize) {
            *error = tr("“%1” is larger than %2 MB").arg(name).arg(MaxEntrySize / (1024 * 1024));
            return false;
        }
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(zip, zip_uint64_t(i), 0),
                                                                zip_fclose);
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        if (!file || zip_fread(file.get(), bytes.data(), stat.size) != zip_int64_t(stat.size)) {
            *error = tr("“%1” cannot be read (%2)").arg(name, zipError(zip_get_error(zip)));
            return false;
        }
        entries->insert(name, bytes);
    }
    return true;
}

bool QdpxArchive::write(const QString &path, const QMap<QString, QByteArray> &entries,
                        const QMap<QString, QString> &files, QString *error)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!zip) {
        zip_error_t reason;
        zip_error_init_with_code(&reason, code);
        *error = tr("it cannot be written (%1)").arg(zipError(&reason));
        zip_error_fini(&reason);
        return false;
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        // libzip reads the buffer at close, so it must outlive this loop: the map's own bytes do.
        zip_source_t *source =
            zip_source_buffer(zip, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source,
                                    ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            *error = tr("“%1” cannot be added (%2)").arg(it.key(), zipError(zip_get_error(zip)));
            if (source)
                zip_source_free(source);
            zip_discard(zip);
            QFile::remove(partial);
            return false;
        }
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        zip_source_t *source =
            zip_source_file(zip, QFile::encodeName(it.value()).constData(), 0, -1); // -1: to the end
        if (!source || zip_file_add(zip, it.key().toUtf8().constData(), source,
                                    ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            *error = tr("“%1” cannot be added (%2)").arg(it.key(), zipError(zip_get_error(zip)));
            if (source)
                zip_source_free(source);
            zip_discard(zip);
            QFile::remove(partial);
            return false;
        }
    }
    if (zip_close(zip) != 0) {
        *error = tr("it cannot be written (%1)").arg(zipError(zip_get_error(zip)));
        zip_discard(zip);
        QFile::remove(partial);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        *error = tr("it cannot be put in place");
        QFile::remove(partial);
        return false;
    }
    return true;
}

} // namespace Pizhu
