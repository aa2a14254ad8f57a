// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement/agreementjob.h"
#include "agreement/agreementrawdata.h"
#include "agreement/agreementreport.h"
#include "commandline.h"
#include "store/annotationstore.h"
#include "store/corpusdatabase.h"
#include "store/tagstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace Pizhu {

int CommandLine::runAgreement(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compares coders: percent agreement, Cohen's κ (two coders), Fleiss' κ and Krippendorff's α "
           "for whole-article tags (each article × tag a unit) and for passages (each character × tag "
           "a unit), and Krippendorff's unitizing α for where passages begin and end, per tag and for "
           "all tags together. Articles that only one of the coders coded are left out; a coder who did "
           "not code an article is missing there."));
    parser.addOption({QStringLiteral("db"), tr("The corpus file."), tr("FILE")});
    parser.addOption({QStringLiteral("coders"), tr("Two or more coders, separated by commas."), tr("A,B")});
    parser.addOption({QStringLiteral("tags"),
                      tr("Tag paths to compare, separated by commas (default: every tag the coders used)."),
                      tr("PATH,PATH")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    parser.addOption({QStringLiteral("raw"),
                      tr("Also write the reliability data, article × tag units by coders, as CSV."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("raw-characters"),
                      tr("Also write the passages' reliability data as CSV, one row per run of characters."),
                      tr("FILE")});
    if (!parse(parser, arguments))
        return UsageError;
    QStringList coders;
    for (const QString &coder :
         parser.value(QStringLiteral("coders")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        coders << coder.trimmed();
    coders.removeDuplicates();
    if (coders.size() < 2) {
        err() << tr("pizhu agreement: --coders needs two or more coders, separated by commas (A,B)")
              << Qt::endl;
        return UsageError;
    }
    CorpusDatabase db;
    if (!openCorpus(db, parser, Create::Never))
        return UsageError;
    QList<qint64> tagIds;
    const TagStore tags(db);
    for (const QString &path :
         parser.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 id = tags.idForPath(path.trimmed());
        if (!id) {
            err() << tr("pizhu agreement: there is no tag “%1” in %2").arg(path.trimmed(), db.path())
                  << Qt::endl;
            return UsageError;
        }
        tagIds << id;
    }
    AgreementJob job(coders, tagIds);
    JobControl control;
    if (!job.run(db, control)) {
        err() << tr("pizhu agreement: %1").arg(job.errorString()) << Qt::endl;
        return SomeInputsFailed;
    }
    const std::unique_ptr<AgreementStudy> study = job.takeStudy();
    const QStringList known = AnnotationStore(db).coders();
    for (const QString &coder : std::as_const(coders)) {
        if (!known.contains(coder))
            err() << tr("pizhu agreement: “%1” has coded nothing in %2 (the coders are: %3)")
                         .arg(coder, db.path(), known.join(tr(", ")))
                  << Qt::endl;
    }
    QString error;
    for (const auto &[option, units] :
         {std::pair{QStringLiteral("raw"), AgreementRawData::Units::Articles},
          std::pair{QStringLiteral("raw-characters"), AgreementRawData::Units::Characters}}) {
        if (parser.isSet(option) &&
            !AgreementRawData::write(*study, units, parser.value(option), true, &error)) {
            err() << tr("pizhu agreement: %1").arg(error) << Qt::endl;
            return SomeInputsFailed;
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(AgreementReport::json(*study)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out() << AgreementReport::text(*study) << Qt::endl;
    return Success;
}

} // namespace Pizhu
