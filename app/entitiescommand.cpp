// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "export/articlejson.h"
#include "extract/entityextractor.h"
#include "extract/sourcetextmap.h"
#include "ingest/articlesource.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Pizhu {

namespace {

/** The decoded text of a plain-text or HTML page, to which a single article's mentions refer. */
QString decodedFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return TextDecoder::decode(file.readAll()).text;
}

void printEntities(QTextStream &out, const QString &label, Article &article, const QString &source, bool json)
{
    const QList<ExtractedEntity> entities = EntityExtractor::instance().extract(article);
    // One article in the file: offsets into the file's text. A record of a CSV or JSONL file:
    // offsets into the record's body, as the file's own text is quoted and escaped.
    const std::optional<SourceTextMap> map =
        source.isEmpty() ? std::nullopt
                         : std::optional<SourceTextMap>(std::in_place, source, article.paragraphs);
    QJsonArray list;
    for (const ExtractedEntity &entity : entities) {
        QList<TextSpan> mentions;
        for (const TextSpan &span : entity.mentions)
            mentions.append(map ? map->toSource(span) : span);
        if (map && entity.type == EntityType::Person)
            mentions += map->occurrencesOutsideBody(entity.text);
        std::sort(mentions.begin(), mentions.end());
        mentions.erase(std::unique(mentions.begin(), mentions.end()), mentions.end());
        if (json) {
            list.append(ArticleJson::entity(entity, mentions));
            continue;
        }
        out << label << '\t' << entityTypeCode(entity.type) << '\t' << entity.text << '\t' << mentions.size();
        if (!entity.role.isEmpty())
            out << '\t' << entity.role;
        if (entity.value)
            out << '\t' << QString::number(*entity.value, 'g', 15) << entity.unit;
        out << '\n';
    }
    if (json) {
        const QJsonObject object{{QStringLiteral("file"), label}, {QStringLiteral("entities"), list}};
        out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    }
}

} // namespace

int CommandLine::runEntities(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Extracts people, organisations and figures from article files without a corpus. "
           "Each file is parsed as import does, so boilerplate is left out. Mentions are code point "
           "offsets into the file's decoded text (for a CSV or JSONL record: into its body)."));
    parser.addOption(
        {QStringLiteral("json"), tr("Print one JSON object per file (per record for CSV and JSONL).")});
    parser.addPositionalArgument(tr("FILE"), tr("Article files (.txt, .html, .csv, .jsonl)."), tr("FILE..."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("pizhu entities: name at least one file") << Qt::endl << usage(parser);
        return UsageError;
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    int failures = 0;
    for (const QString &path : parser.positionalArguments()) {
        QString error;
        const std::unique_ptr<ArticleSource> source = ArticleSource::open(path, &error);
        if (!source) {
            err() << tr("pizhu entities: %1: %2").arg(path, error) << Qt::endl;
            ++failures;
            continue;
        }
        const bool records = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                             path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
        const QString decoded = records ? QString() : decodedFile(path);
        while (std::optional<SourceRecord> record = source->next()) {
            if (!record->article) {
                err() << tr("pizhu entities: %1: %2").arg(record->label, record->error) << Qt::endl;
                ++failures;
                continue;
            }
            printEntities(out(), records ? record->label : path, *record->article, decoded, json);
        }
    }
    out().flush();
    return failures == 0 ? Success : SomeInputsFailed;
}

} // namespace Pizhu
