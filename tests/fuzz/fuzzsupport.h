// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/entityextractor.h"
#include "ingest/articlesource.h"
#include "ingest/articlewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <cstddef>
#include <cstdint>
#include <unistd.h>

namespace Pizhu::Fuzz {

/** The QCoreApplication the models expect, made once per fuzzing process. */
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "pizhu-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/**
 * Imports \a data as a file with \a suffix would be imported: written to a file of this process,
 * opened by the reader its suffix picks, every record read, parsed and extracted.
 */
inline void importAsFile(const uint8_t *data, size_t size, const char *suffix)
{
    ensureApplication();
    static const QString path =
        QStringLiteral("/tmp/pizhu-fuzz-%1.%2").arg(getpid()).arg(QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QString error;
    std::unique_ptr<ArticleSource> source = ArticleSource::open(path, &error);
    if (!source)
        return;
    while (std::optional<SourceRecord> record = source->next()) {
        if (record->article)
            ArticleWriter::prepare(std::move(*record->article), EntityExtractor::instance());
    }
}

} // namespace Pizhu::Fuzz
