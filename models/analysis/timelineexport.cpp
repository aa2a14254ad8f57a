// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexport.h"

#include "export/csvfile.h"

#include <QDir>
#include <QJsonArray>

namespace Pizhu {

bool TimelineExport::writeCsv(const TimelineTable &table, const QString &path, bool byteOrderMark,
                              QString *error)
{
    return CsvFile::write(
        path, byteOrderMark,
        [&](CsvFile &file) {
            QVariantList header{TimeBuckets::name(table.axis), QStringLiteral("articles")};
            for (const QString &series : table.series)
                header << series << QString(series + QStringLiteral(" per 1000"));
            file.writeRow(header);
            for (int bucket = 0; bucket < table.buckets.size(); ++bucket) {
                QVariantList row{table.buckets.at(bucket), table.totals.at(bucket)};
                for (int series = 0; series < table.series.size(); ++series)
                    row << table.counts.at(series).at(bucket)
                        << QString::number(table.value(series, bucket, TimelineMeasure::PerThousand), 'f', 2);
                file.writeRow(row);
            }
        },
        error);
}

QJsonObject TimelineExport::toJson(const TimelineTable &table)
{
    QJsonArray series;
    for (int i = 0; i < table.series.size(); ++i) {
        QJsonArray counts;
        QJsonArray perThousand;
        for (int bucket = 0; bucket < table.buckets.size(); ++bucket) {
            counts.append(table.counts.at(i).at(bucket));
            perThousand.append(table.value(i, bucket, TimelineMeasure::PerThousand));
        }
        series.append(QJsonObject{{QStringLiteral("label"), table.series.at(i)},
                                  {QStringLiteral("counts"), counts},
                                  {QStringLiteral("per_thousand"), perThousand}});
    }
    QJsonArray totals;
    for (const int total : table.totals)
        totals.append(total);
    return {{QStringLiteral("axis"), TimeBuckets::name(table.axis)},
            {QStringLiteral("buckets"), QJsonArray::fromStringList(table.buckets)},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("series"), series}};
}

} // namespace Pizhu
