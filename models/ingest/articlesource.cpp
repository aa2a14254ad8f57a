// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlesource.h"

#include "csvsource.h"
#include "jsonlsource.h"
#include "localfilename.h"
#include "textfilesource.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace Pizhu {

const QStringList &ArticleSource::importableSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("txt"), QStringLiteral("text"),  QStringLiteral("html"),  QStringLiteral("htm"),
        QStringLiteral("csv"), QStringLiteral("jsonl"), QStringLiteral("ndjson")};
    return suffixes;
}

QString ArticleSource::hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

SourceRecord ArticleSource::recordFrom(const RecordFields::Fields &fields, const QString &label,
                                       const EncodingGuess &encoding)
{
    SourceRecord record;
    record.label = label;
    std::optional<Article> article = RecordFields::toArticle(fields, &record.error);
    if (!article)
        return record;
    article->encoding = encoding.encoding;
    article->sourcePath = label;
    article->contentHash =
        hashOf(article->title + QLatin1Char('\n') + article->published + QLatin1Char('\n') + article->body());
    record.article = std::move(article);
    return record;
}

std::unique_ptr<ArticleSource> ArticleSource::open(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        auto source = std::make_unique<CsvSource>(path);
        return source->open(error) ? std::move(source) : nullptr;
    }
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")) {
        auto source = std::make_unique<JsonlSource>(path);
        return source->open(error) ? std::move(source) : nullptr;
    }
    if (LocalFileName::size(path) > MaxTextSize) {
        *error = tr("the file is larger than %1 MB").arg(MaxTextSize / (1024 * 1024));
        return nullptr;
    }
    QFile file;
    QString reason;
    if (!LocalFileName::open(file, path, &reason)) {
        *error = tr("the file cannot be read (%1)").arg(reason);
        return nullptr;
    }
    const bool html = suffix == QLatin1String("html") || suffix == QLatin1String("htm");
    return std::make_unique<TextFileSource>(path, file.readAll(), html);
}

} // namespace Pizhu
