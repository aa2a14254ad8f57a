// SPDX-License-Identifier: GPL-3.0-or-later
// pizhu adapt-model: the corpus's own entity model, learned from its corrections.
#include "commandline.h"
#include "editing/corpussession.h"
#include "ingest/adaptmodeljob.h"
#include "ingest/corpusentitymodel.h"
#include "ingest/reextractjob.h"
#include "store/corpusdatabase.h"
#include "store/transaction.h"

#include <QCommandLineParser>

namespace Pizhu {

int CommandLine::runAdaptModel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Makes the corpus's own entity model: the shipped one, with the people and organisations "
           "the corpus's researchers confirmed, retyped or added in its lexicon; keeps it in the corpus and "
           "extracts every article again with it (corrections are kept). The articles whose "
           "suggestions changed are saved as an article set to review."));
    parser.addOption(
        {QStringLiteral("db"), tr("The corpus file, or a team corpus's address."), tr("FILE|ADDRESS")});
    parser.addOption(
        {QStringLiteral("forget"),
         tr("Drop the corpus's adapted model and extract every article again with the shipped one "
            "(the names the corpus's researchers confirmed or added still count).")});
    parser.addOption(
        {QStringLiteral("show"), tr("Say whether the corpus has an adapted model, and from what.")});
    if (!parse(parser, arguments))
        return UsageError;
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    CorpusEntityModel model(db);
    if (parser.isSet(QStringLiteral("show"))) {
        if (const std::optional<CorpusEntityModel::Info> info = model.info())
            out() << tr("Adapted by %1 at %2 with %n name(s) of the corpus.", nullptr, int(info->names))
                         .arg(info->coder, info->created)
                  << Qt::endl;
        else
            out() << tr("The corpus uses the shipped entity model.") << Qt::endl;
        return Success;
    }
    JobControl control;
    if (parser.isSet(QStringLiteral("forget"))) {
        Transaction transaction(db.sql());
        if (!transaction.isActive() || !model.remove() || !transaction.commit()) {
            err() << tr("pizhu adapt-model: %1").arg(model.errorString()) << Qt::endl;
            return SomeInputsFailed;
        }
        ReextractJob reextract;
        if (!reextract.run(db, control)) {
            err() << tr("pizhu adapt-model: %1").arg(reextract.errorString()) << Qt::endl;
            return SomeInputsFailed;
        }
        out() << tr("The corpus uses the shipped entity model again.") << Qt::endl;
        return Success;
    }
    AdaptModelJob adapt(CorpusSession(db).coder());
    if (!adapt.run(db, control)) {
        err() << tr("pizhu adapt-model: %1").arg(adapt.errorString()) << Qt::endl;
        return SomeInputsFailed;
    }
    out() << tr("The model knows %n name(s) of the corpus now.", nullptr, int(adapt.names())) << Qt::endl;
    if (adapt.changedArticles().isEmpty())
        out() << tr("Extracting again with the adapted model changed no suggestion.") << Qt::endl;
    else
        out() << tr("Extracting again changed %1 suggestions in %n article(s); they are in the article set "
                    "“%2”.",
                    nullptr, int(adapt.changedArticles().size()))
                     .arg(adapt.changedSuggestions())
                     .arg(adapt.reviewSet())
              << Qt::endl;
    return Success;
}

} // namespace Pizhu
