// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementrawdata.h"

#include "agreementstudy.h"
#include "export/csvfile.h"

#include <QDir>

namespace Pizhu {

namespace {

QVariantList valueCells(const std::vector<int> &values)
{
    QVariantList cells;
    for (const int value : values)
        cells << (value == ReliabilityData::Missing ? QVariant(QString()) : QVariant(value));
    return cells;
}

} // namespace

bool AgreementRawData::write(const AgreementStudy &study, Units units, const QString &path,
                             bool byteOrderMark, QString *error)
{
    const CodingSnapshot &snapshot = study.snapshot();
    return CsvFile::write(
        path, byteOrderMark,
        [&](CsvFile &file) {
            QVariantList header = {QStringLiteral("article_id"), QStringLiteral("title"),
                                   QStringLiteral("tag_path")};
            if (units == Units::Characters)
                header << QStringLiteral("start") << QStringLiteral("end") << QStringLiteral("characters");
            for (const QString &coder : snapshot.coders)
                header << coder;
            file.writeRow(header);
            if (units == Units::Articles) {
                for (const AgreementStudy::ArticleUnit &unit : study.articleUnits())
                    file.writeRow(QVariantList{unit.articleId, snapshot.titles.value(unit.articleId),
                                               snapshot.tagPaths.value(unit.tagId)} +
                                  valueCells(unit.values));
            } else {
                for (const AgreementStudy::CharacterRun &run : study.characterRuns())
                    file.writeRow(QVariantList{run.articleId, snapshot.titles.value(run.articleId),
                                               snapshot.tagPaths.value(run.tagId), run.span.start,
                                               run.span.end, run.span.end - run.span.start} +
                                  valueCells(run.values));
            }
        },
        error);
}

} // namespace Pizhu
