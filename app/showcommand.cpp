// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "export/articlejson.h"
#include "store/articlestore.h"
#include "store/corpusdatabase.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Pizhu {

namespace {

void printText(QTextStream &out, const Article &article)
{
    auto field = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label << '\t' << value << '\n';
    };
    field(CommandLine::tr("id"), QString::number(article.id));
    field(CommandLine::tr("title"), article.title);
    field(CommandLine::tr("subtitle"), article.subtitle);
    field(CommandLine::tr("published"), article.published);
    field(CommandLine::tr("outlet"), article.outlet);
    for (const Byline &byline : article.bylines)
        field(CommandLine::tr("byline"),
              byline.role.isEmpty() ? byline.name : byline.role + QLatin1Char(' ') + byline.name);
    field(CommandLine::tr("editor"), article.editor);
    field(CommandLine::tr("script"), scriptName(article.script));
    field(CommandLine::tr("encoding"), article.encoding);
    field(CommandLine::tr("source"), article.sourcePath);
    out << '\n';
    // Paragraphs and set-aside lines in page order; set-aside lines are marked with their role.
    qsizetype next = 0;
    for (qsizetype p = 0; p <= article.paragraphs.size(); ++p) {
        for (; next < article.asides.size() && article.asides.at(next).beforeParagraph <= p; ++next) {
            const AsideLine &line = article.asides.at(next);
            out << "  [" << lineRoleName(line.role) << "] " << line.text;
            if (!line.caption.isEmpty())
                out << " — " << line.caption;
            out << '\n';
        }
        if (p < article.paragraphs.size())
            out << article.paragraphs.at(p) << '\n';
    }
}

} // namespace

int CommandLine::runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints one article: metadata, paragraphs, images and set-aside lines."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object, with the stored text.")});
    parser.addPositionalArgument(tr("ID"), tr("The article's id, as `pizhu list` prints it."));
    if (!parse(parser, arguments))
        return UsageError;
    if (parser.positionalArguments().size() != 1) {
        err() << tr("pizhu show: name one article id") << Qt::endl << usage(parser);
        return UsageError;
    }
    bool isNumber = false;
    const QString idText = parser.positionalArguments().constFirst();
    const qint64 id = idText.toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        err() << tr("pizhu show: “%1” is not an article id (a whole number, as pizhu list prints it)")
                     .arg(idText)
              << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    const ArticleStore store(db);
    const std::optional<Article> article = store.article(id);
    if (!article) {
        if (store.lastReadFoundDamage())
            err() << tr("pizhu show: %1: %2").arg(db.path(), store.errorString()) << Qt::endl;
        else
            err() << tr("pizhu show: there is no article %1 in %2").arg(id).arg(db.path()) << Qt::endl;
        return SomeInputsFailed;
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(ArticleJson::full(*article)).toJson(QJsonDocument::Compact) << '\n';
    else
        printText(out(), *article);
    out().flush();
    return Success;
}

} // namespace Pizhu
